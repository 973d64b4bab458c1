/** Typed values in a column that is a formula now: kept, whichever of the two columns holds them. */
import { planUpgrade } from '../../src/domain/upgrade';

const HEAD = ['Fagområde', 'Sagsområde', 'KLE-nummer', 'Brugerantal', 'Brugerantal (indtastet)'];
const keptOf = (rows: (string | null)[][], head = HEAD) => {
  const plan = planUpgrade({ values: [head, ...rows] });
  const at = (h: string) => plan.columns.findIndex((c) => c.header === h);
  const of = (h: string) => plan.rows.map((r) => (at(h) < 0 ? undefined : r[at(h)]));
  return {
    headers: plan.columns.map((c) => c.header),
    assessed: of('Brugerantal (vurderet)'),
    typed: of('Brugerantal (indtastet)'),
    extra: of('Brugerantal (2)'),
    plan,
  };
};

test('a typed Brugerantal is the workshop’s judgement: it becomes «Brugerantal (vurderet)» (normalised, an odd value kept and flagged)', () => {
  const out = keptOf(
    [
      ['Social', 'Pension', '32.03', 'mange'],
      ['Social', 'Boligstøtte', '32.04', 'ca. 20'],
    ],
    HEAD.slice(0, 4),
  );
  expect(out.assessed).toEqual(['Mange', 'ca. 20']);
  expect(out.headers).not.toContain('Brugerantal (indtastet)');
  expect(out.plan.assessedFromTyped).toBe(true);
  expect(out.plan.findings.map((f) => f.column)).toEqual(['Brugerantal (vurderet)']);
});

test('our earlier «(indtastet)» column goes to «(vurderet)»; typed values in the formula column beside it are kept as well', () => {
  const out = keptOf([
    ['Social', 'Pension', '32.03', 'Få', 'Mellem'],
    ['Social', 'Boligstøtte', '32.04', 'Mange', null],
  ]);
  expect(out.assessed).toEqual(['Mellem', null]);
  expect(out.extra).toEqual(['Få', 'Mange']);
  expect(out.headers).not.toContain('Brugerantal (indtastet)');
});

test('judgements already in «Brugerantal (vurderet)»: they stay, and the typed Brugerantal is kept beside as «(indtastet)»', () => {
  const out = keptOf(
    [
      ['Social', 'Pension', '32.03', 'Få', 'Mange'],
      ['Social', 'Boligstøtte', '32.04', 'Mellem', null],
    ],
    [...HEAD.slice(0, 4), 'Brugerantal (vurderet)'],
  );
  expect(out.assessed).toEqual(['Mange', null]);
  expect(out.typed).toEqual(['Få', 'Mellem']);
  expect(out.plan.assessedFromTyped).toBe(false);
});
