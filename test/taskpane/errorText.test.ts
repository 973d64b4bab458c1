/** errorText: whatever the workbook throws, the pane shows Danish: never Excel's English message, a code alone, or a stack. */
import { errorText } from '../../src/taskpane/errorText';
import { S } from '../../src/taskpane/strings';
import { UpgradeError } from '../../src/domain/upgrade';
import { FakeExcelError, type FakeErrorCode } from '../support/standIn';
import { InterruptedError, NotSetUpError, UserError } from '../../src/workbook/errors';
import { englishIn } from '../support/english';

/** As Office.js throws them: a code, and an English message. */
const office = (code: string, message = 'The operation failed.') =>
  Object.assign(new Error(`${code}: ${message}`), { code, name: 'RichApi.Error' });

/** Excel's error codes the user can do something about, and what the Danish text must tell them (written here, not read from strings.ts). */
const MEANINGS: [FakeErrorCode, RegExp][] = [
  ['AccessDenied', /beskyttet.*Fjern arkbeskyttelse/],
  ['InvalidOperationInCellEditMode', /redigere en celle.*Enter eller Esc/],
  ['ApiNotFound', /Opdater Excel/],
  ['ItemNotFound', /findes ikke længere.*Undersøg igen/],
  ['ItemAlreadyExists', /navn.*allerede taget/],
  ['Conflict', /samtidig.*Prøv igen/],
  ['GeneralException', /intern fejl.*luk projektmappen/],
  ['RequestPayloadSizeLimitExceeded', /for stor/],
  ['ResponsePayloadSizeLimitExceeded', /for stort/],
];

test.each(MEANINGS)('Excel error %s: says what to do in Danish, without Excel’s message or code', (code, meaning) => {
  const text = errorText(new FakeExcelError(code, 'You cannot perform the requested operation.'));
  expect(text).toMatch(meaning);
  expect(text).not.toContain(code);
  expect(englishIn(text)).toEqual([]);
});

test('each of those errors has its own text', () => {
  const texts = MEANINGS.map(([code]) => errorText(new FakeExcelError(code, 'x')));
  expect(new Set(texts).size).toBe(MEANINGS.length);
});

test('an Excel error code the pane does not know: Danish, with the code for support', () => {
  expect(errorText(office('FilteredRangeConflict', 'The operation conflicts with a filtered range.'))).toBe(
    'Excel kunne ikke udføre handlingen (fejlkode FilteredRangeConflict). Prøv igen; sker det igen, så luk projektmappen og åbn den igen.',
  );
});

test.each([
  ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'values')")],
  ['a string', 'boom'],
  ['null', null],
])('%s (a bug, not Excel): Danish, and nothing of the original', (_name, thrown) => {
  const text = errorText(thrown);
  expect(text).toBe(S.errors.unexpected);
  expect(englishIn(text)).toEqual([]);
});

test('the adapters’ own Danish messages are shown as they are', () => {
  expect(errorText(new UserError('Ugyldig række: -1.'))).toBe('Ugyldig række: -1.');
  expect(errorText(new NotSetUpError())).toMatch(/^Projektmappen har intet dokumentationsark/);
  expect(errorText(new UpgradeError('Kan ikke finde overskriftsrækken.'))).toBe('Kan ikke finde overskriftsrækken.');
});

test('an interrupted setup or upgrade: what happened, why, and what to do', () => {
  const cause = office('AccessDenied');
  expect(errorText(new InterruptedError('setup', cause, true))).toBe(
    `Oprettelsen blev afbrudt. ${S.errors.codes.AccessDenied} Projektmappen er sat tilbage, som den var, så du kan prøve igen.`,
  );
  const text = errorText(
    new InterruptedError('upgrade', cause, false, { sheet: 'Ark1', backup: 'Dokumentation (før opgradering)' }),
  );
  expect(text).toMatch(/^Opgraderingen blev afbrudt\. Excel tillod ikke ændringen\./);
  // Never tells the user to delete sheets: after a failed roll-back they may still be the user's own.
  expect(text).toMatch(/Luk den uden at gemme.*Slet ingen ark, før du har set efter/);
  expect(text).toMatch(/Dine data er urørte i arket «Ark1», som nu måske hedder «Dokumentation \(før opgradering\)»/);
  expect(englishIn(text)).toEqual([]);
});
