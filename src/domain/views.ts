/** What the Visninger pane asks of the table: column presets per phase, filters, the sort for the memo. */
import { COLUMNS, DECISION_KEYS_IN_TABLE, type ColumnKey } from './schema';

export type Preset = 'screening' | 'asis' | 'tobe' | 'prioritering' | 'beslutning' | 'alle';

export const PRESETS: { id: Preset; label: string }[] = [
  { id: 'screening', label: 'Screening' },
  { id: 'asis', label: 'As-is' },
  { id: 'tobe', label: 'To-be' },
  { id: 'prioritering', label: 'Prioritering' },
  { id: 'beslutning', label: 'Beslutning' },
  { id: 'alle', label: 'Alle kolonner' },
];

const IDENTITY: ColumnKey[] = ['businessArea', 'caseArea', 'kle'];

/** The schema columns a phase shows; the others are hidden (never deleted). Own columns stay visible. */
export function visibleKeys(preset: Preset): ColumnKey[] {
  const phase = (p: string) =>
    COLUMNS.filter((c) => c.phase === p && !DECISION_KEYS_IN_TABLE.includes(c.key)).map((c) => c.key);
  switch (preset) {
    case 'screening':
      return [...phase('screening'), 'remarks'];
    case 'asis':
      return [...IDENTITY, 'usesKmdSag', ...phase('asis'), 'remarks'];
    case 'tobe':
      return [...IDENTITY, 'usagePattern', ...phase('tobe'), 'remarks'];
    case 'prioritering':
      return [
        ...IDENTITY,
        'usagePattern',
        'caseworkerCount',
        'manualCaseCount',
        'businessCritical',
        'cleanupComplexity',
        'solutionScenario',
        ...phase('prioritering'),
        'remarks',
      ];
    case 'beslutning':
      // The notat's columns: what was recommended, the priority, and what was decided.
      return [
        ...IDENTITY,
        'usagePattern',
        'businessCritical',
        'tenderTime',
        'casesFuture',
        'journalNotesFuture',
        'solutionScenario',
        'priority',
        ...DECISION_KEYS_IN_TABLE,
        'remarks',
      ];
    case 'alle':
      return COLUMNS.map((c) => c.key);
  }
}

/** A filter on the table: for each column, the values to show ('' shows empty cells). */
export type ViewFilter = Partial<Record<ColumnKey, string[]>>;

export const FILTERABLE: { key: ColumnKey; label: string }[] = [
  { key: 'businessArea', label: 'Fagområde (vis for fagchef)' },
  { key: 'solutionScenario', label: 'Løsningsscenarie' },
  { key: 'businessCritical', label: 'Forretningskritisk' },
  { key: 'usagePattern', label: 'Brugsmønster' },
  { key: 'usesKmdSag', label: 'Anvender KMD Sag (screening)' },
];

/** Does a row pass the filter? The same rule Excel's value filter applies (case-insensitive, '' = empty). */
export function passes(values: Partial<Record<ColumnKey, unknown>>, filter: ViewFilter): boolean {
  return (Object.entries(filter) as [ColumnKey, string[]][]).every(([key, allowed]) => {
    if (!allowed || allowed.length === 0) return true;
    const v = values[key];
    const text = v === null || v === undefined ? '' : String(v);
    return allowed.some((a) => a.toLocaleLowerCase('da') === text.toLocaleLowerCase('da'));
  });
}
