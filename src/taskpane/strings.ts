/** Every Danish text of the task pane, in one place so the wording can be reviewed together. */

/** "1 række", "2 rækker": Danish singular and plural with the number. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const S = {
  appTitle: 'Dokumentationsark',
  tabsLabel: 'Faner i Dokumentationsark',
  tabs: {
    start: 'Kom i gang',
    usage: 'Brugsmønster',
    row: 'Række',
    check: 'Tjek',
    views: 'Visninger',
  },
  outsideExcel:
    'Dokumentationsark er et tilføjelsesprogram til Excel. Åbn det fra fanen Hjem i Excel (på nettet eller på skrivebordet) for at bruge det.',
  /** While the code of a tab or an action is fetched from the add-in's address (first use only). */
  loading: 'Indlæser …',
  tryAgain: 'Prøv igen',
  error: (message: string) => `Der skete en fejl: ${message}`,
  notReady: 'Arket er ikke sat op endnu. Opret eller opgrader det under «Kom i gang».',
  cannotRead: (reason: string) => `Arket kunne ikke læses: ${reason}`,
  readAgain: 'Læs arket igen',

  /** What Excel's error codes mean for the user; Excel's own (English) messages are never shown. */
  errors: {
    codes: {
      AccessDenied:
        'Excel tillod ikke ændringen. Arket eller projektmappen er måske beskyttet, eller du har kun læseadgang. Fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen.',
      InvalidOperationInCellEditMode:
        'Excel er i gang med at redigere en celle. Tryk Enter eller Esc i arket, og prøv igen.',
      ApiNotFound:
        'Denne udgave af Excel mangler en funktion, som handlingen bruger. Opdater Excel, eller brug Excel på internettet.',
      ItemNotFound:
        'Et ark, en tabel eller en kolonne, som handlingen bruger, findes ikke længere. Vælg «Undersøg igen» under «Kom i gang».',
      ItemAlreadyExists: 'Et navn, som handlingen skulle bruge, er allerede taget i projektmappen.',
      Conflict: 'En anden ændrede projektmappen samtidig. Prøv igen.',
      InactiveWorkbook: 'En anden projektmappe har fokus i Excel. Klik i denne projektmappe, og prøv igen.',
      UnsupportedSheet: 'Et diagramark er åbent. Gå til et almindeligt ark, fx Dokumentation, og prøv igen.',
      InvalidSelection: 'Excel kan ikke give markeringen lige nu. Klik i en celle i arket, og prøv igen.',
      GeneralException: 'Excel meldte en intern fejl. Prøv igen; sker det igen, så luk projektmappen og åbn den igen.',
      RequestPayloadSizeLimitExceeded: 'Handlingen er for stor til, at Excel kan tage den på én gang.',
      ResponsePayloadSizeLimitExceeded: 'Svaret er for stort til, at Excel kan sende det på én gang.',
    } as Record<string, string>,
    excel: (code: string) =>
      `Excel kunne ikke udføre handlingen (fejlkode ${code}). Prøv igen; sker det igen, så luk projektmappen og åbn den igen.`,
    unexpected:
      'Der skete en uventet fejl i tilføjelsesprogrammet. Prøv igen; sker det igen, så luk ruden og åbn den igen.',
    notLoaded:
      'En del af tilføjelsesprogrammet kunne ikke hentes. Tjek forbindelsen, og prøv igen; sker det igen, så luk ruden og åbn den igen.',
    interrupted: (operation: 'setup' | 'upgrade', reason: string) =>
      `${operation === 'setup' ? 'Oprettelsen' : 'Opgraderingen'} blev afbrudt. ${reason}`,
    restored: 'Projektmappen er sat tilbage, som den var, så du kan prøve igen.',
    notRestored:
      'Projektmappen kunne ikke sættes helt tilbage. Luk den uden at gemme, eller hent den forrige udgave under Versionshistorik, hvis den gemmes automatisk. Slet ingen ark, før du har set efter: arkene med dine data kan stadig have deres gamle navne.',
    originalKept: (sheet: string, backup: string) =>
      `Dine data er urørte i arket «${sheet}», som nu måske hedder «${backup}»: giv det navnet «${sheet}» igen.`,
  },
  noActiveRow: 'Markér en celle i en række i tabellen Dokumentation.',

  start: {
    heading: 'Kom i gang',
    detecting: 'Undersøger projektmappen …',
    ready: (rows: number) => `Arket Dokumentation er klar med ${rows} ${rows === 1 ? 'række' : 'rækker'}.`,
    readyUncounted: 'Arket Dokumentation er klar.',
    /** The sheets as plan.ts's SHEETS_MADE_TEXT names them (startAndCheck.test.tsx holds the two together). */
    absent:
      'Projektmappen har ikke et dokumentationsark endnu. «Opret» laver arkene Dokumentation, Lister, Overblik, Beslutningsgrundlag, Workshopark og Vejledning.',
    upgradable: (sheet: string, matched: number, rows: number, upTo = false) =>
      `Arket «${sheet}» ligner et dokumentationsark (${matched} kolonner genkendt, ${upTo ? 'op til ' : ''}${rows} ${rows === 1 ? 'række' : 'rækker'}). Opgrader det, så intet går tabt.`,
    missing: (headers: string[]) => `Kolonner der tilføjes: ${headers.join(', ')}.`,
    setup: 'Opret',
    upgrade: 'Opgrader',
    settingUp: 'Opretter arkene …',
    upgrading: 'Opgraderer arket …',
    again: 'Undersøg igen',
    summaryHeading: 'Resultat',
    summaryRows: 'Rækker',
    summaryUpgradedRows: 'Rækker opgraderet',
    summaryMatched: 'Kolonner genkendt',
    summaryKept: 'Kolonner bevaret',
    summaryTypedKept: 'Indtastede værdier bevaret',
    summaryNormalised: 'Værdier rettet',
    summaryFlagged: 'Værdier markeret',
    summaryBackup: 'Sikkerhedskopi',
    backupHidden: (sheet: string) =>
      `«${sheet}», skjult så det ikke udskrives (højreklik på en arkfane, og vælg «Vis» for at se det)`,
    none: 'ingen',
    nextStep: 'Gå videre til fanen «Brugsmønster» og besvar spørgsmålene række for række.',
  },

  usage: {
    heading: 'Brugsmønster',
    businessArea: 'Fagområde',
    caseArea: 'Sagsområde',
    kle: 'KLE-nummer',
    rowLabel: (excelRow: number) => `Række ${excelRow}`,
    questionOf: (n: number) => `Spørgsmål ${n}`,
    yes: 'Ja',
    no: 'Nej',
    back: 'Tilbage',
    keysHint: 'Tast J for Ja, N for Nej, Backspace for tilbage.',
    result: (pattern: string, title: string) => `Brugsmønster ${pattern}: ${title}`,
    saving: 'Gemmer …',
    saved: 'Gemt i arket.',
    existing: (pattern: string) => `Rækken har allerede brugsmønster ${pattern}.`,
    existingUnknown: (value: string) => `Rækken har værdien «${value}» i Brugsmønster.`,
    answerAgain: 'Besvar igen',
    answerAgainHint: 'Ændrer svarene brugsmønstret, spørger ruden, før det gemmes.',
    answersLabel: 'Svar indtil nu',
    answered: (question: string, answer: string, fromRow: boolean) =>
      `${question} ${answer}${fromRow ? ' (står allerede i rækken – Tilbage for at ændre det)' : ''}`,
    confirmChange: (pattern: string, changes: { header: string; from: string; to: string }[]) =>
      `Svarene giver brugsmønster ${pattern}. Det ændrer ${changes
        .map((c) => `«${c.header}» fra «${c.from}» til «${c.to}»`)
        .join(' og ')}. Gem ændringen, eller gå tilbage.`,
    saveChange: 'Gem ændringen',
    next: 'Næste række',
    nextHint: 'Tast Enter for næste række.',
    lastRow: 'Det var den sidste række i tabellen.',
    needsDecision: 'Rækken skal også have udfyldt To-be-felterne (fanen «Række»).',
    notSaved: (pattern: string, reason: string) => `Brugsmønster ${pattern} blev ikke gemt. ${reason}`,
    saveAgain: 'Prøv at gemme igen',
  },

  row: {
    heading: (excelRow: number) => `Række ${excelRow}`,
    groups: {
      screening: 'Screening',
      asis: 'As-is',
      tobe: 'To-be',
      prioritering: 'Prioritering',
      beslutning: 'Beslutning',
      any: 'Øvrigt',
      helper: 'Hjælpekolonner',
    },
    tobeHidden: 'To-be-felterne udfyldes kun for brugsmønster C og D.',
    calculated: 'Beregnes med en formel i arket og kan ikke rettes her.',
    emptyOption: '(tom)',
    notInList: (value: string) => `${value} (ikke på listen)`,
    saving: 'Gemmer …',
    workshop: 'Workshopark for rækken',
    workshopNeedsCaseArea: 'Skriv sagsområdet først; workshoparket finder rækken ud fra det.',
    workshopOpened: (caseArea: string) =>
      `Arket Workshopark viser nu «${caseArea}»: As-is-svarene og To-be-spørgsmålene med plads til noter. Udskriv det fra Excel (Filer → Udskriv).`,
    handoutsArea: 'Workshopark for et helt fagområde',
    handoutsHint: 'Ét workshopark for hvert sagsområde i fagområdet, hvert på sin egen side.',
    handoutsNoAreas: 'Skriv fagområde og sagsområde i rækkerne først.',
    handouts: 'Lav workshopark til udskrift',
    handoutsMade: (n: number, area: string, sheet: string) =>
      `Arket ${sheet} har nu ${n === 1 ? 'ét workshopark' : `${n} workshopark`} for ${area}, ${n === 1 ? 'på én side' : 'ét pr. side'}. Udskriv arket fra Excel (Filer → Udskriv).`,
  },

  formulas: {
    heading: 'Formlerne i de beregnede kolonner',
    repair: 'Sæt kolonnens formel ind igen',
    repairing: 'Sætter formlerne ind …',
    repaired: 'Formlerne er sat ind igen.',
    note: 'Tilføjelsesprogrammet ændrer intet, før du beder om det.',
  },

  check: {
    heading: 'Tjek',
    refresh: 'Tjek igen',
    checking: 'Tjekker …',
    allGood: 'Alt er i orden: alle rækker er gyldige og udfyldt for deres fase.',
    invalidCount: (n: number) => plural(n, 'ugyldig værdi', 'ugyldige værdier'),
    attentionCount: (n: number) => plural(n, 'spørgsmål til styregruppen', 'spørgsmål til styregruppen'),
    missingCount: (fields: number, rows: number) =>
      `${plural(fields, 'manglende felt', 'manglende felter')} i ${plural(rows, 'række', 'rækker')}`,
    toBeCount: (fields: number, rows: number) => `${fields} To-be-svar mangler i ${plural(rows, 'række', 'rækker')}`,
    perPhaseLabel: 'Pr. fase',
    phases: {
      screening: 'Screening',
      asis: 'As-is',
      tobe: 'To-be',
      prioritering: 'Prioritering',
      any: 'Øvrigt',
    } as Record<string, string>,
    /** "As-is-felter": the phase's fields, for "Række 5 (Sygedagpenge): 2 As-is-felter mangler". */
    phaseFields: {
      screening: ['screeningsfelt', 'screeningsfelter'],
      asis: ['As-is-felt', 'As-is-felter'],
      tobe: ['To-be-felt', 'To-be-felter'],
      prioritering: ['prioriteringsfelt', 'prioriteringsfelter'],
    } as Record<string, [string, string]>,
    rowName: (excelRow: number, caseArea: string) =>
      caseArea ? `Række ${excelRow} (${caseArea})` : `Række ${excelRow}`,
    invalidFinding: (row: string, header: string, message: string) => `${row}, ${header}: ${message}`,
    missingGroup: (row: string, count: number, fields: [string, string]) =>
      `${row}: ${plural(count, fields[0], fields[1])} mangler`,
    invalidHeading: 'Ugyldige værdier',
    attentionHeading: 'Til styregruppen',
    attention: 'Afklar',
    missingHeading: 'Manglende felter',
    toBeHeading: 'To-be-svar, der mangler',
    toBeNote:
      'Workshoppen kan springe To-be-spørgsmål over. Svarene skal være der, før rækkefølgen besluttes for brugsmønster C og D.',
    invalid: 'Ugyldig',
    missing: 'Mangler',
    toBe: 'To-be',
    listLabel: (heading: string) => `${heading}. Vælg en linje for at gå til cellen.`,
  },

  views: {
    heading: 'Visninger',
    filterHeading: 'Filtrér tabellen',
    filterLabels: {
      businessArea: 'Vis for fagchef (fagområde)',
      solutionScenario: 'Løsningsscenarie',
      businessCritical: 'Forretningskritisk',
      usagePattern: 'Brugsmønster',
      usesKmdSag: 'Screening: Anvender KMD Sag',
    },
    blank: '(tom)',
    applyFilter: 'Anvend filter',
    clearFilters: 'Ryd filtre',
    working: 'Arbejder …',
    orderHeading: 'Rækkefølge',
    sortByPriority: 'Sortér efter prioritet',
    restoreOrder: 'Tilbage til arkets rækkefølge',
    presetsHeading: 'Kolonner for fasen',
    overviewHeading: 'Overblik og pivottabeller',
    pivots: 'Opret/opdater pivotvisninger',
    refresh: 'Opdater',
  },

  notat: {
    heading: 'Beslutningsnotat',
    intro:
      'Et udkast i Word til styregruppen: indstilling, tal pr. løsningsscenarie, rækkefølge, åbne punkter og Beslutningsgrundlag som bilag. Tallene er dem, formlerne i projektmappen giver.',
    button: 'Hent udkast til beslutningsnotat (.docx)',
    working: 'Danner notatet …',
    fileName: (isoDay: string) => `beslutningsnotat-${isoDay}.docx`,
    alternatives:
      'Åbn i stedet projektmappen i Excel på internettet og hent notatet der, eller dan det på en computer med kommandoen dokark notat FIL.xlsx -o beslutningsnotat.docx.',
    done: (name: string) =>
      `Notatet er hentet som ${name}. Kan du ikke finde filen i dine overførsler? Nogle udgaver af Excel (fx Excel til Mac) lader ikke ruden gemme filer.`,
    failed: 'Notatet kunne ikke gemmes herfra: denne udgave af Excel lader ikke ruden gemme filer.',
  },
};
