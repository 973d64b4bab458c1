/** Række: the active row as a form. As-is always, To-be only for brugsmønster C and D; each change writes one cell. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { needsDecision } from '../domain/lists';
import { COLUMNS, type CellValue, type ColumnDef, type Phase } from '../domain/schema';
import type { LiveWorkbook } from '../workbook/types';
import type { SheetState } from './useSheetState';
import { CellField } from './CellField';
import { S } from './strings';
import { NotReady } from './NotReady';

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
});

const GROUPS: Phase[] = ['screening', 'asis', 'tobe', 'prioritering', 'any'];

export function RowPane({ workbook, sheet }: { workbook: LiveWorkbook; sheet: SheetState }) {
  const styles = useStyles();
  const row = sheet.activeRow;
  if (!sheet.snapshot) return <NotReady sheet={sheet} />;
  if (!row) return <Text as="p">{S.noActiveRow}</Text>;
  const lists = sheet.snapshot.lists;
  const showToBe = needsDecision(row.values.usagePattern);

  const write = async (col: ColumnDef, value: CellValue) => {
    await workbook.writeRow(row.index, { [col.key]: value }, row.values);
    await sheet.refresh();
  };

  return (
    <section aria-labelledby="row-heading">
      <h2 id="row-heading">{S.row.heading(row.excelRow)}</h2>
      {GROUPS.map((phase) => (
        <fieldset key={phase} className={styles.group}>
          <legend className={styles.legend}>{S.row.groups[phase]}</legend>
          {phase === 'tobe' && !showToBe ? (
            <Text>{S.row.tobeHidden}</Text>
          ) : (
            COLUMNS.filter((c) => c.phase === phase).map((col) => (
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
