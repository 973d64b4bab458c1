/** Jest globalTeardown of the Chromium project: see sharedRun.ts. */
export { teardown as default } from './sharedRun';
