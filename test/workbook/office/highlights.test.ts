/** Both adapters put the invalid-value highlights on every checked column of the table. */
import { columnLetter } from '../../../src/domain/a1';
import { COLUMNS } from '../../../src/domain/schema';
import { planWorkbook } from '../../../src/workbook/plan';
import { workbookOfPlan } from '../../support/excelRead';
import { highlightedCells } from '../../../src/preview/domainHighlights';
import { newOffice, putR1 } from './officeFixtures';

const plan = planWorkbook();

const checked = COLUMNS.filter((c) => ['list', 'count', 'kle', 'date'].includes(c.kind));

test('every list, count, KLE and date column has a highlight; text and formula columns have none', () => {
  expect(
    [...plan.table.highlights.keys()]
      .map((i) => plan.table.columns[i])
      .map((c) => (c.role === 'schema' ? c.key : c.header))
      .sort(),
  ).toEqual(checked.map((c) => c.key).sort());
});

test.each([
  ['setup', (w: ReturnType<typeof newOffice>) => w.workbook.setup()],
  [
    'upgrade',
    async (w: ReturnType<typeof newOffice>) => {
      putR1(w.fake, 40);
      await w.workbook.upgrade();
    },
  ],
])(
  'Office.js %s: one custom format per checked column, on its whole data body, not by colour alone',
  async (_name, run) => {
    const office = newOffice();
    await run(office);
    const sheet = office.fake.model.sheet('Dokumentation')!;
    const formats = sheet.conditionalFormats;
    expect(formats).toHaveLength(checked.length);
    const table = office.fake.model.tables.find((t) => t.name === 'Dokumentation')!;
    // After an upgrade, typed columns kept beside the formula columns move the later columns to the right.
    const headers = Array.from({ length: table.rect.c1 + 1 }, (_, c) => sheet.cell(table.rect.r0, c)?.value);
    for (const col of checked) {
      const i = headers.indexOf(col.header);
      expect(i).toBeGreaterThanOrEqual(0);
      const f = formats.find((x) => x.rect.c0 === i);
      expect(f).toBeDefined();
      // The rule reads its own column's first data cell and no other cell of the sheet.
      const cells = new Set((f!.formula ?? '').replace(/"[^"]*"/g, '').match(/\b[A-Z]{1,3}\d+\b/g) ?? []);
      expect([...cells]).toEqual([`${columnLetter(i)}${table.rect.r0 + 2}`]);
      expect([f!.rect.c1, f!.rect.r0, f!.rect.r1]).toEqual([i, table.rect.r0 + 1, table.rect.r1]);
      expect({ fill: f!.fill, font: f!.fontColor, bold: f!.bold, borders: f!.borders }).toEqual({
        fill: '#FFC7CE',
        font: '#9C0006',
        bold: true,
        borders: { EdgeTop: 'Dash', EdgeBottom: 'Dash', EdgeLeft: 'Dash', EdgeRight: 'Dash' },
      });
    }
  },
);

/** One rule of each kind as Excel is to get it, written out (highlights.lo.test.ts shows LibreOffice marks by them). */
test('Office.js setup: the rules of a list, a count, the KLE and a date column, in Excel’s UI form', async () => {
  const office = newOffice();
  await office.workbook.setup();
  const formats = office.fake.model.sheet('Dokumentation')!.conditionalFormats;
  const rule = (c: number) => formats.find((x) => x.rect.c0 === c)?.formula;
  expect(rule(0)).toBe('=IFERROR(AND(A2<>"",SUMPRODUCT(--(INDIRECT("Lister!$A$2:$A$300")=A2&""))=0),TRUE)');
  expect(rule(5)).toBe('=IFERROR(OR(ISLOGICAL(F2),IF(ISNUMBER(F2),OR(F2<0,F2<>INT(F2)),F2<>"")),TRUE)');
  expect(rule(2)).toBe(
    '=IFERROR(NOT(OR(C2="",IFERROR(C2=TEXT(--SUBSTITUTE(C2,".",""),IF(LEN(C2)=5,"00\\.00","00\\.00\\.00")),FALSE))),TRUE)',
  );
  expect(rule(35)).toBe('=IFERROR(AND(AJ2<>"",NOT(AND(ISNUMBER(AJ2),NOT(ISLOGICAL(AJ2)),AJ2>36526,AJ2<73051))),TRUE)');
});

test('the file adapter writes the same rules as conditional formats on the table columns', async () => {
  const wb = await workbookOfPlan(planWorkbook({ rows: [COLUMNS.map(() => null), COLUMNS.map(() => null)] }));
  const ws = wb.getWorksheet('Dokumentation')!;
  const cf = (
    ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }
  ).conditionalFormattings;
  expect(cf.map((c) => [c.ref, c.rules[0].type, c.rules[0].formulae[0]])).toEqual(
    [...plan.table.highlights].map(([i, f]) => {
      const letter = String.fromCharCode(65 + (i % 26));
      const ref = i < 26 ? `${letter}2:${letter}3` : `A${letter}2:A${letter}3`;
      return [ref, 'expression', f];
    }),
  );
});

// The marks come from validateCell (the preview's highlight hook); highlights.lo.test.ts evaluates the rule itself.
test('rows added to the table get the highlight rules, as in Excel, and the marks land on the invalid cells', async () => {
  const { fake, workbook } = newOffice();
  await workbook.setup();
  const kle = plan.table.columns.findIndex((c) => c.role === 'schema' && c.key === 'kle');
  const count = plan.table.columns.findIndex((c) => c.role === 'schema' && c.key === 'caseworkerCount');
  const row = (k: string | number, n: string | number) =>
    plan.table.columns.map((_, i) => (i === kle ? k : i === count ? n : ''));
  await fake.run(async (context) => {
    context.workbook.tables.getItem('Dokumentation').rows.add(undefined, [row('32.18.02', 4), row('1701', 'mange')]);
    await context.sync();
  });
  const formats = fake.model.sheet('Dokumentation')!.conditionalFormats;
  expect(new Set(formats.map((f) => f.rect.r1))).toEqual(new Set([3]));
  expect([...highlightedCells(fake.model, 'Dokumentation')].sort()).toEqual([`3:${count}`, `3:${kle}`].sort());
});
