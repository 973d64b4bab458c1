/** The task pane: five tabs over one LiveWorkbook. Components never see a RequestContext. */
import { useState } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { isViewsWorkbook, type LiveWorkbook } from '../workbook/types';
import { S } from './strings';
import { useSheetState } from './useSheetState';
import { StartPane } from './StartPane';
import { UsagePane } from './UsagePane';
import { RowPane } from './RowPane';
import { CheckPane } from './CheckPane';
import { ViewsPane } from './ViewsPane';
import { FormulaFindings } from './FormulaFindings';

export type TabId = 'start' | 'usage' | 'row' | 'check' | 'views';
const TABS: TabId[] = ['start', 'usage', 'row', 'check', 'views'];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100%',
    minWidth: 0,
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    paddingTop: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  /** Five tabs do not fit a narrow pane on one line: they wrap instead of hiding behind the edge. */
  tabs: { flexWrap: 'wrap', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  panel: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function App({ workbook, initialTab = 'start' }: { workbook: LiveWorkbook; initialTab?: TabId }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  // Kom i gang shows the row count: there a selection read that finds the table resized reads the sheet again.
  const sheet = useSheetState(workbook, tab === 'start');
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <h1 className={styles.header}>{S.appTitle}</h1>
      <TabList
        aria-label={S.tabsLabel}
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value as TabId);
          // Kom i gang, Tjek and Visninger show the whole sheet: they read it when opened.
          if (data.value !== 'row' && data.value !== 'usage') void sheet.refresh();
        }}
        size="small"
      >
        {TABS.filter((id) => id !== 'views' || isViewsWorkbook(workbook)).map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {S.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        <FormulaFindings
          workbook={workbook}
          findings={sheet.snapshot?.formulaFindings}
          onRepaired={() => sheet.refresh()}
        />
        {tab === 'start' && (
          <StartPane
            workbook={workbook}
            filledRows={sheet.snapshot ? sheet.snapshot.rows.length : null}
            onChanged={() => sheet.refresh({ resubscribe: true })}
          />
        )}
        {tab === 'usage' && <UsagePane workbook={workbook} sheet={sheet} />}
        {tab === 'row' && <RowPane workbook={workbook} sheet={sheet} />}
        {tab === 'check' && <CheckPane workbook={workbook} sheet={sheet} />}
        {tab === 'views' && isViewsWorkbook(workbook) && <ViewsPane workbook={workbook} sheet={sheet} />}
      </div>
    </FluentProvider>
  );
}
