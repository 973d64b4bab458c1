/**
 * Jest globalSetup and globalTeardown of the LibreOffice project: one folder for the run's LibreOffice profiles, one per
 * test process. Each process keeps its LibreOffice running for the whole run (test/support/libreoffice.ts), and the
 * teardown stops them by the process groups their files name, and removes the folder.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const UNO_CONVERT = path.join(__dirname, 'unoConvert.py');

const alive = (group: number) => {
  try {
    return process.kill(group, 0);
  } catch {
    return false;
  }
};

export default async function setup(): Promise<void> {
  process.env.DOKARK_LO_PROFILES = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-lo-run-'));
}

export async function teardown(): Promise<void> {
  const dir = process.env.DOKARK_LO_PROFILES;
  if (!dir || !fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith('office-'))) {
    // Asked to end, LibreOffice takes its pipes from /tmp with it; killed, it would leave them.
    spawnSync('/usr/bin/python3', [UNO_CONVERT, f.replace('office-', 'dokark-'), '--quit'], { timeout: 15_000 });
    const group = -Number(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (let wait = 0; wait < 50 && alive(group); wait++)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    if (alive(group)) process.kill(group, 'SIGKILL');
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
