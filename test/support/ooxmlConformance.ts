/**
 * What Excel opens without repair: every XML part of an .xlsx validates against the ECMA-376 Transitional schemas in
 * ../shared/ooxml-xsd (used from there) after markup-compatibility processing, as that folder's README describes; and the
 * table rules Excel repairs silently: header cells equal to the table's column names, unique table ids and names, rows
 * and cells in order.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';

const XSD = path.join(__dirname, '..', '..', '..', 'shared', 'ooxml-xsd');

/** The schema for a part, by its path; null for parts we do not check (images, printer settings, binary parts). */
function schemaOf(part: string): string | null {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  // docProps/core.xml is left out: its schema imports the Dublin Core schemas from the network.
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (/^xl\/theme\/.*\.xml$/.test(part)) return 'dml-main.xsd';
  if (/^xl\/(workbook|styles|sharedStrings|calcChain)\.xml$/.test(part)) return 'sml.xsd';
  if (/^xl\/(worksheets|tables|pivotTables|pivotCache)\/[^/]+\.xml$/.test(part)) return 'sml.xsd';
  return null;
}

/** Markup compatibility as Excel applies it before reading, plus the two things the first-edition schemas lack. */
export function applyMarkupCompatibility(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/\smc:Ignorable="[^"]*"/, '');
  out = out.replace(/<mc:AlternateContent\b[^>]*>([\s\S]*?)<\/mc:AlternateContent>/g, (_m, inner: string) => {
    const fallback = /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/.exec(inner);
    return fallback?.[1] ?? '';
  });
  for (const p of ignorable) {
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
    out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*/>`, 'g'), '');
    out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, 'g'), '');
  }
  return out.replace(/\sxml:space="preserve"/g, '').replace(/\sdateCompatibility="[^"]*"/g, '');
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Cells' texts in one row of a sheet part: column number → text (shared, inline and formula strings). */
function rowTexts(sheetXml: string, row: number, shared: string[]): Map<number, string> {
  const out = new Map<number, string>();
  const rowXml = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml)?.[1] ?? '';
  for (const m of rowXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+)\d+"/.exec(attrs)?.[1];
    if (!ref) continue;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('');
    const text = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? inline : (v ?? '');
    out.set(colNumber(ref), decode(text));
  }
  return out;
}

/** Every problem found in the file: schema errors per part, then broken table rules. Empty when Excel opens it as it is. */
export async function conformanceProblems(xlsx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const text = async (p: string) => zip.file(p)!.async('string');
  const problems: string[] = [];

  // Schemas: one xmllint run per schema over the processed parts.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dokark-ooxml-'));
  const bySchema = new Map<string, string[]>();
  for (const part of parts) {
    const schema = schemaOf(part);
    if (!schema) continue;
    const file = path.join(dir, part.replace(/[/[\]]/g, '_'));
    fs.writeFileSync(file, applyMarkupCompatibility(await text(part)));
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
  }
  for (const [schema, files] of bySchema) {
    const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', path.join(XSD, schema), ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error) throw new Error(`xmllint mangler (Debian-pakken libxml2-utils): ${r.error.message}`);
    const errors = r.stderr.split('\n').filter((l) => l && !/ validates$/.test(l));
    problems.push(...errors.map((e) => e.replace(dir + path.sep, '')));
  }
  fs.rmSync(dir, { recursive: true, force: true });

  // Rows and cells in order, in every sheet.
  const sheets = parts.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  for (const sheet of sheets) {
    const xml = await text(sheet);
    let lastRow = 0;
    for (const row of xml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*>([\s\S]*?)<\/row>|<row\b[^>]*\br="(\d+)"[^>]*\/>/g)) {
      const r = Number(row[1] ?? row[3]);
      if (r <= lastRow) problems.push(`${sheet}: række ${r} kommer efter række ${lastRow}`);
      lastRow = r;
      let lastCol = 0;
      for (const c of (row[2] ?? '').matchAll(/<c\b[^>]*\br="([A-Z]+)(\d+)"/g)) {
        const col = colNumber(c[1]!);
        if (Number(c[2]) !== r) problems.push(`${sheet}: celle ${c[1]}${c[2]} står i række ${r}`);
        if (col <= lastCol) problems.push(`${sheet}: celle ${c[1]}${c[2]} kommer efter kolonne ${lastCol}`);
        lastCol = col;
      }
    }
  }

  // Tables: unique ids and names; header cells equal the column names.
  const shared = parts.includes('xl/sharedStrings.xml')
    ? [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
        decode([...si[1]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
      )
    : [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const sheet of sheets) {
    const relsPart = sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    if (!parts.includes(relsPart)) continue;
    const sheetXml = await text(sheet);
    for (const rel of (await text(relsPart)).matchAll(/Target="([^"]*tables\/[^"]+)"/g)) {
      const tablePart = path.posix.normalize(path.posix.join('xl/worksheets', rel[1]!)).replace(/^\//, '');
      const table = await text(tablePart);
      const id = /<table\b[^>]*\bid="(\d+)"/.exec(table)?.[1] ?? '';
      const name = /<table\b[^>]*\bname="([^"]*)"/.exec(table)?.[1] ?? '';
      if (ids.has(id)) problems.push(`${tablePart}: tabel-id ${id} findes to gange`);
      if (names.has(name.toLowerCase())) problems.push(`${tablePart}: tabelnavnet ${name} findes to gange`);
      ids.add(id);
      names.add(name.toLowerCase());
      const ref = /<table\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(table);
      if (!ref) continue;
      const header = rowTexts(sheetXml, Number(ref[2]), shared);
      const columns = [...table.matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g)].map((m) => decode(m[1]!));
      columns.forEach((col, i) => {
        const cell = header.get(colNumber(ref[1]!) + i) ?? '';
        if (cell !== col) problems.push(`${tablePart}: overskriften «${cell}» er ikke kolonnenavnet «${col}»`);
      });
    }
  }
  return problems;
}
