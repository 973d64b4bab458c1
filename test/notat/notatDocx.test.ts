/** The notat as Word markup: every table as wide as the text of its page, its texts and figures in place. */
import { buildNotat } from '../../src/domain/notat';
import { DEFAULT_SETTINGS } from '../../src/domain/prioritisation';
import { defaultLists } from '../../src/domain/validation';
import { columnWidths, notatBuffer, TEXT_WIDTH } from '../../src/notat/notatDocx';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { AREAS, generateRows } from '../support/generate';

const notat = buildNotat({
  rows: generateRows(80, 3).map((values, i) => ({ excelRow: i + 2, values })),
  lists: defaultLists(AREAS),
  settings: DEFAULT_SETTINGS,
  today: new Date(2026, 11, 7),
});
let xml = '';

beforeAll(async () => {
  const parts = unpackAll(Buffer.from(await notatBuffer(notat)), 'notat.docx');
  xml = parts.get('word/document.xml')!.toString('utf8');
});

test('column widths add up to the text width exactly', () => {
  for (const shares of [[1], [1, 1, 1], [0.6, 3, 2, 1.9, 2.1, 1.3], [20, 70, 99, 38]]) {
    for (const total of [TEXT_WIDTH.portrait, TEXT_WIDTH.landscape]) {
      const widths = columnWidths(shares, total);
      expect(widths.reduce((s, w) => s + w, 0)).toBe(total);
      expect(widths.every((w) => w > 0)).toBe(true);
    }
  }
});

test('every table’s grid is as wide as the text of its page (portrait, then the landscape appendix)', () => {
  const tables = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:gridCol w:w="(\d+)"/g)].reduce((s, g) => s + Number(g[1]), 0),
  );
  // Baggrund, scenarier, rækkefølge, uden beslutning, fund; then the appendix.
  expect(tables).toEqual([...Array(5).fill(TEXT_WIDTH.portrait), TEXT_WIDTH.landscape]);
  const sections = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
  expect(sections).toHaveLength(2);
  expect(sections[1]).toMatch(/w:orient="landscape"/);
  expect(Number(/w:w="(\d+)"/.exec(sections[1]!)![1])).toBe(16838);
});

test('the texts and the figures are in the document, header rows repeat', () => {
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  expect(text).toContain('Beslutningsnotat: KMD Sag Exit-strategi');
  expect(text).toContain(notat.indstilling.points[0]!);
  expect(text).toContain(notat.background.text[1]!);
  for (const o of notat.order) expect(text).toContain(o.caseArea);
  expect(xml).toMatch(/<w:tblHeader\/>/);
  expect(xml).toMatch(/<w:cantSplit\/>/);
});
