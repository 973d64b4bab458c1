/** The fixed answer lists of the dokumentationsark. Fagområde is the kommune's own and starts empty. */

export const YES_NO = ['Ja', 'Nej'] as const;
export const CAN_ARCHIVE = ['Ja', 'Nej', 'Delvist'] as const;
export const USAGE_PATTERNS = ['0', 'A', 'B', 'C', 'D', 'E'] as const;
export const DOMAIN_SYSTEMS_MONOPOLY = [
  'Nej',
  'KMD Aktiv',
  'KMD Sygedagpenge',
  'KMD Boligstøtte',
  'KMD Socialpension',
  'KMD Barselsdagpenge',
  'KMD Børneydelse',
] as const;
export const COMPLEXITY = ['Lav', 'Middel', 'Høj'] as const;
export const USER_COUNT_CATEGORIES = ['Få', 'Mellem', 'Mange'] as const;
export const CLEANUP_SCOPES = ['Let', 'Moderat', 'Stort'] as const;

export type UsagePattern = (typeof USAGE_PATTERNS)[number];

export interface SolutionScenario {
  number: 1 | 2 | 3 | 4;
  label: string;
  tasks: string;
}

export const SOLUTION_SCENARIOS: readonly SolutionScenario[] = [
  {
    number: 1,
    label: '1. Fortsæt i KMD Sag og afløft udbudspligten',
    tasks:
      'Afløft udbudspligten (SKI eller eget udbud). Er fagsystemet KMD Aktiv eller KMD Sygedagpenge, afvent KY eller KSD.',
  },
  {
    number: 2,
    label: '2. Anvend eksisterende ESDH eller fagsystem',
    tasks:
      'Oprydning i sager, datakonvertering, opsætning af system og brugere, licenser, retningslinjer, forandringsledelse og uddannelse.',
  },
  {
    number: 3,
    label: '3. Tilpas eksisterende ESDH eller fagsystem',
    tasks: 'Som 2, plus kontraktafhængigheder, beslutning, forhandling og tilbud på ny funktionalitet.',
  },
  {
    number: 4,
    label: '4. Anskaf nyt ESDH eller fagsystem',
    tasks: 'Som 3, plus markedsafdækning og en udbudsproces. Længst forberedelsestid.',
  },
];

export const SCENARIO_LABELS = SOLUTION_SCENARIOS.map((s) => s.label);

export interface UsagePatternInfo {
  pattern: UsagePattern;
  title: string;
  meaning: string;
  dependency: string;
}

export const USAGE_PATTERN_INFO: readonly UsagePatternInfo[] = [
  {
    pattern: '0',
    title: 'Bruger ikke KMD Sag',
    meaning: 'Sagsområdet bruger ikke KMD Sag i dag.',
    dependency: 'Ingen afhængighed af KMD Sag.',
  },
  {
    pattern: 'A',
    title: 'Kun overblik',
    meaning: 'KMD Sag bruges kun til tværgående overblik, fordi sagsarbejdet ligger i et fagsystem.',
    dependency: 'Afhængig af KMD Sag til sagsoverblik.',
  },
  {
    pattern: 'B',
    title: 'Overblik og adviser',
    meaning: 'KMD Sag bruges til overblik og adviser, mens sager, dokumenter og journalnotater ligger i fagsystemet.',
    dependency: 'Afhængig af KMD Sag til sagsoverblik og adviser.',
  },
  {
    pattern: 'C',
    title: 'Fagsystemstyrede sager',
    meaning:
      'KMD Sag bruges sammen med et fagsystem (typisk fra KMD) eller KMD EDH: sagen ligger i fagsystemet, mens adviser, journalnotater og overblik ligger i KMD Sag.',
    dependency: 'Afhængig af KMD Sag til overblik, adviser og journalnotater. Kræver beslutning (To-be).',
  },
  {
    pattern: 'D',
    title: 'Manuelle sager',
    meaning: 'Intet fagsystem: hele sagsbehandlingen foregår i KMD Sag.',
    dependency: 'Fuldt afhængig af KMD Sag. Kræver beslutning (To-be).',
  },
  {
    pattern: 'E',
    title: 'Generelt sagssystem',
    meaning: 'Sagsbehandlingen foregår i et generelt sagssystem som ESDH.',
    dependency: 'Lav afhængighed af KMD Sag.',
  },
];

export function usagePatternInfo(pattern: string): UsagePatternInfo | undefined {
  return USAGE_PATTERN_INFO.find((p) => p.pattern === pattern.trim().toUpperCase());
}

/** Only C and D rows need a decision on where cases and journal notes go. */
export function needsDecision(pattern: unknown): boolean {
  const p = typeof pattern === 'string' ? pattern.toUpperCase() : '';
  return p === 'C' || p === 'D';
}
