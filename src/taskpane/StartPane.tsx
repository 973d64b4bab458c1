/**
 * Kom i gang: find out what the workbook holds, then create or upgrade the dokumentationsark. Its texts are plain
 * paragraphs in FluentProvider's font (as Fluent's Text would draw them), so the first load does not carry Text.
 */
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { Detection, LiveWorkbook, SetupSummary, UpgradeSummary } from '../workbook/types';
import { S } from './strings';
import { errorText } from './errorText';

/** Style props, not makeStyles: see App.tsx. */
const styles = {
  list: {
    margin: 0,
    display: 'grid',
    // A long term wraps at half the pane, so a long value keeps room for whole words at 320 px.
    gridTemplateColumns: 'fit-content(50%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  pair: { display: 'contents' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
} satisfies Record<string, CSSProperties>;

type Busy = 'detect' | 'setup' | 'upgrade' | null;
type Result = { kind: 'setup'; summary: SetupSummary } | { kind: 'upgrade'; summary: UpgradeSummary };

/**
 * `filledRows`: the rows with content in the pane's reading of the sheet (what Tjek counts and the user sees filled);
 * null while it is not read. The table's own row count would count its empty rows too (Opret leaves one).
 */
export function StartPane({
  workbook,
  filledRows,
  onChanged,
}: {
  workbook: LiveWorkbook;
  filledRows: number | null;
  onChanged: () => Promise<void>;
}) {
  const [detection, setDetection] = useState<Detection | null>(null);
  const [busy, setBusy] = useState<Busy>('detect');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  const detect = useCallback(async () => {
    setBusy('detect');
    setError(null);
    try {
      setDetection(await workbook.detect());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }, [workbook]);

  useEffect(() => {
    void detect();
  }, [detect]);

  const run = async (kind: 'setup' | 'upgrade') => {
    setBusy(kind);
    setError(null);
    try {
      const summary = kind === 'setup' ? await workbook.setup() : await workbook.upgrade();
      setResult({ kind, summary } as Result);
      setDetection(await workbook.detect());
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const busyLabel = busy === 'detect' ? S.start.detecting : busy === 'setup' ? S.start.settingUp : S.start.upgrading;
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{S.start.heading}</h2>
      {busy && <Spinner size="small" label={busyLabel} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{S.error(error)}</MessageBarBody>
        </MessageBar>
      )}
      {!busy && detection && <DetectionText detection={detection} filledRows={filledRows} />}
      {!busy && detection && (
        <div style={styles.actions}>
          {detection.status === 'absent' && (
            <Button appearance="primary" onClick={() => void run('setup')}>
              {S.start.setup}
            </Button>
          )}
          {detection.status === 'upgradable' && (
            <Button appearance="primary" onClick={() => void run('upgrade')}>
              {S.start.upgrade}
            </Button>
          )}
          <Button onClick={() => void detect()}>{S.start.again}</Button>
        </div>
      )}
      {result && <Summary result={result} filledRows={filledRows} />}
    </section>
  );
}

function DetectionText({ detection, filledRows }: { detection: Detection; filledRows: number | null }) {
  if (detection.status === 'ready')
    return <p>{filledRows === null ? S.start.readyUncounted : S.start.ready(filledRows)}</p>;
  if (detection.status === 'absent') return <p>{S.start.absent}</p>;
  return (
    <>
      <p>
        {S.start.upgradable(
          detection.sheet ?? '',
          detection.matchedColumns,
          detection.dataRows,
          detection.dataRowsUpTo,
        )}
      </p>
      {detection.missingColumns.length > 0 && <p>{S.start.missing(detection.missingColumns)}</p>}
    </>
  );
}

function Summary({ result, filledRows }: { result: Result; filledRows: number | null }) {
  // After Opret the rows are the sheet's as it is now (the text above says the same number); an upgrade's are its own.
  const items: [string, string][] =
    result.kind === 'setup'
      ? [[S.start.summaryRows, String(filledRows ?? result.summary.rows)]]
      : [
          [S.start.summaryUpgradedRows, String(result.summary.rows)],
          [S.start.summaryMatched, String(result.summary.matched.length)],
          [S.start.summaryKept, result.summary.kept.length ? result.summary.kept.join(', ') : S.start.none],
          [
            S.start.summaryTypedKept,
            result.summary.typedKept.length ? result.summary.typedKept.join(', ') : S.start.none,
          ],
          [S.start.summaryNormalised, String(result.summary.normalised)],
          [S.start.summaryFlagged, String(result.summary.flagged.length)],
          [
            S.start.summaryBackup,
            result.summary.backupSheet && result.summary.backupHidden
              ? S.start.backupHidden(result.summary.backupSheet)
              : (result.summary.backupSheet ?? S.start.none),
          ],
        ];
  return (
    <section aria-labelledby="summary-heading" role="status">
      <h3 id="summary-heading">{S.start.summaryHeading}</h3>
      {result.kind === 'setup' && <p>{result.summary.message}</p>}
      <dl style={styles.list}>
        {items.map(([term, value]) => (
          <div key={term} style={styles.pair}>
            <dt style={styles.term}>{term}</dt>
            <dd style={styles.dd}>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{S.start.nextStep}</p>
    </section>
  );
}
