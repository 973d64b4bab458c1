/** The columns of the dokumentationsark, in sheet order (domain.md); the decision (Fase 4) at the end. */

export type ColumnKind = 'list' | 'text' | 'kle' | 'count' | 'date' | 'formula';
/** 'helper': grey formula columns at the table's end that other formulas read; no preset but «Alle kolonner» shows them. */
export type Phase = 'screening' | 'asis' | 'tobe' | 'prioritering' | 'any' | 'helper';
export type ListName =
  | 'businessAreas'
  | 'yesNo'
  | 'usagePatterns'
  | 'monopolySystems'
  | 'canArchive'
  | 'complexity'
  | 'scenarios'
  | 'moves'
  | 'userCounts';

export type ColumnKey =
  | 'businessArea'
  | 'caseArea'
  | 'kle'
  | 'contactPerson'
  | 'usesKmdSag'
  | 'caseworkerCount'
  | 'usagePattern'
  | 'casesNowIn'
  | 'journalNotesNowIn'
  | 'alertsNowIn'
  | 'documentsNowIn'
  | 'overviewNowIn'
  | 'monopolySystem'
  | 'manualCaseCount'
  | 'journalNoteCount'
  | 'cleanupNeeds'
  | 'canArchive'
  | 'tenderTime'
  | 'marketSolutions'
  | 'casesFuture'
  | 'journalNotesFuture'
  | 'alertsFuture'
  | 'documentsFuture'
  | 'overviewFuture'
  | 'businessCritical'
  | 'cleanupComplexity'
  | 'solutionScenario'
  | 'userCountCategory'
  | 'userCountAssessed'
  | 'cleanupScope'
  | 'priority'
  | 'remarks'
  | 'decidedScenario'
  | 'decidedOrder'
  | 'move'
  | 'moveBy'
  | 'decisionCaseworkerCount'
  | 'priorityKey';

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  kind: ColumnKind;
  phase: Phase;
  list?: ListName;
  /** Other headers seen in existing sheets (KOMBIT's original dokumentationsark, tool R1, and kommune variants). */
  aliases?: string[];
  /** One line of Danish help, shown as input prompt and in the pane. */
  help: string;
}

