/** KOMBIT's brugsmønstermodel (tool R2 of the process guide) as data: questions, answers, next step, result. */
import type { UsagePattern } from './lists';

export type QuestionId =
  'usesKmdSag' | 'hasDomainSystem' | 'notesInDomainSystem' | 'alertsInDomainSystem' | 'kmdSagPrimary';

export type Step = { question: QuestionId } | { result: UsagePattern };

export interface Question {
  id: QuestionId;
  text: string;
  help: string;
  yes: Step;
  no: Step;
}

export const FIRST_QUESTION: QuestionId = 'usesKmdSag';

export const QUESTIONS: Record<QuestionId, Question> = {
  usesKmdSag: {
    id: 'usesKmdSag',
    text: 'Anvender I KMD Sag på sagsområdet?',
    help: 'Også hvis KMD Sag kun bruges til overblik.',
    yes: { question: 'hasDomainSystem' },
    no: { result: '0' },
  },
  hasDomainSystem: {
    id: 'hasDomainSystem',
    text: 'Har I derudover et særskilt fagsystem på sagsområdet?',
    help: 'Fx KMD Opera, KMD Aktiv eller et andet fagsystem. Bruger I KMD Sags EDH-modul, så svar Ja (procesguiden: «eller KMD EDH-modulet»).',
    yes: { question: 'notesInDomainSystem' },
    no: { question: 'kmdSagPrimary' },
  },
  notesInDomainSystem: {
    id: 'notesInDomainSystem',
    text: 'Skriver I journalnotaterne i dette fagsystem?',
    help: 'Nej, hvis journalnotaterne skrives i KMD Sag.',
    yes: { question: 'alertsInDomainSystem' },
    no: { result: 'C' },
  },
  alertsInDomainSystem: {
    id: 'alertsInDomainSystem',
    text: 'Kan I se relevante adviser i dette fagsystem?',
    help: 'Nej, hvis adviserne kun ses i KMD Sag.',
    yes: { result: 'A' },
    no: { result: 'B' },
  },
  kmdSagPrimary: {
    id: 'kmdSagPrimary',
    text: 'Anvender I KMD Sag som jeres eneste/primære sagssystem?',
    help: 'Nej, hvis sagerne fx behandles i et ESDH-system.',
    yes: { result: 'D' },
    no: { result: 'E' },
  },
};

export type Answers = Partial<Record<QuestionId, boolean>>;

export type Walk =
  { done: false; question: Question; path: QuestionId[] } | { done: true; result: UsagePattern; path: QuestionId[] };

/** Follows the answers from the first question; stops at the first unanswered question or at a type. */
export function walk(answers: Answers): Walk {
  const path: QuestionId[] = [];
  let id: QuestionId = FIRST_QUESTION;
  for (;;) {
    path.push(id);
    const answer = answers[id];
    const question = QUESTIONS[id];
    if (answer === undefined) return { done: false, question, path };
    const step = answer ? question.yes : question.no;
    if ('result' in step) return { done: true, result: step.result, path };
    id = step.question;
  }
}

/** The usage type for a full set of answers, or null while a question on the path is unanswered. */
export function classify(answers: Answers): UsagePattern | null {
  const w = walk(answers);
  return w.done ? w.result : null;
}

/** The answers along the path that leads to a type (used to show an existing answer). */
export function answersFor(pattern: UsagePattern): Answers {
  const found = allPaths().find((p) => p.result === pattern);
  if (!found) throw new Error(`Ukendt brugsmønster: ${pattern}`);
  return found.answers;
}

/** Every path through the tree: the answers and the type they lead to. */
export function allPaths(): { answers: Answers; result: UsagePattern }[] {
  const out: { answers: Answers; result: UsagePattern }[] = [];
  const visit = (id: QuestionId, answers: Answers) => {
    for (const answer of [true, false]) {
      const next = { ...answers, [id]: answer };
      const step = answer ? QUESTIONS[id].yes : QUESTIONS[id].no;
      if ('result' in step) out.push({ answers: next, result: step.result });
      else visit(step.question, next);
    }
  };
  visit(FIRST_QUESTION, {});
  return out;
}

/** Anvender KMD Sag follows from the type: Nej for 0, Ja for the others. */
export function usesKmdSagFor(pattern: UsagePattern): 'Ja' | 'Nej' {
  return pattern === '0' ? 'Nej' : 'Ja';
}
