/** Typed values in a column that is a formula now: kept, whichever of the two columns holds them. */
import { planUpgrade } from '../../src/domain/upgrade';

const HEAD = ['Fagområde', 'Sagsområde', 'KLE-nummer', 'Brugerantal', 'Brugerantal (indtastet)'];
const keptOf = (rows: (string | null)[][]) => {
  const plan = planUpgrade({ values: [HEAD, ...rows] });
  const at = (h: string) => plan.columns.findIndex((c) => c.header === h);
  return {
    headers: plan.columns.map((c) => c.header),
    typed: plan.rows.map((r) => r[at('Brugerantal (indtastet)')]),
    extra: plan.rows.map((r) => r[at('Brugerantal (2)')]),
  };
};

test('both columns typed (a pasted copy of the new layout): the "(indtastet)" column stays the fallback, the other is kept beside', () => {
  const out = keptOf([
    ['Social', 'Pension', '32.03', 'Få', 'Mellem'],
    ['Social', 'Boligstøtte', '32.04', 'Mange', null],
  ]);
  expect(out.typed).toEqual(['Mellem', null]);
  expect(out.extra).toEqual(['Få', 'Mange']);
});

test('an empty "(indtastet)" column: the typed values of the formula column become the fallback', () => {
  const out = keptOf([['Social', 'Pension', '32.03', 'Få', null]]);
  expect(out.typed).toEqual(['Få']);
  expect(out.headers).not.toContain('Brugerantal (2)');
});
