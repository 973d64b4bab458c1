/** Generated dokumentationsark rows for tests: ties, blanks and invalid values included, reproducible by seed. */
import { COLUMNS, type CellValue, type ColumnKey, type RowValues } from '../../src/domain/schema';
import { SCENARIO_LABELS } from '../../src/domain/lists';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const AREAS = ['Beskæftigelse', 'Borgerservice', 'Børn og Familie', 'Teknik og Miljø', 'Ældre og Sundhed'];

export function generateRows(count: number, seed = 1): RowValues[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const maybe = <T>(p: number, v: () => T): T | null => (r() < p ? v() : null);
  const rows: RowValues[] = [];
  for (let i = 0; i < count; i++) {
    const pattern = pick(['0', 'A', 'B', 'C', 'C', 'D', 'D', 'E', null, 'c', 'X']);
    rows.push({
      businessArea: maybe(0.95, () => pick([...AREAS, 'Ukendt område'])),
      caseArea: `Sagsområde ${i + 1}`,
      kle: maybe(0.9, () =>
        pick([
          `${10 + (i % 80)}.${String(i % 30).padStart(2, '0')}.${String(i % 17).padStart(2, '0')}`,
          '32.18',
          '3218',
          'x',
        ]),
      ),
      usesKmdSag: pattern === '0' ? 'Nej' : maybe(0.9, () => pick(['Ja', 'Ja', 'Ja', 'nej'])),
      caseworkerCount: maybe(0.85, () =>
        pick([Math.floor(r() * 40), 5, 5, 12, 12, 0, 'mange' as CellValue, -3 as CellValue]),
      ),
      usagePattern: pattern,
      businessCritical: maybe(0.8, () => pick(['Ja', 'Nej', 'ja', 'Måske'])),
      cleanupComplexity: maybe(0.8, () => pick(['Lav', 'Middel', 'Høj', 'høj', 'Svær'])),
      manualCaseCount: maybe(0.8, () => pick([Math.floor(r() * 500), 100, 100, 7.5 as CellValue])),
      journalNoteCount: maybe(0.7, () => Math.floor(r() * 2000)),
      solutionScenario: maybe(0.6, () => pick([...SCENARIO_LABELS, '5. Noget andet'])),
      remarks: maybe(0.2, () => pick(['=SUM(A1:A3)', '+45 12 34 56 78', '-', '@kommune', 'Alm. note'])),
    });
  }
  return rows;
}

export function toTableRow(values: RowValues): CellValue[] {
  return COLUMNS.map((c) => values[c.key as ColumnKey] ?? null);
}

/**
 * The same rows with what prioritisation also meets: «Brugerantal (vurderet)» on some rows (case variants and an
 * unknown value included) and large counts beside the small, tied ones. A separate stream, so other tests keep their rows.
 */
export function withAssessments(rows: readonly RowValues[], seed = 1): RowValues[] {
  const r = rng(seed + 1000);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  return rows.map((row) => ({
    ...row,
    userCountAssessed: r() < 0.15 ? pick(['Få', 'Mellem', 'Mange', 'mange', 'Ukendt']) : null,
    caseworkerCount: r() < 0.05 ? pick([1_000_000, 123_456_789, 2.5]) : (row.caseworkerCount ?? null),
    manualCaseCount: r() < 0.05 ? pick([987_654_321, 4_000_000_000]) : (row.manualCaseCount ?? null),
  }));
}
