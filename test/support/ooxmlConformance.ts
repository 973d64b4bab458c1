/**
 * What Excel opens without repair, as findings (empty = none): the ECMA-376 Transitional schemas
 * (/work/shared/ooxml-xsd, after markup-compatibility processing as Excel does it) and Excel's rules beyond them.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export type Parts = Map<string, Buffer>;

// The schemas stay in ../shared beside the project (never copied in).
export const XSD = path.join(__dirname, '..', '..', '..', 'shared', 'ooxml-xsd');

/** Stops a test with one plain line when a folder of ../shared is not there (instead of xmllint's complaints). */
export function requireShared(file: string): void {
  if (!fs.existsSync(file))
    throw new Error(
      `Mangler ${file}: testen bruger skemaerne i ../shared ved siden af projektet (se README, «Skemaerne»).`,
    );
}

/** Markup compatibility as a consumer applies it: ignorable namespaces' attributes and elements dropped. */
export function compatible(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (m) => {
    const fallback = /<mc:Fallback>([\s\S]*?)<\/mc:Fallback>/.exec(m);
    return fallback ? fallback[1] : '';
  });
  for (const p of ignorable) {
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
    out = out.replace(new RegExp(`<${p}:(\\w+)\\b[^>]*/>|<${p}:(\\w+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, 'g'), '');
  }
  // Declared neither in these first-edition schemas nor needed to validate (see the schemas' README).
  return out.replace(/\smc:Ignorable="[^"]*"/, '').replace(/(<t\b[^>]*?)\sxml:space="preserve"/g, '$1');
}

export function schemaFor(name: string): string | null {
  if (name === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (name.endsWith('.rels')) return 'opc-relationships.xsd';
  if (name.startsWith('xl/theme/') || name.startsWith('docProps/')) return null;
  if (/^xl\/charts\/chart\d+\.xml$/.test(name)) return 'dml-chart.xsd';
  if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) return 'dml-spreadsheetDrawing.xsd';
  return name.endsWith('.xml') ? 'sml.xsd' : null;
}

/** xmllint's complaints per schema ('' each when valid), and how many SpreadsheetML parts were checked. */
export function schemaErrors(parts: Parts, workDir: string): { smlParts: number; errors: string[] } {
  requireShared(XSD);
  const bySchema = new Map<string, string[]>();
  const folder = fs.mkdtempSync(path.join(workDir, 'parts-'));
  let i = 0;
  for (const [part, data] of parts) {
    const schema = schemaFor(part);
    if (!schema) continue;
    const file = path.join(folder, `${i++}-${path.basename(part)}`);
    fs.writeFileSync(file, compatible(data.toString('utf8')));
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
  }
  const errors: string[] = [];
  for (const [schema, list] of bySchema) {
    try {
      execFileSync('xmllint', ['--noout', '--schema', path.join(XSD, schema), ...list], { stdio: 'pipe' });
    } catch (error) {
      errors.push(String((error as { stderr?: Buffer }).stderr ?? error));
    }
  }
  return { smlParts: bySchema.get('sml.xsd')?.length ?? 0, errors };
}

export interface TableRules {
  findings: string[];
  tableNames: Set<string>;
  calculatedColumns: number;
}

/** Tables: unique ids and names, headers equal the header cells, a calculated column's formula in every data cell. */
export function tableRules(parts: Parts): TableRules {
  const text = (p: string) => parts.get(p)!.toString('utf8');
  const strings = parts.has('xl/sharedStrings.xml')
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
      )
    : [];
  const findings: string[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  let calculated = 0;
  for (const [sheetPart] of [...parts].filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const sheet = text(sheetPart);
    const cells = new Map<string, { value: string; formula: string | null }>();
    for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const v = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? '')?.[1] ?? '';
      const f = /<f>([\s\S]*?)<\/f>/.exec(m[3] ?? '')?.[1] ?? null;
      cells.set(m[1], { value: /t="s"/.test(m[2]) ? strings[Number(v)] : v, formula: f });
    }
    const relsPart = sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    const tables = parts.has(relsPart)
      ? [...text(relsPart).matchAll(/Target="\.\.\/tables\/(table\d+\.xml)"/g)].map((m) => `xl/tables/${m[1]}`)
      : [];
    for (const tablePart of tables) {
      const table = text(tablePart);
      const id = /<table [^>]*\bid="(\d+)"/.exec(table)![1];
      const tableName = /<table [^>]*\bname="([^"]*)"/.exec(table)![1];
      if (ids.has(id)) findings.push(`${tablePart}: id ${id} repeated`);
      if (names.has(tableName.toLowerCase())) findings.push(`${tablePart}: name ${tableName} repeated`);
      ids.add(id);
      names.add(tableName.toLowerCase());
      const ref = /<table [^>]*\bref="([^"]*)"/.exec(table)![1];
      const filter = /<autoFilter ref="([^"]*)"/.exec(table)?.[1];
      if (filter !== undefined && filter !== ref) findings.push(`${tablePart}: autoFilter ${filter} ≠ table ${ref}`);
      const [from, to] = ref.split(':');
      const top = Number(/\d+/.exec(from)![0]);
      const bottom = Number(/\d+/.exec(to)![0]);
      const left = /[A-Z]+/.exec(from)![0];
      const leftIndex = [...left].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const columns = [...table.matchAll(/<tableColumn ([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((m) => [
        m[0],
        /\bname="([^"]*)"/.exec(m[1])![1],
        m[2],
      ]);
      columns.forEach((c, k) => {
        const i = leftIndex + k;
        const letter = String.fromCharCode(65 + (i % 26));
        const col = i < 26 ? letter : String.fromCharCode(64 + Math.floor(i / 26)) + letter;
        const header = cells.get(`${col}${top}`)?.value;
        if (header !== c[1]) findings.push(`${tablePart}: header ${col}${top} «${header}» ≠ column «${c[1]}»`);
        const formula = /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(c[2] ?? '')?.[1];
        if (!formula) return;
        calculated++;
        for (let r = top + 1; r <= bottom; r++)
          if (cells.get(`${col}${r}`)?.formula !== formula) findings.push(`${tablePart}: ${col}${r} lacks its formula`);
      });
    }
  }
  return { findings, tableNames: names, calculatedColumns: calculated };
}

/** Rows ascending, cells ascending within each row and in their row. */
export function orderFindings(parts: Parts): string[] {
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const wrong: string[] = [];
  for (const [part, data] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
    let lastRow = 0;
    for (const row of data.toString('utf8').matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = Number(row[1]);
      if (r <= lastRow) wrong.push(`${part}: row ${r} after ${lastRow}`);
      lastRow = r;
      let lastCol = 0;
      for (const c of (row[2] ?? '').matchAll(/<c r="([A-Z]+)(\d+)"/g)) {
        if (Number(c[2]) !== r || colNumber(c[1]) <= lastCol) wrong.push(`${part}: ${c[1]}${c[2]} in row ${r}`);
        lastCol = colNumber(c[1]);
      }
    }
  }
  return wrong;
}

/**
 * Microsoft's rule for structured references ("Using structured references with Excel tables"): a column header with
 * any of these characters stands in its own brackets, `T[[KLE-nummer]]` or `[@[KLE-nummer]]`; a space alone needs none.
 * Written here from the documentation, apart from the code under test.
 */
const SPECIAL = /[\t\n\r,:.[\]#'"{}$^&*+=\-></]/;

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every structured reference in a formula that breaks the rule above, as written. */
export function bracketFindings(formula: string): string[] {
  const code = formula.split(/("(?:[^"]|"")*")/).filter((_, i) => i % 2 === 0);
  const out: string[] = [];
  for (const part of code) {
    for (let i = 0; i < part.length; i++) {
      if (part[i] !== '[') continue;
      let depth = 0;
      let j = i;
      for (; j < part.length; j++) {
        if (part[j] === "'") j++;
        else if (part[j] === '[') depth++;
        else if (part[j] === ']' && --depth === 0) break;
      }
      const inner = part.slice(i + 1, j);
      const bare = inner.startsWith('@') ? inner.slice(1) : inner;
      if (bare !== '' && !bare.startsWith('[') && !bare.startsWith('#') && SPECIAL.test(bare.replace(/'(.)/g, '$1')))
        out.push(part.slice(Math.max(0, i - 20), j + 1));
      i = j;
    }
  }
  return out;
}

/** Formulas of cells, calculated columns, conditional formats, validation and defined names in every part. */
export function formulasOf(parts: Parts): { part: string; formula: string }[] {
  const out: { part: string; formula: string }[] = [];
  const tags = /<(f|formula|formula1|formula2|calculatedColumnFormula|definedName)\b[^>]*>([^<]*)</g;
  for (const [name, data] of parts) {
    if (!name.endsWith('.xml')) continue;
    for (const m of data.toString('utf8').matchAll(tags)) if (m[2]) out.push({ part: name, formula: decode(m[2]) });
  }
  return out;
}
