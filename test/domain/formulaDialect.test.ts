import {
  fileFunctionName,
  formulaPieces,
  fromR1C1,
  hasFilePrefix,
  moveReferences,
  normaliseFormula,
  PREFIXED_FUNCTIONS,
  toApiForm,
  toFileForm,
  toR1C1,
} from '../../src/domain/formulaDialect';
import { formulaFor } from '../../src/domain/prioritisationFormulas';
import { COMPUTED_KEYS } from '../../src/domain/schema';
import { TABLE_NAME } from '../../src/domain/sheetLayout';
import { EXCEL_FUNCTIONS } from '../../src/excelStandIn/core/excelFunctions';

describe('API form → file form', () => {
  test.each([
    ['=[@Kompleksitet]', 'T[[#This Row],[Kompleksitet]]'],
    ['=[@[Antal sagsbehandlere]]*2', 'T[[#This Row],[Antal sagsbehandlere]]*2'],
    ['=SUM([Antal])', 'SUM(T[Antal])'],
    ['=SUM(Andre[Antal])', 'SUM(Andre[Antal])'],
    ['=T[[#This Row],[A]]', 'T[[#This Row],[A]]'],
    ['=IFS(A1>1,1,TRUE,0)', '_xlfn.IFS(A1>1,1,TRUE,0)'],
    ['=ifs(A1>1,1,TRUE,0)', '_xlfn.ifs(A1>1,1,TRUE,0)'],
    ['=IFERROR(PERCENTILE.INC(T[Antal],1/3),"")', 'IFERROR(_xlfn.PERCENTILE.INC(T[Antal],1/3),"")'],
    ['=MYIFS(1)', 'MYIFS(1)'],
    ['=Lister!$K$6+IFNA(1,2)', 'Lister!$K$6+_xlfn.IFNA(1,2)'],
    ['="IFS(1) [@x]"&[@x]', '"IFS(1) [@x]"&T[[#This Row],[x]]'],
    ['=""&[@x]', '""&T[[#This Row],[x]]'],
    // A " in a header is the header's, not the start of a literal.
    ['=[@[a"b]]&IFS(1,2)', 'T[[#This Row],[a"b]]&_xlfn.IFS(1,2)'],
  ])('%s', (api, file) => {
    expect(toFileForm(api, 'T')).toBe(file);
  });

  test('without a table, references stay unqualified', () => {
    expect(toFileForm('=SUM([Antal])', null)).toBe('SUM([Antal])');
  });

  test('the names it prefixes are Excel functions the stand-in knows', () => {
    expect([...PREFIXED_FUNCTIONS].filter((f) => !EXCEL_FUNCTIONS.has(f))).toEqual([]);
    expect(fileFunctionName('RANK.EQ')).toBe('_xlfn.RANK.EQ');
    expect(fileFunctionName('RANK')).toBe('RANK');
    expect(hasFilePrefix('_XLFN.IFS')).toBe(true);
    expect(hasFilePrefix('IFS')).toBe(false);
  });
});

describe('file form → API form', () => {
  test('drops _xlfn. outside literals', () => {
    expect(toApiForm('IFERROR(_xlfn.PERCENTILE.INC(T[A],1/3),"_xlfn.")')).toBe(
      'IFERROR(PERCENTILE.INC(T[A],1/3),"_xlfn.")',
    );
  });

  test.each(COMPUTED_KEYS)('round trip of the computed column %s', (key) => {
    const file = formulaFor(key, { typedColumns: ['userCountCategory', 'cleanupScope'] });
    const api = `=${toApiForm(file)}`;
    expect(api).not.toContain('_xlfn.');
    expect(toFileForm(api, TABLE_NAME)).toBe(file);
    expect(normaliseFormula(api, TABLE_NAME)).toBe(normaliseFormula(`=${file}`, TABLE_NAME));
  });

  test.each([
    '=IF([@Kompleksitet]="","",IFS([@[Antal sagsbehandlere]]>1,"x",TRUE,"y"))',
    '=SUM(T[Antal])+[@Antal]&"[@Antal] IFS("',
    '=IFERROR(PERCENTILE.INC(T[[KLE-nummer]],1/3),"")',
  ])('round trip API → file → API keeps the meaning: %s', (api) => {
    const file = toFileForm(api, 'T');
    expect(normaliseFormula(`=${toApiForm(file)}`, 'T')).toBe(normaliseFormula(api, 'T'));
    expect(toFileForm(`=${toApiForm(file)}`, 'T')).toBe(file);
  });
});

describe('one form for comparing', () => {
  test.each([
    ['=Dokumentation[[#This Row],[Kolonne]]', '=[@Kolonne]'],
    ['=Dokumentation[@Kolonne]', '=[@[Kolonne]]'],
    ['=SUM(Dokumentation[[Kolonne]])', '=sum( Dokumentation[Kolonne] )'],
    ['=_xlfn.IFS(1,2)', '=IFS(1,2)'],
  ])('%s is %s', (a, b) => {
    expect(normaliseFormula(a, 'Dokumentation')).toBe(normaliseFormula(b, 'Dokumentation'));
  });

  test('text in literals counts', () => {
    expect(normaliseFormula('="A b"', 'T')).not.toBe(normaliseFormula('="a b"', 'T'));
  });
});

describe('R1C1', () => {
  test.each([
    ['=A1+$B$2+C$3+$D5', 5, 3, '=R[-4]C[-2]+R2C2+R3C+RC4'],
    ['=SUM(A5:A9)', 5, 1, '=SUM(RC:R[4]C)'],
    ['=[@A1]&"B2"&Lister!K6', 1, 1, '=[@A1]&"B2"&Lister!R[5]C[10]'],
  ])('%s in row %i, column %i', (a1, row, column, r1c1) => {
    expect(toR1C1(a1, row, column)).toBe(r1c1);
    expect(fromR1C1(r1c1, row, column)).toBe(a1);
  });

  test('R1C1 offsets are not structured references', () => {
    expect(formulaPieces('=R[-1]C&[@x]').map((p) => p.kind)).toEqual(['code', 'ref']);
  });

  test('moving references leaves other sheets, tables and text', () => {
    expect(
      moveReferences(
        '=A1+Lister!A1+[@A1]&"A1"',
        (c) => c + 1,
        (r) => r + 2,
      ),
    ).toBe('=B3+Lister!A1+[@A1]&"A1"');
  });
});
