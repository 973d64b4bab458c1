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

/** The four scenarios, labelled and described in the procesguide's own words (Fase 4, figur 3). */
export const SOLUTION_SCENARIOS: readonly SolutionScenario[] = [
  {
    number: 1,
    label: '1. Fortsæt med at blive i KMD Sag og afløft udbudspligten',
    tasks:
      'Overvej, hvordan kommunen kan afløfte udbudspligten (via SKI eller lokalt udbud). Er det nuværende fagsystem KMD Aktiv eller KMD Sygedagpenge, afvent implementeringen af KY eller KSD.',
  },
  {
    number: 2,
    label: '2. Anvend allerede eksisterende ESDH eller fagsystemer',
    tasks:
      'Oprydning i sager, konvertering af data fra én løsning til en anden, systemopsætning, brugeroprettelse, licensudvidelser/fornyelser, guidelines og arbejdsgangsbeskrivelser, forandringsproces og -ledelse, uddannelse.',
  },
  {
    number: 3,
    label: '3. Tilpas eksisterende ESDH eller fagsystemløsning',
    tasks:
      'Kontraktafhængigheder (hvornår skal/kan vi få nye løsninger), beslutningsproces om tilpasning af it-løsningen, indkøbs- og forhandlingsproces med aktuelle leverandører, indhent tilbud på ny funktionalitet/tilpasning af eksisterende løsning, og desuden opgaverne i scenarie 2.',
  },
  {
    number: 4,
    label: '4. Anskaf nyt ESDH eller fagsystemløsning',
    tasks:
      'Kontraktafhængigheder (hvornår skal/kan vi få nye løsninger), leverandørproces: sondering af markedet (hvilke løsninger er der, og hvad passer bedst til forretningens behov), beslutningsproces om køb af ny it-løsning, anskaffelsesproces på ny løsning, indkøbs- og forhandlingsproces med aktuelle leverandører, og desuden opgaverne i scenarie 2. Længst forberedelsestid.',
  },
];

/** Labels earlier versions of the sheet wrote, in scenario order: an upgrade maps them to today's labels. */
export const LEGACY_SCENARIO_LABELS: readonly string[] = [
  '1. Fortsæt i KMD Sag og afløft udbudspligten',
  '2. Anvend eksisterende ESDH eller fagsystem',
  '3. Tilpas eksisterende ESDH eller fagsystem',
  '4. Anskaf nyt ESDH eller fagsystem',
];

/** When cases, journalnotater and users move, relative to the kommune taking SAPA into use (Fase 4). */
export const MOVES = [
  'Før ibrugtagning af SAPA',
  'Efter ibrugtagning af SAPA',
  'Delvist i en overgangsperiode',
] as const;

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
    dependency: 'Ingen afhængighed til KMD Sag.',
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
    dependency: 'Fuldkommen afhængighed af KMD Sag. Kræver beslutning (To-be).',
  },
  {
    pattern: 'E',
    title: 'Generisk sagssystem',
    meaning: 'Det konkrete sagsarbejde ligger i et generisk sagssystem, fx ESDH.',
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
