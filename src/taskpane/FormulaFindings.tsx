/**
 * What a read found in the computed columns (a formula missing, typed over or replaced), and the one button that puts
 * the column's formula back. Reading never writes: the repair happens only when the user asks for it.
 */
import { useState, type CSSProperties } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { LiveWorkbook } from '../workbook/types';
import { S } from './strings';
import { errorText } from './errorText';

/** Style props, not makeStyles: see App.tsx. */
const styles = {
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { margin: `${tokens.spacingVerticalXS} 0` },
} satisfies Record<string, CSSProperties>;

export function FormulaFindings({
  workbook,
  findings,
  onRepaired,
}: {
  workbook: LiveWorkbook;
  findings: readonly string[] | undefined;
  onRepaired: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const repair = workbook.repairFormulas?.bind(workbook);
  const run = async () => {
    if (!repair) return;
    setBusy(true);
    setError(null);
    try {
      setDone(await repair());
      await onRepaired();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={styles.box}>
      {findings && findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.formulas.heading}</MessageBarTitle>
            <ul style={styles.list}>
              {findings.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
            <p style={styles.note}>{S.formulas.note}</p>
            {repair && (
              <Button appearance="primary" size="small" disabled={busy} onClick={() => void run()}>
                {busy ? S.formulas.repairing : S.formulas.repair}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{done.length ? done.join(' ') : S.formulas.repaired}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
