/** Validates an add-in manifest against Microsoft's OfficeApp 1.1 schemas in ../shared/manifest-xsd (used from there). */
import { spawnSync } from 'child_process';
import path from 'path';
import { requireShared } from './ooxmlConformance';

const SCHEMA = path.join(__dirname, '..', '..', '..', 'shared', 'manifest-xsd', 'OfficeAppManifestV1_1.xsd');

/** xmllint's verdict: '' when the file validates, else its messages. */
export function manifestSchemaErrors(file: string): string {
  requireShared(SCHEMA);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint mangler (Debian-pakken libxml2-utils): ${r.error.message}`);
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`;
}
