/** Tjek: invalid values first, then missing fields per row and phase, then the quieter To-be answers. */
import { Fragment, useMemo, useState } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { checkRows } from '../domain/check';
import { summariseFindings, type MissingGroup } from '../domain/checkSummary';
import { column, type ColumnKey } from '../domain/schema';
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
    alignItems: 'flex-start',
    textAlign: 'left',
    width: '100%',
    height: 'auto',
    minWidth: 0,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  badge: { flexShrink: 0, minWidth: 'max-content', marginTop: '2px' },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  quiet: { color: tokens.colorNeutralForeground2 },
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  phases: {
    listStyleType: 'none',
    margin: `0 0 ${tokens.spacingVerticalM}`,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  h3: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
});

/** The four phases the process guide names are always counted; other phases only when they have findings. */
const MAIN_PHASES: readonly string[] = ['screening', 'asis', 'tobe', 'prioritering'];

export function CheckPane({ workbook, sheet }: { workbook: LiveWorkbook; sheet: SheetState }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summary = useMemo(() => {
    if (!sheet.snapshot) return null;
    const rows = sheet.snapshot.rows;
    const caseArea = (index: number) => String(rows.find((r) => r.index === index)?.values.caseArea ?? '').trim();
    return summariseFindings(checkRows(rows, sheet.snapshot.lists), caseArea);
  }, [sheet.snapshot]);
  if (!sheet.snapshot || !summary) return <NotReady sheet={sheet} />;

  const recheck = async () => {
    setBusy(true);
    await sheet.refresh();
    setBusy(false);
  };
  const go = async (index: number, key: ColumnKey) => {
    try {
      setError(null);
      await workbook.selectCell(index, key);
      await sheet.refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const { invalid, attention, missing, toBe, perPhase } = summary;
  const fieldCount = (groups: MissingGroup[]) => groups.reduce((n, g) => n + g.keys.length, 0);
  const parts = [
    invalid.length > 0 && S.check.invalidCount(invalid.length),
    attention.length > 0 && S.check.attentionCount(attention.length),
    missing.length > 0 && S.check.missingCount(fieldCount(missing), new Set(missing.map((g) => g.index)).size),
    toBe.length > 0 && S.check.toBeCount(fieldCount(toBe), toBe.length),
  ].filter(Boolean);
  const phases = perPhase.filter((p) => MAIN_PHASES.includes(p.phase) || p.invalid + p.missing > 0);

  const group = (g: MissingGroup, quiet: boolean) => {
    const fields = S.check.phaseFields[g.phase] ?? (['felt', 'felter'] as [string, string]);
    return (
      <li key={`${g.index}:${g.phase}`}>
        <Button appearance="subtle" className={styles.item} onClick={() => void go(g.index, g.keys[0]!)}>
          <Badge
            className={styles.badge}
            appearance={quiet ? 'outline' : 'tint'}
            color={quiet ? 'informative' : 'warning'}
          >
            {quiet ? S.check.toBe : S.check.missing}
          </Badge>
          <span className={quiet ? styles.quiet : undefined}>
            {S.check.missingGroup(S.check.rowName(g.excelRow, g.caseArea), g.keys.length, fields)}
            {!quiet && <span className={styles.detail}>{g.keys.map((k) => column(k).header).join(', ')}</span>}
          </span>
        </Button>
      </li>
    );
  };

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{S.check.heading}</h2>
      <div className={styles.bar}>
        <Button onClick={() => void recheck()} disabled={busy}>
          {busy ? S.check.checking : S.check.refresh}
        </Button>
        <Text role="status">{parts.length ? `${parts.join(', ')}.` : S.check.allGood}</Text>
      </div>
      {parts.length > 0 && (
        <ul className={styles.phases} aria-label={S.check.perPhaseLabel}>
          {phases.map((p) => (
            <li key={p.phase}>
              <Text>
                {S.check.phases[p.phase] ?? p.phase}: <strong>{p.invalid + p.missing}</strong>
              </Text>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{S.error(error)}</MessageBarBody>
        </MessageBar>
      )}
      {(
        [
          [invalid, S.check.invalidHeading, 'danger', S.check.invalid],
          [attention, S.check.attentionHeading, 'informative', S.check.attention],
        ] as const
      ).map(
        ([found, heading, color, badge]) =>
          found.length > 0 && (
            <Fragment key={heading}>
              <h3 className={styles.h3}>{`${heading} (${found.length})`}</h3>
              <ul className={styles.list} aria-label={S.check.listLabel(heading)}>
                {found.map((f, i) => (
                  <li key={`${f.index}:${f.key}:${i}`}>
                    <Button appearance="subtle" className={styles.item} onClick={() => void go(f.index, f.key)}>
                      <Badge className={styles.badge} appearance="tint" color={color}>
                        {badge}
                      </Badge>
                      <span>
                        {S.check.invalidFinding(S.check.rowName(f.excelRow, f.caseArea), f.header, f.message)}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </Fragment>
          ),
      )}
      {missing.length > 0 && (
        <>
          <h3 className={styles.h3}>{`${S.check.missingHeading} (${missing.length})`}</h3>
          <ul className={styles.list} aria-label={S.check.listLabel(S.check.missingHeading)}>
            {missing.map((g) => group(g, false))}
          </ul>
        </>
      )}
      {toBe.length > 0 && (
        <>
          <h3 className={mergeClasses(styles.h3, styles.quiet)}>{`${S.check.toBeHeading} (${toBe.length})`}</h3>
          <Text as="p" size={200} className={styles.quiet}>
            {S.check.toBeNote}
          </Text>
          <ul className={styles.list} aria-label={S.check.listLabel(S.check.toBeHeading)}>
            {toBe.map((g) => group(g, true))}
          </ul>
        </>
      )}
    </section>
  );
}
