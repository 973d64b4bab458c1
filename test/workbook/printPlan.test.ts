/** Dokumentation's print areas: a phase too wide for one page is split evenly, and every area fits the page. */
import { column } from '../../src/domain/schema';
import { tableColumns } from '../../src/domain/tableColumns';
import {
  LANDSCAPE_WIDTH_PT,
  MIN_SCALE,
  charsToPoints,
  documentationAreas,
  documentationWidth,
  evenSplit,
} from '../../src/workbook/printPlan';

describe('evenSplit', () => {
  test('everything on one part when it fits', () => expect(evenSplit([10, 20, 30], 60)).toEqual([0]));
  test('two even parts rather than a full one and a stub', () =>
    // Greedy would give [40, 40] | [10, 10]; even gives [40] | [40, 10, 10].
    expect(evenSplit([40, 40, 10, 10], 80)).toEqual([0, 1]));
  test('as few parts as fit, the widest as narrow as it can be', () =>
    expect(evenSplit([30, 30, 30, 30, 30], 70)).toEqual([0, 2, 4]));
  test('a part wider than the room stands alone', () => expect(evenSplit([10, 200, 10], 50)).toEqual([0, 1, 2]));
});

describe('documentationAreas on the schema’s table', () => {
  const columns = tableColumns();
  const { areas, scale } = documentationAreas(columns, 30);
  const title = charsToPoints(documentationWidth(columns[0]!.header) + documentationWidth(columns[1]!.header));
  const room = (LANDSCAPE_WIDTH_PT * 100) / MIN_SCALE - title;
  const letters = (a: string) => a.match(/[A-Z]+/g)!;
  const indexOf = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const widthOf = (from: number, to: number) =>
    columns.slice(from, to + 1).reduce((n, c) => n + charsToPoints(documentationWidth(c.header)), 0);
  const parts = areas.map((a, n) => {
    const [from, to] = letters(a).map(indexOf);
    const first = columns[n === 0 ? 2 : from!]!;
    return { from: n === 0 ? 2 : from!, to: to!, phase: first.role === 'schema' ? column(first.key).phase : 'any' };
  });

  test('every area fits the page at the scale it prints with', () => {
    for (const p of parts) expect(widthOf(p.from, p.to)).toBeLessThanOrEqual(room);
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  test('a phase over two areas is split evenly: the narrower holds at least half of the wider less one column', () => {
    const byPhase = new Map<string, number[]>();
    for (const p of parts) byPhase.set(p.phase, [...(byPhase.get(p.phase) ?? []), widthOf(p.from, p.to)]);
    const widest = Math.max(...columns.map((c) => charsToPoints(documentationWidth(c.header))));
    for (const widths of byPhase.values())
      if (widths.length > 1) expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(widest);
  });
});
