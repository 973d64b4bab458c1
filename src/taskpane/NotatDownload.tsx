/**
 * «Hent udkast til beslutningsnotat (.docx)»: the same notat as dokark notat, from the sheet as the pane reads it. The
 * Word library is loaded on the first click only, so the pane's first load does not carry it.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetSnapshot } from '../workbook/types';
import { errorText } from './errorText';
import { saveFile } from './saveFile';
import { S } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
  intro: { margin: 0 },
});

type Outcome = { intent: 'success' | 'warning' | 'error'; text: string };

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function NotatDownload({ read }: { read: () => Promise<SheetSnapshot> }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const download = async () => {
    setBusy(true);
    setOutcome(null);
    const today = new Date();
    const name = S.notat.fileName(isoDay(today));
    try {
      let blob: Blob;
      try {
        const snapshot = await read();
        const { notatBlobOf } = await import(/* webpackChunkName: "notat" */ '../notat/notatDocx');
        blob = await notatBlobOf({ ...snapshot, today });
      } catch (e) {
        setOutcome({ intent: 'error', text: S.error(errorText(e)) });
        return;
      }
      try {
        saveFile(blob, name);
        setOutcome({ intent: 'success', text: `${S.notat.done(name)} ${S.notat.alternatives}` });
      } catch {
        setOutcome({ intent: 'warning', text: `${S.notat.failed} ${S.notat.alternatives}` });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.section}>
      <h3 className={styles.heading}>{S.notat.heading}</h3>
      <p className={styles.intro}>{S.notat.intro}</p>
      <div>
        <Button disabled={busy} onClick={() => void download()}>
          {busy ? S.notat.working : S.notat.button}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
