/**
 * «Workshopark for fagområdet»: a handout page for each sagsområde of one fagområde (the row's, or one chosen from the
 * fagområder the sheet has), as `dokark workshop --fagomraade` makes them; what happened is told beside the button.
 */
import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { LiveWorkbook } from '../workbook/types';
import { S } from './strings';
import { errorText } from './errorText';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
    minWidth: 0,
  },
  button: { alignSelf: 'flex-start' },
  line: { margin: 0 },
});

interface Props {
  workbook: LiveWorkbook;
  /** The fagområder that have sagsområder in the sheet. */
  areas: readonly string[];
  /** The row's fagområde: chosen to begin with when the sheet has it. */
  current: string;
}

export function WorkshopHandouts({ workbook, areas, current }: Props) {
  const styles = useStyles();
  const first = areas.find((a) => a.toLowerCase() === current.trim().toLowerCase()) ?? areas[0] ?? '';
  const [area, setArea] = useState(first);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'warning' | 'error'; texts: string[] } | null>(null);
  if (!workbook.addWorkshopHandouts) return null;
  const chosen = areas.includes(area) ? area : first;
  const make = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await workbook.addWorkshopHandouts!(chosen);
      setOutcome({
        intent: result.fallbacks.length ? 'warning' : 'success',
        texts: [S.row.handoutsMade(result.handouts, chosen, result.sheet), ...result.fallbacks],
      });
    } catch (e) {
      setOutcome({ intent: 'error', texts: [S.error(errorText(e))] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.box}>
      <Field label={S.row.handoutsArea} hint={areas.length ? S.row.handoutsHint : S.row.handoutsNoAreas}>
        <Select value={chosen} disabled={!areas.length} onChange={(_, d) => setArea(d.value)}>
          {areas.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </Field>
      <Button className={styles.button} disabled={busy || !chosen} onClick={() => void make()}>
        {S.row.handouts}
      </Button>
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar layout="multiline" intent={outcome.intent}>
            <MessageBarBody>
              {outcome.texts.map((t) => (
                <p key={t} className={styles.line}>
                  {t}
                </p>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
