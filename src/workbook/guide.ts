/** The Vejledning sheet: a short Danish guide for a colleague who opens the workbook without the add-in. */
import { FIRST_QUESTION, QUESTIONS, type QuestionId, type Step } from '../domain/questionnaire';
import { SOLUTION_SCENARIOS, USAGE_PATTERN_INFO } from '../domain/lists';

function questionnaireLines(): string[] {
  const order: QuestionId[] = [];
  const visit = (id: QuestionId) => {
    if (order.includes(id)) return;
    order.push(id);
    for (const step of [QUESTIONS[id].yes, QUESTIONS[id].no]) if ('question' in step) visit(step.question);
  };
  visit(FIRST_QUESTION);
  const number = (id: QuestionId) => order.indexOf(id) + 1;
  const say = (step: Step) =>
    'result' in step ? `brugsmønster ${step.result}` : `gå til spørgsmål ${number(step.question)}`;
  return order.map(
    (id) => `${number(id)}. ${QUESTIONS[id].text}  Ja → ${say(QUESTIONS[id].yes)}.  Nej → ${say(QUESTIONS[id].no)}.`,
  );
}

/** "C: Fagsystemstyrede sager. …"; where the meaning already says the title (type 0), the title is not repeated. */
function patternLine(p: (typeof USAGE_PATTERN_INFO)[number]): string {
  const saysTitle = p.meaning.toLowerCase().includes(p.title.toLowerCase());
  return `${p.pattern}: ${saysTitle ? '' : `${p.title}. `}${p.meaning} ${p.dependency}`;
}

export const GUIDE_LINES: string[] = [
  'Dokumentationsark for KMD Sag Exit-strategi',
  '',
  'Sådan bruges arket',
  'Arket Dokumentation har én række pr. sagsområde. Udfyld kolonnerne fase for fase: Screening, As-is, To-be og Prioritering.',
  'Kolonner med en fast svarliste har en rulleliste. Listerne står på arket Lister og kan udvides der (skriv nederst, uden tomme rækker).',
  'Tal skal være hele tal på 0 eller derover. KLE-nummer skrives som NN.NN.NN, fx 32.18.02 (eller NN.NN for en samlet række).',
  'De grå kolonner Brugerantal, Omfang af oprydning og Prioritet beregnes af formler. Skriv ikke i dem.',
  'Sortér og filtrér med filterknapperne i overskriftsrækken. Formlerne regner rigtigt efter sortering.',
  '',
  'Brugsmønster: stil spørgsmålene i rækkefølge',
  ...questionnaireLines(),
  '',
  'Brugsmønstrene',
  ...USAGE_PATTERN_INFO.map(patternLine),
  'Kun brugsmønster C og D skal have udfyldt To-be-kolonnerne og får en prioritet.',
  '',
  'Løsningsscenarier',
  ...SOLUTION_SCENARIOS.map((s) => `${s.label}: ${s.tasks}`),
  '',
  'Beslutningen',
  'Løsningsscenarie er workshoppens anbefaling. Valget af løsningsscenarie kræver beslutningsmandat, så beslutningen skrives i de sidste kolonner for brugsmønster C og D:',
  'Besluttet løsningsscenarie: det scenarie, der skal implementeres (samme liste som Løsningsscenarie).',
  'Besluttet rækkefølge: et helt tal, 1 er først. Når det er udfyldt, står rækkerne i den rækkefølge på arket Beslutningsgrundlag; rækker uden kommer derefter i prioritetsorden.',
  'Flytning: om sager, journalnotater og brugere flyttes før eller efter kommunens ibrugtagning af SAPA, eller delvist i en overgangsperiode.',
  'Flyttes senest: den dato, hvor flytningen senest skal være sket.',
  'Arket Beslutningsgrundlag er bilaget til notatet: antal sagsområder, sagsbehandlere, manuelle sager og journalnotater pr. løsningsscenarie (anbefalet og besluttet), og derefter rækkerne med brugsmønster C og D i den besluttede rækkefølge.',
  '',
  'Beregningerne',
  'Brugerantal: Få, hvis Antal sagsbehandlere er højst den nedre grænse på arket Lister; Mange, hvis det er over den øvre; ellers Mellem.',
  'Grænserne findes ud fra rækkerne med brugsmønster C og D, fordi det kun er dem, der prioriteres: den nedre grænse deler dem, så omkring en tredjedel har færre sagsbehandlere, og den øvre, så omkring en tredjedel har flere. Skriv et tal på arket Lister for at fastlåse en grænse.',
  'Vurderer workshoppen selv brugerantallet, vælges Få, Mellem eller Mange i kolonnen Brugerantal (vurderet). Så bruges vurderingen i stedet for det beregnede.',
  'Omfang af oprydning: slås op i matrixen på arket Lister ud fra Kompleksitet af oprydning og Brugerantal.',
  'Prioritet: kun rækker med brugsmønster C eller D. Forretningskritisk Ja kommer før alt andet; derefter Omfang af oprydning efter indstillingen på Lister. Ved «Tungeste først» kommer derefter flest sagsbehandlere og flest manuelle sager, ved «Letteste først» færrest. Rækker uden tal kommer sidst, og til sidst afgør rækkefølgen i arket.',
  'De grå hjælpekolonner Sagsbehandlere (C/D) og Prioritetsnøgle sidst i tabellen bruges af formlerne. Skriv ikke i dem.',
  '',
  'Udskrift',
  'Hvert ark udskriver kun de rækker, der var udfyldt, da udskriftsområdet sidst blev sat. Har du tilføjet rækker uden tilføjelsesprogrammet, så vælg Opdater under Visninger i tilføjelsesprogrammet før udskrift, eller udvid udskriftsområdet selv (Sidelayout → Udskriftsområde).',
];
