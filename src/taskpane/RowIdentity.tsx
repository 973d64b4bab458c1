/** Which row the pane is about: row number, Fagområde, Sagsområde and KLE-nummer. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { asText } from '../domain/excelSemantics';
import type { SheetRow } from '../workbook/types';
import { S } from './strings';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  pair: { display: 'contents' },
});

export function RowIdentity({ row }: { row: SheetRow }) {
  const styles = useStyles();
  const items: [string, string][] = [
    [S.usage.businessArea, asText(row.values.businessArea ?? null)],
    [S.usage.caseArea, asText(row.values.caseArea ?? null)],
    [S.usage.kle, asText(row.values.kle ?? null)],
  ];
  return (
    <dl className={styles.list} aria-label={S.usage.rowLabel(row.excelRow)} data-testid="row-identity">
      {items.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.dd}>{value || '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
