/** Tjek: every finding of the sheet; choosing one selects its cell in the workbook. */
import { useMemo, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { checkRows, type SheetFinding } from '../domain/check';
import type { LiveWorkbook } from '../workbook/types';
import type { SheetState } from './useSheetState';
import { S } from './strings';
import { NotReady } from './NotReady';
import { errorText } from './errorText';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    width: '100%',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalS },
});

export function CheckPane({ workbook, sheet }: { workbook: LiveWorkbook; sheet: SheetState }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const findings = useMemo(
    () => (sheet.snapshot ? checkRows(sheet.snapshot.rows, sheet.snapshot.lists) : []),
    [sheet.snapshot],
  );
  if (!sheet.snapshot) return <NotReady sheet={sheet} />;

  const recheck = async () => {
    setBusy(true);
    await sheet.refresh();
    setBusy(false);
  };
  const go = async (f: SheetFinding) => {
    try {
      await workbook.selectCell(f.index, f.key);
      await sheet.refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const invalid = findings.filter((f) => f.severity === 'invalid').length;

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{S.check.heading}</h2>
      <div className={styles.bar}>
        <Button onClick={() => void recheck()} disabled={busy}>
          {busy ? S.check.checking : S.check.refresh}
        </Button>
        <Text role="status">
          {findings.length ? S.check.count(invalid, findings.length - invalid) : S.check.allGood}
        </Text>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{S.error(error)}</MessageBarBody>
        </MessageBar>
      )}
      {findings.length > 0 && (
        <ul className={styles.list} aria-label={S.check.listLabel}>
          {findings.map((f, i) => (
            <li key={`${f.index}:${f.key}:${i}`}>
              <Button appearance="subtle" className={styles.item} onClick={() => void go(f)}>
                <Badge appearance="tint" color={f.severity === 'invalid' ? 'danger' : 'warning'}>
                  {f.severity === 'invalid' ? S.check.invalid : S.check.missing}
                </Badge>
                <span>{S.check.finding(f.excelRow, f.header, f.message)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
