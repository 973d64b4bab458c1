/** @jest-environment jsdom */
/**
 * «Hent udkast til beslutningsnotat (.docx)» on an upgraded sheet behind the stand-in: the pane builds the same notat
 * as dokark notat from what it reads, and hands it to a download link; where the host refuses, it names the alternatives.
 */
import '../support/jsdomShims';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { danishNumber } from '../../src/domain/danishFormat';
import { needsDecision, SCENARIO_LABELS } from '../../src/domain/lists';
import { buildNotat } from '../../src/domain/notat';
import { unpackAll } from '../../src/workbook/file/zipRead';
import { createFakeExcel } from '../support/standIn';
import { officeOn, putR1 } from '../workbook/office/officeFixtures';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const BUTTON = 'Hent udkast til beslutningsnotat (.docx)';

async function upgradedWithDecisions() {
  const fake = createFakeExcel({ apiVersion: '1.12', keepLog: false });
  putR1(fake, 40);
  const workbook = officeOn(fake);
  await workbook.upgrade();
  const cd = (await workbook.snapshot()).rows.filter((r) => needsDecision(r.values.usagePattern));
  await workbook.writeRow(cd[1]!.index, { decidedScenario: SCENARIO_LABELS[1]!, decidedOrder: 1 });
  await workbook.writeRow(cd[3]!.index, {
    decidedScenario: SCENARIO_LABELS[3]!,
    moveBy: new Date(Date.UTC(2027, 2, 15)),
  });
  return workbook;
}

const readBlob = (blob: Blob) =>
  new Promise<Buffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

const documentText = (docx: Buffer) =>
  [
    ...unpackAll(docx, 'notat.docx')
      .get('word/document.xml')!
      .toString('utf8')
      .matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
  ]
    .map((m) => m[1])
    .join(' ');

let saved: { blob: Blob; name: string }[];
const urls = new Map<string, Blob>();
beforeEach(() => {
  saved = [];
  urls.clear();
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      const url = `blob:notat/${urls.size}`;
      urls.set(url, blob);
      return url;
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: urls.get(this.href)!, name: this.download });
  });
});
afterEach(() => jest.restoreAllMocks());

test('the button builds the notat from the sheet and hands it to a download link, then says where it went', async () => {
  const workbook = await upgradedWithDecisions();
  render(<App workbook={workbook} initialTab="views" />);
  fireEvent.click(await screen.findByRole('button', { name: BUTTON }));
  const status = await screen.findByText(/Notatet er hentet som beslutningsnotat-\d{4}-\d{2}-\d{2}\.docx/);
  expect(status.textContent).toContain('Excel på internettet');
  expect(status.textContent).toContain('dokark notat FIL.xlsx -o beslutningsnotat.docx');
  expect(saved).toHaveLength(1);
  expect(saved[0]!.name).toMatch(/^beslutningsnotat-\d{4}-\d{2}-\d{2}\.docx$/);
  const text = documentText(await readBlob(saved[0]!.blob));
  // The same notat the model gives for the workbook as it reads now.
  const notat = buildNotat({ ...(await workbook.snapshot()), today: new Date() });
  expect(text).toContain(notat.indstilling.points[0]!);
  expect(text).toContain(notat.background.text[1]!);
  expect(text).toContain(danishNumber(notat.scenarios.at(-1)!.caseworkers[0]));
  expect(notat.order[0]!.scenario).toBe('Scenarie 2');
  expect(notat.order.some((o) => o.moveBy === '15-03-2027')).toBe(true);
  expect(text).toContain('15-03-2027');
  expect(screen.getByRole('button', { name: BUTTON })).toHaveProperty('disabled', false);
});

test('where the host refuses the download, the pane says so and names Excel på internettet and dokark notat', async () => {
  const workbook = await upgradedWithDecisions();
  (URL.createObjectURL as jest.Mock).mockImplementation(() => {
    throw new Error('blocked');
  });
  render(<App workbook={workbook} initialTab="views" />);
  fireEvent.click(await screen.findByRole('button', { name: BUTTON }));
  const status = await screen.findByText(/Notatet kunne ikke gemmes herfra/);
  expect(status.textContent).toMatch(/Excel på internettet .*dokark notat FIL\.xlsx -o beslutningsnotat\.docx/);
  expect(saved).toEqual([]);
});

test('a sheet that cannot be read gives the reason in Danish, and nothing is saved', async () => {
  const workbook = await upgradedWithDecisions();
  render(<App workbook={workbook} initialTab="views" />);
  const button = await screen.findByRole('button', { name: BUTTON });
  jest.spyOn(workbook, 'snapshot').mockRejectedValue(Object.assign(new Error('x'), { code: 'GeneralException' }));
  fireEvent.click(button);
  await screen.findByText(/^Der skete en fejl: /);
  expect(saved).toEqual([]);
});
