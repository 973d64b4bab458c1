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
  'De grå kolonner Brugerantal, Omfang af oprydning og Prioritet beregnes med formler. Skriv ikke i dem.',
  'Sortér og filtrér med filterknapperne i overskriftsrækken. Formlerne regner rigtigt efter sortering.',
  '',
  'De fire faser',
  'Screening: for hvert sagsområde i hvert fagområde, om KMD Sag anvendes (Ja/Nej). Rækker med Nej bliver stående, så overblikket viser, at alle områder er gennemgået, men de er ikke med i de senere faser.',
  'As-is (workshop): antal sagsbehandlere, brugsmønster, hvor sager, journalnotater, adviser, dokumenter og overblik ligger i dag, fagsystem i monopolbrud eller TSA, antal manuelle sager og journalnotater i KMD Sag, oprydningsbehov, og om sagerne kan arkiveres i stedet for at blive flyttet.',
  'To-be (workshop): kun for brugsmønster C og D. Udbudstidspunkt, markedsløsninger, foretrukne fremtidige løsninger, forretningskritisk (Ja, hvis sagsområdet løfter en myndighedsopgave), kompleksitet af oprydning (Lav/Middel/Høj) og det anbefalede løsningsscenarie.',
  'Prioritering: brugerantal (Få/Mellem/Mange) sammenlignet på tværs af rækkerne, omfang af oprydning ud fra kompleksitet og brugerantal, forretningskritisk vurderet igen (det går forud for alt andet), og rækkefølgen.',
  'Arket Workshopark er spørgeguiden til To-be (R3) for ét sagsområde: vælg sagsområdet i B3, så hentes As-is-svarene; udskriv det til workshoppen.',
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
  'Eksempel: har rækkerne med C og D 1 til 9 sagsbehandlere, er grænserne 3,67 og 6,33: 1–3 er Få, 4–6 Mellem og 7–9 Mange.',
  'Omfang af oprydning: slås op i matrixen på arket Lister ud fra Kompleksitet af oprydning og Brugerantal. Som udgangspunkt lægges niveauerne sammen (Lav/Få = 1, Middel/Mellem = 2, Høj/Mange = 3): 2–3 er Let, 4 Moderat og 5–6 Stort. Matrixen kan ændres på Lister.',
  'Prioritet: kun rækker med brugsmønster C eller D. Forretningskritisk Ja kommer før alt andet; derefter Omfang af oprydning efter indstillingen på Lister. Ved «Tungeste først» kommer derefter flest sagsbehandlere og flest manuelle sager, ved «Letteste først» færrest. Rækker uden tal kommer sidst, og til sidst afgør rækkefølgen i arket.',
  'De grå hjælpekolonner Sagsbehandlere (C/D) og Prioritetsnøgle sidst i tabellen bruges af formlerne. Skriv ikke i dem.',
  'Prioriteten er anbefalingen; Besluttet rækkefølge er beslutningen og styrer rækkefølgen på Beslutningsgrundlag.',
  '',
  'Ældre ark',
  'Et ældre dokumentationsark, der opgraderes, mister intet: alle rækker og værdier bliver stående, også værdier uden for listerne (de markeres) og kolonner, arket ikke kender (de kommer sidst).',
  'Et indtastet Brugerantal er workshoppens egen vurdering: det flyttes til Brugerantal (vurderet) og går forud for det beregnede. Et indtastet Omfang af oprydning står ved siden af formlen, som bruger det, så længe kompleksitet eller brugerantal mangler.',
  '',
  'Overblik og tjek',
  'Hver tabel på arket Overblik siger i titlen, hvilke rækker den tæller. Tabellerne over løsningsscenarier tæller kun brugsmønster C og D, og anbefalet (Løsningsscenarie) og besluttet (Besluttet løsningsscenarie) står side om side.',
  'Manuelle sager i rækker med brugsmønster 0, A, B eller E står på en linje for sig: de skal også flyttes (drejebogen, afsnit 5.5).',
  'Licenser: pr. fremtidigt sagssystem (Sager (fremtid)) antal sagsområder og sagsbehandlere med brugsmønster C og D, så omfanget af licensudvidelser og nyanskaffelser bliver tydeligt.',
  'Tjek i tilføjelsesprogrammet (og dokark check) spørger også som en styregruppe: samme Besluttet rækkefølge på to rækker, en besluttet rækkefølge eller flytning uden besluttet løsningsscenarie, en beslutning på en række, der ikke er C eller D, og manuelle sager i en række med brugsmønster A, B eller E.',
  '',
  'Udskrift',
  'Hvert ark udskriver kun de rækker, der var udfyldt, da udskriftsområdet sidst blev sat. Har du tilføjet rækker uden tilføjelsesprogrammet, så vælg Opdater under Visninger i tilføjelsesprogrammet før udskrift, eller udvid udskriftsområdet selv (Sidelayout → Udskriftsområde).',
];
