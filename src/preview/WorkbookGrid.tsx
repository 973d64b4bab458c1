/** The fake workbook drawn as accessible HTML tables, one per sheet behind sheet tabs; clicking a cell selects it. */
import { columnLetter } from '../domain/a1';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type React from 'react';
import { Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { INVALID_STYLE } from '../domain/highlightFormulas';
import { P } from './previewStrings';
import { ChartDrawing, type PreviewChart } from './ChartDrawing';
import { UNCOMPUTED } from '../excelStandIn/core/model';

export type GridValue = string | number | boolean | null | undefined;

/** What the grid needs from the in-browser workbook. */
export interface GridSource {
  sheetNames(): string[];
  cells(sheet: string): GridValue[][];
  /** Sheet and A1 address (top-left cell) of the selection. */
  selection(): { sheet: string; row: number; column: number } | null;
  select(sheet: string, row: number, column: number): void;
  /** Rows hidden by a filter and columns hidden by a preset: drawn as Excel draws them, not at all. */
  hidden(sheet: string): { rows: ReadonlySet<number>; columns: ReadonlySet<number> };
  /** "row:column" of the cells the sheet's conditional formats mark as invalid. */
  flagged(sheet: string): ReadonlySet<string>;
  /** The sheet's charts with the values their ranges show now (drawn under the grid). */
  charts?(sheet: string): PreviewChart[];
  subscribe(listener: () => void): () => void;
  version(): number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, height: '100%' },
  // Seven sheets after an upgrade: the tabs wrap inside the grid's column instead of running under the pane.
  tabs: { flexWrap: 'wrap' },
  scroller: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  corner: { backgroundColor: tokens.colorNeutralBackground3, position: 'sticky', top: 0, left: 0, zIndex: 2 },
  colHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    position: 'sticky',
    left: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    maxWidth: '14em',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
    // Room for the sticky column letters and row numbers when a cell is scrolled into view.
    scrollMarginTop: '2em',
    scrollMarginLeft: '4em',
  },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
  // As the workbook's conditional format: fill, dark red bold text and a dashed border (not colour alone).
  flagged: {
    backgroundColor: `#${INVALID_STYLE.fill}`,
    color: `#${INVALID_STYLE.font}`,
    fontWeight: tokens.fontWeightBold,
    border: `1px dashed #${INVALID_STYLE.font}`,
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorBrandBackground2Hover,
  },
});

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** A formula the stand-in does not compute (Excel would) shows its text, as before it is calculated. */
const shown = (v: GridValue) =>
  v === null || v === undefined
    ? ''
    : typeof v === 'boolean'
      ? v
        ? 'SAND'
        : 'FALSK'
      : String(v).replace(UNCOMPUTED, '');

export function WorkbookGrid({ source }: { source: GridSource }) {
  const styles = useStyles();
  useSyncExternalStore(source.subscribe, source.version);
  const names = source.sheetNames();
  const selection = source.selection();
  const [chosen, setSheet] = useState(names[0] ?? '');
  // The selection's sheet comes forward when it changes; a sheet that was removed falls back to one that exists.
  useEffect(() => {
    if (selection) setSheet(selection.sheet);
  }, [selection?.sheet]); // eslint-disable-line react-hooks/exhaustive-deps
  const sheet = names.includes(chosen)
    ? chosen
    : selection && names.includes(selection.sheet)
      ? selection.sheet
      : (names[0] ?? '');

  const grid = sheet ? source.cells(sheet) : [];
  const width = Math.max(5, ...grid.map((r) => r.length));
  const height = Math.max(grid.length + 2, 15);
  const here = selection?.sheet === sheet ? selection : null;
  const hidden = sheet ? source.hidden(sheet) : { rows: new Set<number>(), columns: new Set<number>() };
  const flagged = sheet ? source.flagged(sheet) : new Set<string>();
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => !hidden.columns.has(c));
  const rows = Array.from({ length: height }, (_, r) => r).filter((r) => !hidden.rows.has(r));
  const tableRef = useRef<HTMLTableElement>(null);
  const keyboardMove = useRef(false);
  useEffect(() => {
    if (!keyboardMove.current) return;
    keyboardMove.current = false;
    tableRef.current?.querySelector<HTMLElement>('td[aria-selected="true"]')?.focus();
  });
  // A selection made elsewhere (Tjek, the pane's row navigation) scrolls its cell into view, as Excel does.
  const selectedAt = here ? `${sheet}!${here.row}:${here.column}` : '';
  useEffect(() => {
    if (selectedAt)
      tableRef.current
        ?.querySelector('td[aria-selected="true"]')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedAt]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = ARROWS[e.key];
    if (!step || !here) return;
    e.preventDefault();
    e.stopPropagation();
    keyboardMove.current = true;
    source.select(sheet, Math.max(0, here.row + step[0]), Math.max(0, here.column + step[1]));
  };

  return (
    <section className={styles.root} aria-label={P.gridLabel}>
      <TabList
        className={styles.tabs}
        aria-label={P.sheetTabs}
        selectedValue={sheet}
        onTabSelect={(_, d) => setSheet(String(d.value))}
        size="small"
      >
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        <table
          ref={tableRef}
          role="grid"
          aria-readonly
          className={styles.table}
          aria-label={P.sheetTable(sheet)}
          data-sheet={sheet}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <td className={styles.corner} />
              {columns.map((c) => (
                <th key={c} scope="col" className={styles.colHead}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r} data-row={r + 1}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const value = shown(grid[r]?.[c]);
                  const isSelected = here?.row === r && here.column === c;
                  const isFlagged = flagged.has(`${r}:${c}`);
                  return (
                    <td
                      key={c}
                      title={value || undefined}
                      data-address={`${columnLetter(c)}${r + 1}`}
                      aria-selected={isSelected}
                      aria-invalid={isFlagged || undefined}
                      tabIndex={isSelected ? 0 : -1}
                      className={mergeClasses(
                        styles.cell,
                        r === 0 && value !== '' && styles.header,
                        isFlagged && styles.flagged,
                        isSelected && styles.selected,
                      )}
                      onClick={() => source.select(sheet, r, c)}
                    >
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {(sheet && source.charts ? source.charts(sheet) : []).map((chart) => (
          <ChartDrawing key={chart.title} chart={chart} />
        ))}
      </div>
    </section>
  );
}