const c = (
  key: ColumnKey,
  header: string,
  kind: ColumnKind,
  phase: Phase,
  help: string,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({ key, header, kind, phase, help, ...extra });

export const COLUMNS: readonly ColumnDef[] = [
  c('businessArea', 'Fagområde', 'list', 'screening', 'Forvaltning eller center, fra listen på arket Lister.', {
    list: 'businessAreas',
  }),
  c('caseArea', 'Sagsområde', 'text', 'screening', 'KLE-emnets titel, fx «Hjælp til forsørgelse».', {
    aliases: ['KLE emne', 'KLE-emne', 'Emne'],
  }),
  c('kle', 'KLE-nummer', 'kle', 'screening', 'KLE-nummer som NN.NN.NN (eller NN.NN for en samlet række).', {
    aliases: ['KLE', 'KLE nr', 'KLE-nr.', 'KLE nummer'],
  }),
  c('contactPerson', 'Kontaktperson', 'text', 'screening', 'Hvem kan svare for sagsområdet.', {
    aliases: ['Kontakt', 'Kontaktpersoner'],
  }),
  c('usesKmdSag', 'Anvender KMD Sag', 'list', 'screening', 'Bruges KMD Sag på sagsområdet? Ja/Nej.', {
    list: 'yesNo',
    aliases: [
      'Anvendes KMD Sag',
      'Anvendes KMD Sag på sagsområdet',
      'Anvender I KMD Sag på sagsområdet',
      'Bruger KMD Sag',
    ],
  }),
  c('caseworkerCount', 'Antal sagsbehandlere', 'count', 'asis', 'Antal sagsbehandlere på sagsområdet (helt tal).', {
    aliases: ['Antal brugere', 'Sagsbehandlere', 'Hvor mange sagsbehandlere'],
  }),
  c('usagePattern', 'Brugsmønster', 'list', 'asis', 'Brugsmønster 0, A, B, C, D eller E (findes med spørgeskemaet).', {
    list: 'usagePatterns',
    aliases: ['Brugsmønstertype', 'Brugertype'],
  }),
  c('casesNowIn', 'Sager journaliseres i (nu)', 'text', 'asis', 'I hvilken it-løsning journaliseres sagerne i dag?', {
    aliases: ['Sager journaliseres i', 'Sager i', 'Sager (nu)'],
  }),
  c(
    'journalNotesNowIn',
    'Journalnotater i (nu)',
    'text',
    'asis',
    'I hvilken it-løsning journaliseres journalnotaterne i dag?',
    {
      aliases: ['Journalnotater journaliseres i', 'Journalnotater (nu)'],
    },
  ),
  c('alertsNowIn', 'Adviser i (nu)', 'text', 'asis', 'I hvilken it-løsning ligger adviserne i dag?', {
    aliases: ['Adviser ligger i', 'Adviser (nu)', 'Advis i'],
  }),
  c('documentsNowIn', 'Dokumenter i (nu)', 'text', 'asis', 'I hvilken it-løsning journaliseres dokumenterne i dag?', {
    aliases: ['Dokumenter journaliseres i', 'Dokumenter (nu)'],
  }),
  c('overviewNowIn', 'Overblik i (nu)', 'text', 'asis', 'I hvilken it-løsning er overblikket i dag?', {
    aliases: ['Overblikket er i', 'Overblik (nu)'],
  }),
  c(
    'monopolySystem',
    'Fagsystem i monopolbrud/TSA',
    'list',
    'asis',
    'Er fagsystemet en del af monopolbruddet eller TSA-aftalen?',
    {
      list: 'monopolySystems',
      aliases: ['Fagsystem i monopolbrud', 'Monopolbrud/TSA', 'Monopolbrud eller TSA', 'Fagsystem monopolbrud TSA'],
    },
  ),
  c(
    'manualCaseCount',
    'Antal manuelle sager i KMD Sag',
    'count',
    'asis',
    'Antal manuelle sager i KMD Sag (helt tal).',
    {
      aliases: ['Antal sager i KMD Sag', 'Manuelle sager', 'Antal manuelle sager'],
    },
  ),
  c(
    'journalNoteCount',
    'Antal journalnotater i KMD Sag',
    'count',
    'asis',
    'Antal journalnotater i KMD Sag (helt tal).',
    {
      aliases: ['Antal journalnotater'],
    },
  ),
  c(
    'cleanupNeeds',
    'Oprydningsbehov',
    'text',
    'asis',
    'Fx sager uden KLE, åbne sager der skal lukkes, notater uden sag.',
    {
      aliases: ['Oprydning', 'Hvad kræver det af oprydning', 'Behov for oprydning'],
    },
  ),
  c(
    'canArchive',
    'Kan arkiveres',
    'list',
    'asis',
    'Kan sagerne arkiveres i stedet for at blive flyttet? Ja/Nej/Delvist.',
    {
      list: 'canArchive',
      aliases: ['Kan sagerne arkiveres', 'Arkivering'],
    },
  ),
  c('tenderTime', 'Udbudstidspunkt', 'date', 'tobe', 'Hvornår skal løsningen i udbud? Dato eller årstal.', {
    aliases: ['Udbud', 'Hvornår i udbud', 'Tidspunkt for udbud'],
  }),
  c('marketSolutions', 'Mulige markedsløsninger', 'text', 'tobe', 'ESDH- og fagsystemløsninger på markedet.', {
    aliases: ['Markedsløsninger', 'Løsninger på markedet'],
  }),
  c('casesFuture', 'Sager (fremtid)', 'text', 'tobe', 'Foretrukken løsning til at journalisere sagerne.', {
    aliases: ['Sager fremtidig'],
  }),
  c('journalNotesFuture', 'Journalnotater (fremtid)', 'text', 'tobe', 'Foretrukken løsning til journalnotaterne.', {
    aliases: ['Journalnotater fremtidig'],
  }),
  c('alertsFuture', 'Adviser (fremtid)', 'text', 'tobe', 'Foretrukken løsning til adviser.', {
    aliases: ['Adviser fremtidig'],
  }),
  c('documentsFuture', 'Dokumenter (fremtid)', 'text', 'tobe', 'Foretrukken løsning til dokumenterne.', {
    aliases: ['Dokumenter fremtidig'],
  }),
  c('overviewFuture', 'Overblik (fremtid)', 'text', 'tobe', 'Foretrukken løsning til overblik.', {
    aliases: ['Overblik fremtidig'],
  }),
  c(
    'businessCritical',
    'Forretningskritisk',
    'list',
    'tobe',
    'Ja, hvis sagsområdet løfter en myndighedsopgave. Vurderes igen ved prioriteringen.',
    {
      list: 'yesNo',
      aliases: ['Er sagsområdet forretningskritisk'],
    },
  ),
  c('cleanupComplexity', 'Kompleksitet af oprydning', 'list', 'tobe', 'Lav, Middel eller Høj.', {
    list: 'complexity',
    aliases: ['Kompleksitet', 'Kompleksiteten af oprydningsarbejdet', 'Oprydningens kompleksitet'],
  }),
  c('solutionScenario', 'Løsningsscenarie', 'list', 'tobe', 'Anbefalet løsningsscenarie 1–4.', {
    list: 'scenarios',
    aliases: ['Anbefalet løsningsscenarie', 'Scenarie', 'Løsningsscenarier'],
  }),
  c(
    'userCountCategory',
    'Brugerantal',
    'formula',
    'prioritering',
    'Beregnes: Få/Mellem/Mange ud fra Antal sagsbehandlere, eller som vurderet.',
    {
      aliases: ['Antal brugere (få/mellem/mange)'],
    },
  ),
  c(
    'userCountAssessed',
    'Brugerantal (vurderet)',
    'list',
    'prioritering',
    'Workshoppens vurdering: Få, Mellem eller Mange. Går forud for det beregnede brugerantal.',
    { list: 'userCounts' },
  ),
  c(
    'cleanupScope',
    'Omfang af oprydning',
    'formula',
    'prioritering',
    'Beregnes ud fra kompleksitet og brugerantal (matrix på Lister).',
    {
      aliases: ['Omfanget af oprydningsarbejdet', 'Omfang'],
    },
  ),
  c('priority', 'Prioritet', 'formula', 'prioritering', 'Beregnes for brugsmønster C og D: 1 er først.', {
    aliases: ['Prioritering', 'Rækkefølge'],
  }),
  c('remarks', 'Bemærkninger', 'text', 'any', 'Frie noter.', { aliases: ['Bemærkning', 'Kommentarer', 'Noter'] }),
  // The decision beside the recommendation (Fase 4: "valg af løsningsscenarier kræver beslutningsmandat").
  c(
    'decidedScenario',
    'Besluttet løsningsscenarie',
    'list',
    'prioritering',
    'Det løsningsscenarie, der er besluttet. Anbefalingen fra To-be-workshoppen står i Løsningsscenarie.',
    { list: 'scenarios', aliases: ['Valgt løsningsscenarie', 'Besluttet scenarie'] },
  ),
  c(
    'decidedOrder',
    'Besluttet rækkefølge',
    'count',
    'prioritering',
    'Besluttet rækkefølge, helt tal (1 er først). Udfyldt styrer den rækkefølgen på Beslutningsgrundlag i stedet for Prioritet.',
    { aliases: ['Besluttet prioritet', 'Vedtaget rækkefølge'] },
  ),
  c(
    'move',
    'Flytning',
    'list',
    'prioritering',
    'Hvornår flyttes sager, journalnotater og brugere: før eller efter ibrugtagning af SAPA, eller delvist i en overgangsperiode.',
    { list: 'moves', aliases: ['Flytning af sager', 'Tidspunkt for flytning'] },
  ),
  c('moveBy', 'Flyttes senest', 'date', 'prioritering', 'Dato, hvor flytningen senest skal være sket, fx 1-3-2027.', {
    aliases: ['Flyttes senest den', 'Senest flyttet'],
  }),
  c(
    'decisionCaseworkerCount',
    'Sagsbehandlere (C/D)',
    'formula',
    'helper',
    'Hjælpekolonne: Antal sagsbehandlere for brugsmønster C og D. Grænserne for Brugerantal beregnes ud fra den.',
  ),
  c(
    'priorityKey',
    'Prioritetsnøgle',
    'formula',
    'helper',
    'Hjælpekolonne: rækkens plads i prioriteringen som ét tal (lavest først). Prioritet beregnes ud fra den.',
  ),
];

/** The decision columns: filled after the prioritisation, never required by Tjek. */
export const DECISION_KEYS_IN_TABLE: readonly ColumnKey[] = ['decidedScenario', 'decidedOrder', 'move', 'moveBy'];

export const COLUMN_KEYS = COLUMNS.map((col) => col.key);

const byKey = new Map(COLUMNS.map((col) => [col.key, col]));

export function column(key: ColumnKey): ColumnDef {
  const col = byKey.get(key);
  if (!col) throw new Error(`Ukendt kolonne: ${key}`);
  return col;
}

/** To-be columns: required for brugsmønster C and D, irrelevant for the others. */
export const TO_BE_KEYS: readonly ColumnKey[] = COLUMNS.filter((col) => col.phase === 'tobe').map((col) => col.key);

export const FORMULA_KEYS: readonly FormulaKey[] = ['userCountCategory', 'cleanupScope', 'priority'];
/** Every column a formula fills (kind 'formula'): the three above and the helper columns. */
export type ComputedKey = FormulaKey | 'decisionCaseworkerCount' | 'priorityKey';
export const COMPUTED_KEYS: readonly ComputedKey[] = [...FORMULA_KEYS, 'decisionCaseworkerCount', 'priorityKey'];

/** Columns typed by hand in older sheets that are now formulas: their typed values are kept beside. */
export type FormulaKey = 'userCountCategory' | 'cleanupScope' | 'priority';
export const TYPED_FALLBACK: Record<FormulaKey, string> = {
  userCountCategory: 'Brugerantal (indtastet)',
  cleanupScope: 'Omfang af oprydning (indtastet)',
  priority: 'Prioritet (indtastet)',
};

export type CellValue = string | number | boolean | Date | null;
export type RowValues = Partial<Record<ColumnKey, CellValue>>;
