/**
 * Jest globalSetup and globalTeardown of the LibreOffice project: one folder for the run's LibreOffice profiles (one
 * profile per test process, so a --runInBand run starts LibreOffice on one warm profile), removed when the run ends.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async function setup() {
  process.env.DOKARK_LO_PROFILES = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-lo-run-'));
};

module.exports.teardown = async function teardown() {
  const dir = process.env.DOKARK_LO_PROFILES;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
