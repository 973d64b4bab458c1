/** Visninger: filters for the fagchef meeting, the priority sort, column presets, Overblik and PivotTables. State lives in the workbook. */
import { useEffect, useState } from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { column, type ColumnKey } from '../domain/schema';
import { FILTERABLE, PRESETS, type Preset, type ViewFilter } from '../domain/views';
import type { DokumentationWorkbook, SheetSnapshot, ViewResult, ViewsWorkbook } from '../workbook/types';
import type { SheetState } from './useSheetState';
import { S } from './strings';
import { NotReady } from './NotReady';
import { errorText } from './errorText';
import { NotatDownload } from './NotatDownload';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  options: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Fluent's Checkbox label is at full contrast (foreground 1), not the lighter shade that reads as disabled.
  checkLabel: { color: tokens.colorNeutralForeground1 },
});

/** The values a column can be filtered on: its list, what the sheet holds, and «(tom)». */
export function filterOptions(snapshot: SheetSnapshot, key: ColumnKey): string[] {
  const list = column(key).list;
  const out: string[] = [];
  const add = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v).trim();
    if (text && !out.some((o) => o.toLocaleLowerCase('da') === text.toLocaleLowerCase('da'))) out.push(text);
  };
  (list ? snapshot.lists[list] : []).forEach(add);
  snapshot.rows.forEach((r) => add(r.values[key]));
  return [...out, ''];
}

type Busy = null | 'filter' | 'clear' | 'sort' | 'restore' | 'preset' | 'pivot' | 'refresh';
type Section = 'filter' | 'order' | 'preset' | 'overview';
const SECTION_OF: Record<Exclude<Busy, null>, Section> = {
  filter: 'filter',
  clear: 'filter',
  sort: 'order',
  restore: 'order',
  preset: 'preset',
  pivot: 'overview',
  refresh: 'overview',
};
type Outcome = { section: Section; result: ViewResult | null; error: string | null };

export function ViewsPane({
  workbook,
  sheet,
}: {
  workbook: ViewsWorkbook & Pick<DokumentationWorkbook, 'snapshot'>;
  sheet: SheetState;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<ViewFilter>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ready = sheet.snapshot !== null;

  // The pane starts from the filter the table has, so it shows what a colleague (or Excel's buttons) set.
  useEffect(() => {
    if (!ready) return;
    let live = true;
    workbook.currentFilter().then(
      (f) => live && setFilter(f),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook, ready]);

  if (!sheet.snapshot) return <NotReady sheet={sheet} />;
  const snapshot = sheet.snapshot;

  const run = async (which: Exclude<Busy, null>, op: () => Promise<ViewResult>) => {
    const section = SECTION_OF[which];
    setBusy(which);
    setOutcome(null);
    try {
      setOutcome({ section, result: await op(), error: null });
      await sheet.refresh();
    } catch (e) {
      setOutcome({ section, result: null, error: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const toggle = (key: ColumnKey, value: string, on: boolean) =>
    setFilter((f) => {
      const current = f[key] ?? [];
      const next = on ? [...current, value] : current.filter((v) => v !== value);
      return { ...f, [key]: next };
    });
  const isOn = (key: ColumnKey, value: string) => (filter[key] ?? []).includes(value);
  const clearAll = async () => {
    setFilter({});
    await run('clear', () => workbook.clearFilters());
  };

  // Announced beside the buttons that caused it, so it is in view after the click.
  const status = (section: Section) => {
    const here = outcome?.section === section ? outcome : null;
    return (
      <div role="status" aria-live="polite" className={styles.status}>
        {here?.result && (
          <MessageBar intent={here.result.fallbacks.length ? 'warning' : 'success'}>
            <MessageBarBody>
              {here.result.message}
              {here.result.fallbacks.map((f) => (
                <span key={f}> {f}</span>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {here?.error && (
          <MessageBar intent="error">
            <MessageBarBody>{S.error(here.error)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="views-heading">
      <h2 id="views-heading">{S.views.heading}</h2>

      <div className={styles.section}>
        <h3 className={styles.heading}>{S.views.filterHeading}</h3>
        {FILTERABLE.map((f) => (
          <fieldset key={f.key} className={styles.group}>
            <legend className={styles.legend}>
              {S.views.filterLabels[f.key as keyof typeof S.views.filterLabels] ?? f.label}
            </legend>
            <div className={styles.options}>
              {filterOptions(snapshot, f.key).map((value) => (
                <Checkbox
                  key={value || '(tom)'}
                  label={{ children: value === '' ? S.views.blank : value, className: styles.checkLabel }}
                  checked={isOn(f.key, value)}
                  onChange={(_, data) => toggle(f.key, value, data.checked === true)}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={busy !== null}
            onClick={() => void run('filter', () => workbook.applyFilter(filter))}
          >
            {busy === 'filter' ? S.views.working : S.views.applyFilter}
          </Button>
          <Button disabled={busy !== null} onClick={() => void clearAll()}>
            {S.views.clearFilters}
          </Button>
        </div>
        {status('filter')}
      </div>

      <div className={styles.section}>
        <h3 className={styles.heading}>{S.views.orderHeading}</h3>
        <div className={styles.buttons}>
          <Button disabled={busy !== null} onClick={() => void run('sort', () => workbook.sortByPriority())}>
            {S.views.sortByPriority}
          </Button>
          <Button disabled={busy !== null} onClick={() => void run('restore', () => workbook.restoreSheetOrder())}>
            {S.views.restoreOrder}
          </Button>
        </div>
        {status('order')}
      </div>

      <div className={styles.section} role="group" aria-labelledby="views-presets">
        <h3 id="views-presets" className={styles.heading}>
          {S.views.presetsHeading}
        </h3>
        <div className={styles.buttons}>
          {PRESETS.map((p) => (
            <Button
              key={p.id}
              disabled={busy !== null}
              onClick={() => void run('preset', () => workbook.applyPreset(p.id as Preset))}
            >
              {p.label}
            </Button>
          ))}
        </div>
        {status('preset')}
      </div>

      <div className={styles.section}>
        <h3 className={styles.heading}>{S.views.overviewHeading}</h3>
        <div className={styles.buttons}>
          <Button disabled={busy !== null} onClick={() => void run('pivot', () => workbook.createPivots(filter))}>
            {busy === 'pivot' ? S.views.working : S.views.pivots}
          </Button>
          <Button disabled={busy !== null} onClick={() => void run('refresh', () => workbook.refreshViews())}>
            {busy === 'refresh' ? S.views.working : S.views.refresh}
          </Button>
        </div>
        {status('overview')}
      </div>

      <NotatDownload read={() => workbook.snapshot()} />
    </section>
  );
}
