/** The pane's view of the workbook: the latest snapshot and the active data row, following the selection. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveWorkbook, SheetRow, SheetSnapshot } from '../workbook/types';
import { NotSetUpError } from '../workbook/errors';
import { errorText } from './errorText';

export interface SheetState {
  snapshot: SheetSnapshot | null;
  activeIndex: number | null;
  activeRow: SheetRow | null;
  /** Why the sheet could not be read (Danish); null when it was, or when there is simply no sheet yet. */
  error: string | null;
  /** Reads the snapshot and the active row again (after a write, or with resubscribe after a setup or upgrade). */
  refresh: (options?: { resubscribe?: boolean }) => Promise<void>;
}

export const SELECTION_DEBOUNCE_MS = 120;

/** The snapshot with one row as just read (removed when it is blank now). */
function withRow(snap: SheetSnapshot, index: number, row: SheetRow | null): SheetSnapshot {
  const rows = snap.rows.filter((r) => r.index !== index);
  if (row) rows.push(row);
  rows.sort((a, b) => a.index - b.index);
  return { ...snap, rows };
}

export function useSheetState(workbook: LiveWorkbook): SheetState {
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const selectionRead = useRef(0);
  const unsubscribe = useRef<(() => Promise<void>) | null>(null);
  const subscribing = useRef(false);
  const mounted = useRef(true);

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

  /**
   * A selection change reads only the active row (two syncs, the size of one row), debounced: a user moving with the
   * arrow keys starts one read when they stop, not one per cell.
   */
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readActive = useCallback(async (): Promise<void> => {
    const mine = ++selectionRead.current;
    const base = generation.current;
    try {
      const active = await workbook.activeRow();
      // A newer selection read or a full read (after a write) since then has the fresher answer.
      if (mine !== selectionRead.current || base !== generation.current || !mounted.current) return;
      setActiveIndex(active?.index ?? null);
      if (active) setSnapshot((snap) => (snap ? withRow(snap, active.index, active.row) : snap));
    } catch {
      // Reading the selection is best effort: the pane stays as it was.
    }
  }, [workbook]);
  const followSelection = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void readActive();
    }, SELECTION_DEBOUNCE_MS);
  }, [readActive]);

  const refresh = useCallback(
    async (options: { resubscribe?: boolean } = {}): Promise<void> => {
      const mine = ++generation.current;
      try {
        const [snap, index] = await Promise.all([workbook.snapshot(), workbook.activeRowIndex()]);
        if (mine !== generation.current || !mounted.current) return;
        setSnapshot(snap);
        setActiveIndex(index);
        setError(null);
        void subscribe(() => followSelection(), options.resubscribe ?? false);
      } catch (e) {
        if (mine !== generation.current || !mounted.current) return;
        // An absent sheet is a normal state before setup: the panes say so. Anything else is shown.
        setSnapshot(null);
        setActiveIndex(null);
        setError(e instanceof NotSetUpError ? null : errorText(e));
      }
    },
    [workbook, subscribe, followSelection],
  );

  useEffect(() => {
    mounted.current = true;
    void refresh();
    return () => {
      mounted.current = false;
      // A counter, not a DOM node: bumping it on unmount is what makes late reads stand down.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
      if (timer.current) clearTimeout(timer.current);
      const off = unsubscribe.current;
      unsubscribe.current = null;
      if (off) void off().catch(() => undefined);
    };
  }, [refresh]);

  const activeRow =
    snapshot && activeIndex !== null ? (snapshot.rows.find((r) => r.index === activeIndex) ?? null) : null;
  return { snapshot, activeIndex, activeRow, error, refresh };
}
