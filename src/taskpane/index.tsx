/** Entry of the task pane: in Excel, the pane on the Office.js adapter; elsewhere, a Danish notice. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { OfficeWorkbook } from '../workbook/office/officeWorkbook';
import { App } from './App';
import { S } from './strings';

function mount(node: JSX.Element) {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(node);
}

void Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    const workbook = new OfficeWorkbook(
      (batch) => Excel.run(batch),
      (version: string) => Office.context.requirements.isSetSupported('ExcelApi', version),
      (context, batch) => Excel.run(context, batch),
    );
    mount(<App workbook={workbook} />);
  } else {
    mount(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="info">
          <MessageBarBody>{S.outsideExcel}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
});
