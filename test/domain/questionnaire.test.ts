import { allPaths, answersFor, classify, walk, QUESTIONS, usesKmdSagFor } from '../../src/domain/questionnaire';

describe('brugsmønster questionnaire', () => {
  test.each([
    [{ usesKmdSag: false }, '0'],
    [{ usesKmdSag: true, hasDomainSystem: true, notesInDomainSystem: true, alertsInDomainSystem: true }, 'A'],
    [{ usesKmdSag: true, hasDomainSystem: true, notesInDomainSystem: true, alertsInDomainSystem: false }, 'B'],
    [{ usesKmdSag: true, hasDomainSystem: true, notesInDomainSystem: false }, 'C'],
    [{ usesKmdSag: true, hasDomainSystem: false, kmdSagPrimary: true }, 'D'],
    [{ usesKmdSag: true, hasDomainSystem: false, kmdSagPrimary: false }, 'E'],
  ])('%j gives %s', (answers, type) => {
    expect(classify(answers)).toBe(type);
  });

  test('every type is reached by exactly one path, and no path is longer than four questions', () => {
    const paths = allPaths();
    expect(paths.map((p) => p.result).sort()).toEqual(['0', 'A', 'B', 'C', 'D', 'E']);
    for (const p of paths) expect(Object.keys(p.answers).length).toBeLessThanOrEqual(4);
  });

  test('stops at the first unanswered question', () => {
    const w = walk({ usesKmdSag: true });
    expect(w.done).toBe(false);
    if (!w.done) expect(w.question.text).toBe('Har I derudover et særskilt fagsystem på sagsområdet?');
    expect(classify({ usesKmdSag: true, hasDomainSystem: true })).toBeNull();
  });

  test('answers off the path are ignored', () => {
    expect(classify({ usesKmdSag: false, hasDomainSystem: true, kmdSagPrimary: true })).toBe('0');
  });

  test('answersFor gives back the path of a type', () => {
    for (const t of ['0', 'A', 'B', 'C', 'D', 'E'] as const) expect(classify(answersFor(t))).toBe(t);
  });

  test('questions are the Danish texts of the model', () => {
    expect(QUESTIONS.usesKmdSag.text).toBe('Anvender I KMD Sag på sagsområdet?');
    expect(QUESTIONS.kmdSagPrimary.text).toBe('Anvender I KMD Sag som jeres eneste/primære sagssystem?');
    expect(usesKmdSagFor('0')).toBe('Nej');
    expect(usesKmdSagFor('C')).toBe('Ja');
  });
});
