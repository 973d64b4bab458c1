/** The columns of the Dokumentation table: the schema, typed columns kept beside formula columns, the user's own at the end. */
import { COLUMNS, TYPED_FALLBACK, type ColumnKey, type FormulaKey } from './schema';

export type TableColumn =
  | { role: 'schema'; key: ColumnKey; header: string }
  | { role: 'typed'; of: FormulaKey; header: string }
  | { role: 'extra'; header: string };

export function tableColumns(typed: readonly FormulaKey[] = [], extraHeaders: readonly string[] = []): TableColumn[] {
  const out: TableColumn[] = [];
  for (const col of COLUMNS) {
    out.push({ role: 'schema', key: col.key, header: col.header });
    const of = col.key as FormulaKey;
    if (typed.includes(of)) out.push({ role: 'typed', of, header: TYPED_FALLBACK[of] });
  }
  for (const header of extraHeaders) out.push({ role: 'extra', header });
  return out;
}

/** Table headers must be unique and non-empty: "Noter", "Noter (2)", … */
export function uniqueHeaders(wanted: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((h) => h.toLowerCase()));
  return wanted.map((w) => {
    const base = w.trim() || 'Kolonne';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i})`;
    used.add(name.toLowerCase());
    return name;
  });
}
