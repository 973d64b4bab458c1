/** Tjek as a reader needs it: invalid values one by one, missing fields grouped per row and phase, counts per phase. */
import { column, COLUMNS, type ColumnKey, type Phase } from './schema';
import type { SheetFinding } from './check';

/** The missing fields of one row in one phase. */
export interface MissingGroup {
  index: number;
  excelRow: number;
  caseArea: string;
  phase: Phase;
  keys: ColumnKey[];
}

export interface PhaseCount {
  phase: Phase;
  invalid: number;
  missing: number;
}

export interface CheckSummary {
  invalid: (SheetFinding & { caseArea: string })[];
  /** Valid, but a styregruppe would ask: the same decided order twice, manual cases on a row of type A, B or E. */
  attention: (SheetFinding & { caseArea: string })[];
  /** Missing fields of every phase but To-be, in sheet order. */
  missing: MissingGroup[];
  /** Missing To-be answers: the process guide lets a workshop leave them for later. */
  toBe: MissingGroup[];
  /** Every phase in schema order, with or without findings. */
  perPhase: PhaseCount[];
  rowsWithInvalid: number;
}

/** Phases in the order the sheet's columns introduce them (a phase added to the schema comes along). */
const PHASE_ORDER: readonly Phase[] = [...new Set(COLUMNS.map((c) => c.phase))];

const phaseOf = (key: ColumnKey): Phase => column(key).phase;

export function summariseFindings(
  findings: readonly SheetFinding[],
  caseAreaOf: (index: number) => string,
): CheckSummary {
  const invalid = findings.filter((f) => f.severity === 'invalid');
  const groups = new Map<string, MissingGroup>();
  for (const f of findings) {
    if (f.severity !== 'missing') continue;
    const phase = phaseOf(f.key);
    const id = `${f.index}:${phase}`;
    const group = groups.get(id);
    if (group) group.keys.push(f.key);
    else groups.set(id, { index: f.index, excelRow: f.excelRow, caseArea: caseAreaOf(f.index), phase, keys: [f.key] });
  }
  const rank = (p: Phase) => PHASE_ORDER.indexOf(p);
  const ordered = [...groups.values()].sort((a, b) => a.excelRow - b.excelRow || rank(a.phase) - rank(b.phase));
  const perPhase = PHASE_ORDER.map((phase) => ({
    phase,
    invalid: invalid.filter((f) => phaseOf(f.key) === phase).length,
    missing: ordered.filter((g) => g.phase === phase).reduce((n, g) => n + g.keys.length, 0),
  }));
  return {
    invalid: invalid.map((f) => ({ ...f, caseArea: caseAreaOf(f.index) })).sort((a, b) => a.excelRow - b.excelRow),
    attention: findings
      .filter((f) => f.severity === 'attention')
      .map((f) => ({ ...f, caseArea: caseAreaOf(f.index) }))
      .sort((a, b) => a.excelRow - b.excelRow),
    missing: ordered.filter((g) => g.phase !== 'tobe'),
    toBe: ordered.filter((g) => g.phase === 'tobe'),
    perPhase,
    rowsWithInvalid: new Set(invalid.map((f) => f.index)).size,
  };
}
