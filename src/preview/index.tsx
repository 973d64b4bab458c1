/**
 * The preview page: the real task pane beside the in-browser fake Excel, drawn as a grid.
 * office.js is loaded too, but outside Office it has no Excel namespace, so the pane is wired to the fake directly.
 */
import { createRoot } from 'react-dom/client';
import { PreviewPage } from './PreviewPage';
import { createFakeExcel } from '../excelStandIn';
import { calculateSheetFormulas } from './domainCalculation';
import { OfficeWorkbook } from '../workbook/office/officeWorkbook';
import { NEWEST_EXCEL_API } from '../workbook/office/excelRun';

/**
 * The preview emulates today's Excel (Microsoft 365): the newest API set the adapter uses. `?excelapi=1.8` shows the
 * path of an older Excel (Excel 2019), where the pane falls back and says so.
 */
const asked = new URLSearchParams(window.location.search).get('excelapi');
const apiVersion = asked && /^1\.\d{1,2}$/.test(asked) ? asked : NEWEST_EXCEL_API;
const fake = createFakeExcel({ calculate: calculateSheetFormulas, apiVersion });
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
