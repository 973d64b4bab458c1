/**
 * The pane's view of the workbook: the latest snapshot (read whole when a pane needs every row) and the active data row,
 * which follows the selection and is read alone, so a selection change costs the same whatever the table's size.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActiveRow, LiveWorkbook, SheetRow, SheetSnapshot } from '../workbook/types';
import { NotSetUpError } from '../workbook/errors';
import { errorText } from './errorText';

export interface SheetState {
  snapshot: SheetSnapshot | null;
  activeIndex: number | null;
  activeRow: SheetRow | null;
  /** The data row «Næste række» moves to (the next non-blank row below the active one), or null. */
  nextIndex: number | null;
  /** Why the sheet could not be read (Danish); null when it was, or when there is simply no sheet yet. */
  error: string | null;
  /** Reads the whole snapshot and the active row again (Tjek, Visninger, or with resubscribe after a setup or upgrade). */
  refresh: (options?: { resubscribe?: boolean }) => Promise<void>;
  /**
   * Reads one row alone again: the active one, or the row at `index` (after the pane wrote to it: the user may stand on
   * another sheet by then, such as Workshopark, and the form stays).
   */
  refreshRow: (index?: number) => Promise<void>;
}

export const SELECTION_DEBOUNCE_MS = 120;

/** The snapshot with one row as just read (removed when it is blank now). */
function withRow(snap: SheetSnapshot, index: number, row: SheetRow | null): SheetSnapshot {
  const rows = snap.rows.filter((r) => r.index !== index);
  if (row) rows.push(row);
  rows.sort((a, b) => a.index - b.index);
  return { ...snap, rows };
}

/** The active row as a whole snapshot tells it. */
function activeOf(snap: SheetSnapshot, index: number | null): ActiveRow | null {
  if (index === null) return null;
  return {
    index,
    row: snap.rows.find((r) => r.index === index) ?? null,
    next: snap.rows.find((r) => r.index > index)?.index ?? null,
  };
}

/**
 * A selection change reads the active row alone, on every tab: its response is a few rows whatever the table's size.
 * The whole sheet is read when a tab that shows it opens (Kom i gang, Tjek, Visninger), after setup or a repair, and,
 * with `countsRows` (Kom i gang shows the count), when a selection read finds the table grown or shrunk.
 */
export function useSheetState(workbook: LiveWorkbook, countsRows = false): SheetState {
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [active, setActive] = useState<ActiveRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Whole reads: only the newest one's snapshot counts. */
  const generation = useRef(0);
  /** Every read that tells the active row (whole or alone): only the newest one's answer counts. */
  const activeReads = useRef(0);
  const unsubscribe = useRef<(() => Promise<void>) | null>(null);
  const subscribing = useRef(false);
  const mounted = useRef(true);
  /** The table's data rows as the last whole read found them. */
  const tableRows = useRef<number | undefined>(undefined);
  const counting = useRef(countsRows);
  counting.current = countsRows;
  const refreshWhole = useRef<() => Promise<void>>(async () => undefined);

  /** The selection event lives on the table's sheet, so it can only be had once the table exists. */
  const subscribe = useCallback(
    async (onSelection: () => void, again: boolean) => {
      if (subscribing.current || (unsubscribe.current && !again)) return;
      subscribing.current = true;
      try {
        const old = unsubscribe.current;
        unsubscribe.current = null;
        if (old) await old().catch(() => undefined);
        const off = await workbook.onSelectionChanged(onSelection);
        if (mounted.current) unsubscribe.current = off;
        else await off();
      } catch {
        // No table yet: try again after the next successful snapshot.
      } finally {
        subscribing.current = false;
      }
    },
    [workbook],
  );

  /** The active row read alone (two syncs, a few rows' worth of response) with the lists; merged into the snapshot. */
  const refreshRow = useCallback(
    async (index?: number): Promise<void> => {
      const mine = ++activeReads.current;
      try {
        const read = index !== undefined && workbook.rowAt ? await workbook.rowAt(index) : await workbook.activeRow();
        if (mine !== activeReads.current || !mounted.current) return;
        if (counting.current && read?.tableRows !== undefined && read.tableRows !== tableRows.current) {
          // Rows were added or removed in Excel: the count on show is read again, whole.
          void refreshWhole.current();
          return;
        }
        setActive(read);
        if (read)
          setSnapshot((snap) => {
            if (!snap) return snap;
            const merged = withRow(snap, read.index, read.row);
            // The row's findings join the whole sheet's (each text once); a whole read or the repair renews them.
            const findings = [...new Set([...(snap.formulaFindings ?? []), ...(read.formulaFindings ?? [])])];
            return {
              ...merged,
              ...(read.lists ? { lists: read.lists } : {}),
              ...(findings.length ? { formulaFindings: findings } : {}),
            };
          });
      } catch {
        // Reading the selection is best effort: the pane stays as it was.
      }
    },
    [workbook],
  );

  /** A selection change reads the active row, debounced: arrow keys over many cells start one read when they stop. */
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const followSelection = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void refreshRow();
    }, SELECTION_DEBOUNCE_MS);
  }, [refreshRow]);

  const refresh = useCallback(
    async (options: { resubscribe?: boolean } = {}): Promise<void> => {
      const mine = ++generation.current;
      const activeRead = ++activeReads.current;
      try {
        // A selection Excel cannot give (another workbook in focus, a chart sheet) must not cost the sheet's read.
        const [snap, index] = await Promise.allSettled([workbook.snapshot(), workbook.activeRowIndex()]);
        if (snap.status === 'rejected') throw snap.reason;
        if (mine !== generation.current || !mounted.current) return;
        setSnapshot(snap.value);
        tableRows.current = snap.value.tableRows;
        const at = index.status === 'fulfilled' ? index.value : null;
        if (activeRead === activeReads.current) setActive(activeOf(snap.value, at));
        setError(null);
        void subscribe(() => followSelection(), options.resubscribe ?? false);
      } catch (e) {
        if (mine !== generation.current || !mounted.current) return;
        // An absent sheet is a normal state before setup: the panes say so. Anything else is shown.
        setSnapshot(null);
        setActive(null);
        setError(e instanceof NotSetUpError ? null : errorText(e));
      }
    },
    [workbook, subscribe, followSelection],
  );

  refreshWhole.current = () => refresh();
  useEffect(() => {
    mounted.current = true;
    void refresh();
    return () => {
      mounted.current = false;
      // Counters, not DOM nodes: bumping them on unmount is what makes late reads stand down.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
      // eslint-disable-next-line react-hooks/exhaustive-deps
      activeReads.current++;
      if (timer.current) clearTimeout(timer.current);
      const off = unsubscribe.current;
      unsubscribe.current = null;
      if (off) void off().catch(() => undefined);
    };
  }, [refresh]);

  return {
    snapshot,
    activeIndex: active?.index ?? null,
    activeRow: active?.row ?? null,
    nextIndex: active?.next ?? null,
    error,
    refresh,
    refreshRow,
  };
}
