/** The stand-in reads formulas like Excel: what it refuses fails the sync with InvalidArgument and says why. */
import { formulaProblem, type FormulaPlace } from '../../src/excelStandIn/core/formulaCheck';
import { createFakeExcel, FakeExcelError, type FakeExcel } from '../support/standIn';
import { officeOn } from '../workbook/office/officeFixtures';
import { SHEET, TABLE_NAME } from '../../src/domain/sheetLayout';
import { formulaFor, lowThresholdFormula } from '../../src/domain/prioritisationFormulas';
import { toApiForm } from '../../src/domain/formulaDialect';

let fake: FakeExcel;
beforeAll(async () => {
  fake = createFakeExcel();
  await officeOn(fake).setup();
  fake.put('Ark med mellemrum', 'A1', [[1]]);
  fake.put(SHEET.documentation, 'AH1', [['x']]);
});

const site = (place: FormulaPlace = 'cell') => ({
  model: fake.model,
  sheet: fake.model.sheet(SHEET.documentation)!,
  place,
  at: { r: 1, c: 0 },
});
const problem = (f: string, place?: FormulaPlace) => formulaProblem(f, site(place));

test.each([
  '=1+2*3^2-4/5&"a"',
  '=IF(A1="",,"x")',
  '=SUM(A1:B3,$C$1,D:D,2:2)',
  "='Ark med mellemrum'!A1+Lister!$K$2",
  '=IFERROR(PERCENTILE.INC(Dokumentation[Antal sagsbehandlere],1/3),"")',
  '=COUNTIFS(Dokumentation[Fagområde],"Borgerservice",Dokumentation[Brugsmønster],"<>")',
  '=Dokumentation[[#This Row],[Antal sagsbehandlere]]',
  '=Dokumentation[@Fagområde]&[@[Sagsområde]]',
  '=SUM(Dokumentation[[#Data],[Antal sagsbehandlere]:[Antal manuelle sager i KMD Sag]])',
  '=ROWS(Dokumentation[#All])',
  '=INDEX(Dokumentation,2,MATCH("Sagsområde",Dokumentation[[#Headers]],0))',
  '=AGGREGATE(15,6,ROW(A1:A5)/(A1:A5<>""),1)+SUMPRODUCT(--(A1:A3>0))',
  '=TEXT(--SUBSTITUTE(A1,".",""),"00\\.00")',
  '=INDEX(Lister!$K$7:$M$9,MATCH("Lav",Lister!$J$7:$J$9,0),1)',
  '=-A1%+{1,2;3,4}',
  '=LEFT("a""b",1)&#N/A',
  '=COUNTIF(INDEX(Dokumentation[Fagområde],1):Dokumentation[[#This Row],[Fagområde]],"x")',
])('accepted: %s', (f) => expect(problem(f)).toBeNull());

test.each([
  ['=SUM(A1', /mangler sin «\)»/],
  ['=SUM(A1))', /«\)» for meget/],
  ['=SUM(A1;A2)', /komma, ikke «;»/],
  ['=HVIS(A1;1;2)', /«HVIS» findes ikke/],
  ['=_xlfn.PERCENTILE.INC(A1:A3,0.5)', /uden «_xlfn\.»/],
  ['=A1&"abc', /afsluttende «"»/],
  ['=Ukendt!A1', /arket «Ukendt» findes ikke/],
  ['=Tabel9[Fagområde]', /tabellen «Tabel9» findes ikke/],
  ['=Dokumentation[Ingen kolonne]', /ingen kolonne «Ingen kolonne»/],
  ['=Dokumentation[[#This Row],[Findes ikke]]', /ingen kolonne/],
  ['=Dokumentation[[#Denne række],[Fagområde]]', /ukendt tabeldel/],
  ['=Prioritetstal*2', /ukendt navn/],
  ['=1+', /mangler noget efter/],
  ['=', /tom/],
  ['SUM(A1)', /begynder med «=»/],
])('refused: %s', (f, why) => expect(problem(f)).toMatch(why));

