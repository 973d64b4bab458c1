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

export function useSheetState(workbook: LiveWorkbook): SheetState {
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
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
   * A selection change reads the sheet again, debounced: a user moving with the arrow keys starts one read (two syncs)
   * when they stop, not one per cell.
   */
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const followSelection = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      // The whole sheet is read again (workbook.activeRow() reads the active row alone, but the Brugsmønster pane's
      // keyboard flow in Chromium needs the fresh snapshot: left open).
      void refreshRef.current?.();
    }, SELECTION_DEBOUNCE_MS);
  }, []);
  const refreshRef = useRef<(() => Promise<void>) | null>(null);

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

  refreshRef.current = () => refresh();
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
