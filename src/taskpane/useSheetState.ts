/** The pane's view of the workbook: the latest snapshot and the active data row, following the selection. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveWorkbook, SheetRow, SheetSnapshot } from '../workbook/types';

export interface SheetState {
  snapshot: SheetSnapshot | null;
  activeIndex: number | null;
  activeRow: SheetRow | null;
  error: string | null;
  /** Reads the snapshot and the active row again (after a write or a setup). */
  refresh: () => Promise<void>;
}

export function useSheetState(workbook: LiveWorkbook): SheetState {
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const [snap, index] = await Promise.all([workbook.snapshot(), workbook.activeRowIndex()]);
      if (mine !== generation.current) return;
      setSnapshot(snap);
      setActiveIndex(index);
      setError(null);
    } catch (e) {
      if (mine !== generation.current) return;
      // An absent sheet is a normal state before setup: no snapshot, no error shown.
      setSnapshot(null);
      setActiveIndex(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [workbook]);

  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let cancelled = false;
    void refresh();
    workbook
      .onSelectionChanged(() => void refresh())
      .then((off) => {
        if (cancelled) void off();
        else unsubscribe = off;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      generation.current++;
      if (unsubscribe) void unsubscribe();
    };
  }, [workbook, refresh]);

  const activeRow = snapshot && activeIndex !== null ? snapshot.rows.find((r) => r.index === activeIndex) ?? null : null;
  return { snapshot, activeIndex, activeRow, error, refresh };
}
