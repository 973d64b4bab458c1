/** The task pane: five tabs over one LiveWorkbook. Components never see a RequestContext. */
import { useState, type CSSProperties } from 'react';
import { FluentProvider, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { isViewsWorkbook, type LiveWorkbook } from '../workbook/types';
import { S } from './strings';
import { useSheetState } from './useSheetState';
import { StartPane } from './StartPane';
import { FormulaFindings } from './FormulaFindings';
import { lazyPart } from './LazyPart';

// Kom i gang comes with the pane; the other tabs' code is fetched when a tab is first opened.
const UsagePane = lazyPart(() => import(/* webpackChunkName: "usage" */ './UsagePane').then((m) => m.UsagePane));
const RowPane = lazyPart(() => import(/* webpackChunkName: "row" */ './RowPane').then((m) => m.RowPane));
const CheckPane = lazyPart(() => import(/* webpackChunkName: "check" */ './CheckPane').then((m) => m.CheckPane));
const ViewsPane = lazyPart(() => import(/* webpackChunkName: "views" */ './ViewsPane').then((m) => m.ViewsPane));

export type TabId = 'start' | 'usage' | 'row' | 'check' | 'views';
const TABS: TabId[] = ['start', 'usage', 'row', 'check', 'views'];

/**
 * Style props with Fluent's design tokens, not makeStyles: makeStyles compiles its rules in the browser, and the
 * compiler (stylis, rtl-css-js) would otherwise come with the first load for these few rules. Tabs loaded later use makeStyles.
 */
const styles = {
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
} satisfies Record<string, CSSProperties>;

export function App({ workbook, initialTab = 'start' }: { workbook: LiveWorkbook; initialTab?: TabId }) {
  const [tab, setTab] = useState<TabId>(initialTab);
  // Kom i gang shows the row count: there a selection read that finds the table resized reads the sheet again.
  const sheet = useSheetState(workbook, tab === 'start');
  return (
    <FluentProvider theme={webLightTheme} style={styles.root}>
      <h1 style={styles.header}>{S.appTitle}</h1>
      <TabList
        aria-label={S.tabsLabel}
        style={styles.tabs}
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
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} style={styles.panel}>
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
