/** Layout of the preview: a header, the workbook grid on the left and the task pane on the right. */
import { useEffect, useMemo, useState } from 'react';
import { Button, FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { chartsOn, readValue, type FakeExcel, type SheetModel } from '../excelStandIn';
import type { ChartRangeModel } from '../excelStandIn/optional/chart';
import type { PreviewChart } from './ChartDrawing';
import type { LiveWorkbook } from '../workbook/types';
import { App } from '../taskpane/App';
import { highlightedCells } from './domainHighlights';
import { columnLetter } from '../domain/a1';
import { WorkbookGrid, type GridSource } from './WorkbookGrid';
import { insertSampleRows } from './seed';
import { P } from './previewStrings';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  pane: {
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The stand-in's charts of a sheet, with the values (as shown) of each series' and category range. */
function previewCharts(sheet: SheetModel | null | undefined): PreviewChart[] {
  const cellsOf = (r: ChartRangeModel | null) => {
    if (!r) return [];
    const out: unknown[] = [];
    for (let row = r.rect.r0; row <= r.rect.r1; row++) out.push(readValue(r.sheet.cell(row, r.rect.c0)));
    return out;
  };
  return (sheet ? chartsOn(sheet) : []).map((c) => ({
    title: c.title,
    description: c.series.map((s) => s.name).join(', '),
    categories: cellsOf(c.series[0]?.categories ?? null).map((v) => String(v ?? '')),
    series: c.series.map((s) => ({
      name: s.name,
      values: cellsOf(s.values).map((v) => (typeof v === 'number' ? v : 0)),
    })),
  }));
}

function gridSource(fake: FakeExcel): GridSource {
  let version = 0;
  const listeners = new Set<() => void>();
  const bump = () => {
    version++;
    listeners.forEach((l) => l());
  };
  fake.onChange(bump);
  return {
    sheetNames: () => fake.sheetNames(),
    cells: (sheet) => fake.shownCells(sheet),
    selection: () => {
      const sel = fake.model.selection;
      return { sheet: fake.model.activeSheet.name, row: sel.r0, column: sel.c0 };
    },
    select: (sheet, row, column) => {
      fake.setSelection(sheet, `${columnLetter(column)}${row + 1}`);
      bump();
    },
    hidden: (sheet) => {
      const model = fake.model.sheet(sheet);
      return { rows: model?.hiddenRows ?? new Set(), columns: model?.hiddenColumns ?? new Set() };
    },
    flagged: (sheet) => highlightedCells(fake.model, sheet),
    charts: (sheet) => previewCharts(fake.model.sheet(sheet)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

export function PreviewPage({
  fake,
  workbook,
  officeReady,
}: {
  fake: FakeExcel;
  workbook: LiveWorkbook;
  officeReady: Promise<boolean>;
}) {
  const styles = useStyles();
  const source = useMemo(() => gridSource(fake), [fake]);
  const [office, setOffice] = useState<boolean | null>(null);
  const [status, setStatus] = useState<string>(P.intro);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void officeReady.then(setOffice);
  }, [officeReady]);

  const sample = async () => {
    setBusy(true);
    try {
      if ((await workbook.detect()).status !== 'ready') setStatus(P.sampleNeedsSetup);
      else setStatus(P.sampleDone(await insertSampleRows(fake, workbook)));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setBusy(true);
    try {
      // Loaded on first use: ExcelJS stays out of the page until someone downloads.
      const { exportWorkbook } = await import('./exportWorkbook');
      const bytes = await exportWorkbook(fake.model);
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = P.downloadName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(P.downloadDone);
    } catch {
      setStatus(P.downloadFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{P.title}</h1>
        <Button onClick={() => void sample()} disabled={busy}>
          {P.sample}
        </Button>
        <Button onClick={() => void download()} disabled={busy}>
          {P.download}
        </Button>
        <Text role="status">{status}</Text>
        {office !== null && <Text size={200}>{P.officeLoaded(office)}</Text>}
      </header>
      <main className={styles.body}>
        <div className={styles.grid}>
          <WorkbookGrid source={source} />
        </div>
        <aside className={styles.pane} aria-label={P.paneLabel}>
          <App workbook={workbook} />
        </aside>
      </main>
    </FluentProvider>
  );
}
