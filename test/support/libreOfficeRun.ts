/**
 * Jest globalSetup and globalTeardown of the LibreOffice project: one folder for the run's LibreOffice profiles, one per
 * test process. Each process keeps its LibreOffice running for the whole run (test/support/libreoffice.ts), and the
 * teardown stops them by the process groups their files name, and removes the folder.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

export default async function setup(): Promise<void> {
  process.env.DOKARK_LO_PROFILES = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-lo-run-'));
}

export async function teardown(): Promise<void> {
  const dir = process.env.DOKARK_LO_PROFILES;
  if (!dir || !fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith('office-'))) {
    try {
      process.kill(-Number(fs.readFileSync(path.join(dir, f), 'utf8')), 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
