/** @jest-environment jsdom */
/** Reading never writes: the pane shows what it found in the computed columns, and repairs only when asked. */
import '../support/jsdomShims';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { SHEET, TABLE_NAME } from '../../src/domain/sheetLayout';
import { column } from '../../src/domain/schema';
import { createFakeExcel } from '../support/standIn';
import { officeOn } from '../workbook/office/officeFixtures';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

test('rows added without AutoCorrect: Tjek shows the missing formulas, changes nothing, and the button puts them in', async () => {
  const fake = createFakeExcel({ calculatedColumns: false, apiVersion: '1.12' });
  const workbook = officeOn(fake);
  await workbook.setup();
  await fake.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    table.rows.add();
    table.rows.add();
    await context.sync();
  });
  const priority = () => {
    const [head, ...rows] = fake.cells(SHEET.documentation);
    const c = head.indexOf(column('priority').header);
    const t = fake.model.table(TABLE_NAME)!;
    return rows.map((_, i) => t.sheet.cell(t.rect.r0 + 1 + i, c)?.formula);
  };
  expect(priority().filter(Boolean)).toHaveLength(1);
  fake.resetStats();
  render(<App workbook={workbook} initialTab="check" />);
  expect(await screen.findByText('Formlen i Prioritet mangler i 2 rækker.')).toBeTruthy();
  // The only write is the selection event's subscription: no cell, table or sheet changed.
  expect(fake.log.filter((l) => /^[A-Z]\w*\.\w+/.test(l))).toEqual(['Worksheet.onSelectionChanged.add']);
  fireEvent.click(screen.getByRole('button', { name: 'Sæt kolonnens formel ind igen' }));
  expect(await screen.findByText(/Formlen i Prioritet manglede i 2 rækker og er sat ind igen\./)).toBeTruthy();
  expect(priority().every((f) => typeof f === 'string' && f.startsWith('='))).toBe(true);
  expect(screen.queryByText('Formlen i Prioritet mangler i 2 rækker.')).toBeNull();
});
