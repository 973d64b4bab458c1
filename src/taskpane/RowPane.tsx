/** Række: the active row as a form. As-is always, To-be only for brugsmønster C and D; each change writes one cell. */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { needsDecision } from '../domain/lists';
import {
  COLUMNS,
  DECISION_KEYS_IN_TABLE,
  type CellValue,
  type ColumnDef,
  type Phase,
  type RowValues,
} from '../domain/schema';
import { uniqueAreas } from '../domain/areas';
import type { LiveWorkbook } from '../workbook/types';
import type { SheetState } from './useSheetState';
import { CellField } from './CellField';
import { S } from './strings';
import { NotReady } from './NotReady';
import { errorText } from './errorText';
import { WorkshopHandouts } from './WorkshopHandouts';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    padding: 0,
    margin: 0,
    // A fieldset is as wide as its widest content by default; a long list answer must not push the pane sideways.
    minWidth: 0,
    marginBottom: tokens.spacingVerticalL,
  },
  legend: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalS,
  },
  workshop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
});

/** «Workshopark for rækken»: the printable handout for this row's sagsområde, with what happened told beside it. */
function WorkshopButton({ workbook, caseArea }: { workbook: LiveWorkbook; caseArea: string }) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!workbook.openWorkshopSheet) return null;
  const open = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await workbook.openWorkshopSheet!(caseArea);
      setOutcome({ ok: true, text: S.row.workshopOpened(caseArea) });
    } catch (e) {
      setOutcome({ ok: false, text: S.error(errorText(e)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.workshop}>
      <Button disabled={busy || !caseArea} onClick={() => void open()}>
        {S.row.workshop}
      </Button>
      <div role="status" aria-live="polite">
        {!caseArea && <Text size={200}>{S.row.workshopNeedsCaseArea}</Text>}
        {outcome && (
          <MessageBar layout="multiline" intent={outcome.ok ? 'success' : 'error'}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

/** The fagområder with sagsområder in the sheet, in Danish alphabetical order: the handouts' choices. */
function handoutAreas(rows: readonly { values: RowValues }[]): string[] {
  const filled = rows.filter((r) => String(r.values.caseArea ?? '').trim() !== '');
  return uniqueAreas(filled.map((r) => r.values.businessArea)).sort((a, b) => a.localeCompare(b, 'da'));
}

/** The row's fields by phase; the decision (Fase 4) under a heading of its own, after what the prioritisation computes. */
type Group = Phase | 'beslutning';
const GROUPS: Group[] = ['screening', 'asis', 'tobe', 'prioritering', 'beslutning', 'any'];
const inGroup = (group: Group) =>
  COLUMNS.filter((c) =>
    group === 'beslutning'
      ? DECISION_KEYS_IN_TABLE.includes(c.key)
      : c.phase === group && !DECISION_KEYS_IN_TABLE.includes(c.key),
  );

export function RowPane({ workbook, sheet }: { workbook: LiveWorkbook; sheet: SheetState }) {
  const styles = useStyles();
  const row = sheet.activeRow;
  if (!sheet.snapshot) return <NotReady sheet={sheet} />;
  if (!row) return <Text as="p">{S.noActiveRow}</Text>;
  const lists = sheet.snapshot.lists;
  const showToBe = needsDecision(row.values.usagePattern);
  const currentArea = String(row.values.businessArea ?? '').trim();

  const write = async (col: ColumnDef, value: CellValue) => {
    await workbook.writeRow(row.index, { [col.key]: value }, row.values);
    // Only this row changed: it is read again alone, by its index (the user may be on Workshopark by now).
    await sheet.refreshRow(row.index);
  };

  return (
    <section aria-labelledby="row-heading">
      <h2 id="row-heading">{S.row.heading(row.excelRow)}</h2>
      <WorkshopButton workbook={workbook} caseArea={String(row.values.caseArea ?? '').trim()} />
      <WorkshopHandouts
        key={currentArea}
        workbook={workbook}
        areas={handoutAreas(sheet.snapshot.rows)}
        current={currentArea}
      />
      {GROUPS.map((phase) => (
        <fieldset key={phase} className={styles.group}>
          <legend className={styles.legend}>{S.row.groups[phase]}</legend>
          {phase === 'tobe' && !showToBe ? (
            <Text>{S.row.tobeHidden}</Text>
          ) : (
            inGroup(phase).map((col) => (
              <CellField
                key={`${row.index}:${col.key}`}
                col={col}
                value={row.values[col.key] ?? null}
                lists={lists}
                onCommit={(value) => write(col, value)}
              />
            ))
          )}
        </fieldset>
      ))}
    </section>
  );
}
