/**
 * Column names inside structured references (`[@Sagsområde]`, `[@[KLE-nummer]]`, `Dokumentation[Prioritet]`,
 * `Dokumentation[[#This Row],[KLE-nummer]]`, `T[[A]:[B]]`): renamed as a table's headers change, in the form Microsoft's
 * syntax rules ask for (a header with special characters in its own brackets). Text in "…" literals is left alone.
 */
import { bracketEnd, escapeHeader, formulaPieces, NEEDS_OWN_BRACKETS } from './formulaDialect';

const unescape = (name: string) => name.replace(/'(.)/g, '$1');

/** "[#This Row],[A]" → its groups with what stands between them. */
function groups(inner: string): { name: string; between: string }[] | null {
  const out: { name: string; between: string }[] = [];
  let i = 0;
  while (i < inner.length) {
    const j = inner.indexOf('[', i);
    if (j < 0) return null;
    const end = bracketEnd(inner, j);
    out.push({ between: inner.slice(i, j), name: inner.slice(j + 1, end - 1) });
    i = end;
  }
  return out;
}

function renameInner(inner: string, rename: (header: string) => string | undefined): string {
  const bare = (name: string, at: boolean) => {
    const to = rename(unescape(name));
    if (to === undefined) return inner;
    const escaped = escapeHeader(to);
    return `${at ? '@' : ''}${NEEDS_OWN_BRACKETS.test(to) || (at && /\s/.test(to)) ? `[${escaped}]` : escaped}`;
  };
  if (inner.startsWith('#') || inner === '') return inner;
  if (inner.startsWith('@')) {
    const rest = inner.slice(1);
    if (!rest.startsWith('[')) return rest === '' ? inner : bare(rest, true);
    const name = rest.slice(1, -1);
    const to = rename(unescape(name));
    return `@[${to === undefined ? name : escapeHeader(to)}]`;
  }
  if (!inner.startsWith('[')) return bare(inner, false);
  const parts = groups(inner);
  if (!parts) return inner;
  return parts
    .map(({ name, between }) => {
      const to = name.startsWith('#') ? undefined : rename(unescape(name));
      return `${between}[${to === undefined ? name : escapeHeader(to)}]`;
    })
    .join('');
}

/** Renames the columns a formula's structured references name; `rename` gives the new header, or undefined to keep. */
export function renameStructuredColumns(formula: string, rename: (header: string) => string | undefined): string {
  return formulaPieces(formula)
    .map((p) => (p.kind === 'ref' ? `[${renameInner(p.text.slice(1, -1), rename)}]` : p.text))
    .join('');
}
