/** Jest globalTeardown of the LibreOffice project: see libreOfficeRun.ts. */
export { teardown as default } from './libreOfficeRun';
