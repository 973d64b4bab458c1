/**
 * The preview page: the real task pane beside the in-browser fake Excel, drawn as a grid.
 * office.js is loaded too, but outside Office it has no Excel namespace, so the pane is wired to the fake directly.
 */
import { createRoot } from 'react-dom/client';
import { PreviewPage } from './PreviewPage';
import { createFakeExcel } from '../excelStandIn';
import { calculateSheetFormulas } from './domainCalculation';
import { OfficeWorkbook } from '../workbook/office/officeWorkbook';

const fake = createFakeExcel({ calculate: calculateSheetFormulas });
const workbook = new OfficeWorkbook(fake.run, (version: string) =>
  fake.requirements.isSetSupported('ExcelApi', version),
);
(window as unknown as { dokark: unknown }).dokark = { fake, workbook };

const officeReady =
  typeof Office !== 'undefined'
    ? Office.onReady().then(
        () => true,
        () => true,
      )
    : Promise.resolve(false);

const container = document.getElementById('root');
if (container) createRoot(container).render(<PreviewPage fake={fake} workbook={workbook} officeReady={officeReady} />);