test("a column name with [ ] # or ' needs Excel's escape inside a structured reference", async () => {
  await fake.run(async (context) => {
    context.workbook.tables.getItem(TABLE_NAME).columns.add(undefined, undefined, 'Nr. [#1]');
    await context.sync();
  });
  expect(problem("=Dokumentation[[#This Row],[Nr. '['#1']]]")).toBeNull();
  expect(problem("=Dokumentation[[Nr. '['#1']]]")).toBeNull();
  expect(problem('=Dokumentation[[#This Row],[Nr. [#1]]]')).not.toBeNull();
});

test('a header with special characters stands in its own brackets; a space alone needs none (Microsoft: structured references)', () => {
  expect(problem('=COUNTA(Dokumentation[KLE-nummer])')).toMatch(/egne klammer/);
  expect(problem("=COUNTA(Dokumentation[Nr. '['#1']])")).toMatch(/egne klammer/);
  expect(problem('=COUNTA(Dokumentation[[KLE-nummer]])')).toBeNull();
  expect(problem('=COUNTA(Dokumentation[[Sagsbehandlere (C/D)]])')).toBeNull();
  expect(problem('=COUNTA(Dokumentation[Sagsbehandlere (C/D)])')).toMatch(/egne klammer/);
  expect(problem('=COUNTA(Dokumentation[Anvender KMD Sag])')).toBeNull();
  expect(problem('=Dokumentation[[#This Row],[KLE-nummer]]')).toBeNull();
});

test('conditional formats and validation take no structured references or array constants', () => {
  expect(problem('=Dokumentation[Fagområde]="x"', 'conditionalFormat')).toMatch(/strukturerede referencer/);
  expect(problem('=OR(A2={1,2})', 'validation')).toMatch(/matrixkonstanter/);
  expect(problem(`=AND(${'A2<>"x",'.repeat(40)}TRUE)`, 'validation')).toMatch(/255 tegn/);
  expect(
    problem('=IFERROR(SUMPRODUCT(--(INDIRECT("Lister!$A$2:$A$300")=A2&""))=0,TRUE)', 'conditionalFormat'),
  ).toBeNull();
});

test('the sync fails with InvalidArgument, naming the formula, and the cell is not written', async () => {
  const error = await fake
    .run(async (context) => {
      context.workbook.worksheets.getItem('Ark med mellemrum').getRange('B1').formulas = [['=SUMIF(A1;1)']];
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FakeExcelError);
  expect((error as FakeExcelError).code).toBe('InvalidArgument');
  expect((error as Error).message).toContain('=SUMIF(A1;1)');
  expect(fake.cells('Ark med mellemrum')[0]).toEqual([1]);
  for (const [what, write] of [
    ['rule', (r: Excel.Range) => (r.dataValidation.rule = { custom: { formula: '=Dokumentation[Fagområde]<>""' } })],
    [
      'format',
      (r: Excel.Range) =>
        (r.conditionalFormats.add('Custom' as Excel.ConditionalFormatType).custom.rule.formula = '=FOO(A1)'),
    ],
  ] as const) {
    const refused = fake.run(async (context) => {
      write(context.workbook.worksheets.getItem('Ark med mellemrum').getRange('C1:C5'));
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: 'InvalidArgument' });
    void what;
  }
});

test('every computed column formula the adapter writes is one Excel takes', () => {
  for (const key of ['userCountCategory', 'cleanupScope', 'priority'] as const)
    expect(problem(`=${toApiForm(formulaFor(key))}`)).toBeNull();
  // The file form (with _xlfn.) is not what Office.js takes.
  expect(problem(`=${toApiForm(lowThresholdFormula())}`)).toBeNull();
  expect(problem(`=${lowThresholdFormula()}`)).toMatch(/_xlfn/);
});
