/** Brugsmønster: the questionnaire of KOMBIT's brugsmønstermodel (tool R2) for the active row, one question at a time, by buttons or by J/N/Backspace/Enter. */
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FIRST_QUESTION, QUESTIONS, usesKmdSagFor, walk, type Answers, type QuestionId } from '../domain/questionnaire';
import { needsDecision, usagePatternInfo, type UsagePattern } from '../domain/lists';
import { asText, textEquals } from '../domain/excelSemantics';
import { column, type RowValues } from '../domain/schema';
import type { LiveWorkbook, SheetRow } from '../workbook/types';
import type { SheetState } from './useSheetState';
import { RowIdentity } from './RowIdentity';
import { S } from './strings';
import { NotReady } from './NotReady';
import { errorText } from './errorText';
import { isTypingTarget, isActivatable } from './keys';

const useStyles = makeStyles({
  question: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  help: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // Fluent's Text is inline even as a <p>: the result's sentences would run together ("Kun overblikKMD Sag").
  paragraph: { display: 'block', margin: `0 0 ${tokens.spacingVerticalXS}` },
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  answers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface RowState {
  /** The row the answers are for: its index and identity (another sagsområde at the same index starts afresh). */
  rowKey: string | null;
  answers: Answers;
  /** Answers taken from the row's own cells (Anvender KMD Sag = Ja), shown as such until answered again. */
  fromRow: QuestionId[];
  reanswer: boolean;
  saved: UsagePattern | null;
  /** Complete answers that would change a filled cell: saved only when the user says so. */
  pending: boolean;
}

/** The answers the row already gives: Anvender KMD Sag = Ja answers the first question (Nej is asked: it leads to 0). */
function rowAnswers(row: SheetRow | null): Pick<RowState, 'answers' | 'fromRow'> {
  return row && textEquals(row.values.usesKmdSag, 'Ja')
    ? { answers: { [FIRST_QUESTION]: true }, fromRow: [FIRST_QUESTION] }
    : { answers: {}, fromRow: [] };
}

const fresh = (rowKey: string | null, row: SheetRow | null): RowState => ({
  rowKey,
  ...rowAnswers(row),
  reanswer: false,
  saved: null,
  pending: false,
});

/** The filled cells a result would change: Anvender KMD Sag and Brugsmønster, with their values now and after. */
export function changedCells(row: SheetRow, result: UsagePattern): { header: string; from: string; to: string }[] {
  const now = {
    usesKmdSag: asText(row.values.usesKmdSag ?? null).trim(),
    usagePattern: asText(row.values.usagePattern ?? null).trim(),
  };
  const after = { usesKmdSag: usesKmdSagFor(result), usagePattern: result };
  return (['usesKmdSag', 'usagePattern'] as const)
    .filter((k) => now[k] !== '' && now[k].toLowerCase() !== after[k].toLowerCase())
    .map((k) => ({ header: column(k).header, from: now[k], to: after[k] }));
}

const keyOf = (row: SheetRow | null) =>
  row
    ? JSON.stringify([row.index, row.values.businessArea ?? null, row.values.caseArea ?? null, row.values.kle ?? null])
    : null;

export function UsagePane({ workbook, sheet }: { workbook: LiveWorkbook; sheet: SheetState }) {
  const styles = useStyles();
  const row = sheet.activeRow;
  const [state, setState] = useState<RowState>(fresh(null, null));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);

  const rowKey = keyOf(row);
  const current = state.rowKey === rowKey ? state : fresh(rowKey, row);
  useEffect(() => {
    setState(fresh(rowKey, row));
    setError(null);
    // A new row (its identity), not a new read of the same row, starts afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowKey]);

  const existing = asText(row?.values.usagePattern ?? null).trim();
  const mode: 'ask' | 'existing' | 'done' = current.saved ? 'done' : existing && !current.reanswer ? 'existing' : 'ask';
  const step = walk(current.answers);
  const nextIndex = row ? sheet.nextIndex : null;

  useEffect(() => {
    if (mode === 'done') nextButton.current?.focus();
  }, [mode]);

  const answer = async (yes: boolean) => {
    if (!row || mode !== 'ask' || step.done || saving) return;
    const id = step.question.id;
    const answers = { ...current.answers, [id]: yes };
    const after = walk(answers);
    const next = { ...current, answers, fromRow: current.fromRow.filter((q) => q !== id) };
    // A result that changes a filled cell waits for «Gem ændringen»; the pane never overwrites silently.
    if (after.done && changedCells(row, after.result).length > 0) {
      setState({ ...next, pending: true });
      return;
    }
    setState(next);
    await save(answers);
  };

  /** Writes the result of complete answers; on failure the answers stay, and «Prøv at gemme igen» writes them again. */
  const save = async (answers: Answers) => {
    const after = walk(answers);
    if (!row || !after.done) return;
    setSaving(true);
    setError(null);
    try {
      // Only the cells that change: Anvender KMD Sag stays as it is when it already says the same.
      const uses = usesKmdSagFor(after.result);
      const values: RowValues = { usagePattern: after.result };
      if (!textEquals(row.values.usesKmdSag, uses)) values.usesKmdSag = uses;
      await workbook.writeRow(row.index, values, row.values);
      setState({ ...current, answers, saved: after.result, pending: false });
      // Only this row changed: it is read again alone, by its index, whatever the table's size.
      await sheet.refreshRow(row.index);
    } catch (e) {
      // The message names the answer; the answers stay, for «Prøv at gemme igen» or Tilbage.
      setError(S.usage.notSaved(after.result, errorText(e)));
    } finally {
      setSaving(false);
    }
  };

  const back = () => {
    if (saving) return;
    const answered = walk(current.answers).path.filter((id) => current.answers[id] !== undefined);
    const last = answered[answered.length - 1];
    if (!last) {
      if (current.reanswer) setState({ ...current, reanswer: false });
      return;
    }
    const answers = { ...current.answers };
    delete answers[last];
    setState({
      ...current,
      answers,
      fromRow: current.fromRow.filter((q) => q !== last),
      saved: null,
      reanswer: true,
      pending: false,
    });
  };

  const goNext = async () => {
    if (nextIndex === null || saving) return;
    try {
      await workbook.selectCell(nextIndex, 'usagePattern');
      await sheet.refreshRow();
    } catch (e) {
      setError(S.error(errorText(e)));
    }
  };

  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat || isTypingTarget(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === 'j' && mode === 'ask') void answer(true);
    else if (key === 'n' && mode === 'ask') void answer(false);
    else if (key === 'backspace' && mode !== 'existing') back();
    else if (key === 'enter' && mode !== 'ask' && !isActivatable(e.target)) void goNext();
    else return;
    e.preventDefault();
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  if (!sheet.snapshot) return <NotReady sheet={sheet} />;
  if (!row) return <Text as="p">{S.noActiveRow}</Text>;

  const info = usagePatternInfo(current.saved ?? existing);
  const questionNumber = step.path.length;
  const answered = step.path.filter((id) => current.answers[id] !== undefined);
  const changes = step.done && current.pending ? changedCells(row, step.result) : [];
  return (
    <section aria-labelledby="usage-heading" className={styles.box}>
      <h2 id="usage-heading">{S.usage.heading}</h2>
      <Text weight="semibold">{S.usage.rowLabel(row.excelRow)}</Text>
      <RowIdentity row={row} />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {mode === 'ask' && answered.length > 0 && (
        <ol className={styles.answers} aria-label={S.usage.answersLabel}>
          {answered.map((id) => (
            <li key={id}>
              <Text size={200}>
                {S.usage.answered(
                  QUESTIONS[id].text,
                  current.answers[id] ? S.usage.yes : S.usage.no,
                  current.fromRow.includes(id),
                )}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <div aria-live="polite" className={styles.box}>
        {changes.length > 0 && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{S.usage.confirmChange(step.done ? step.result : '', changes)}</MessageBarBody>
          </MessageBar>
        )}
        {mode === 'ask' && !step.done && (
          <>
            <Text size={200}>{S.usage.questionOf(questionNumber)}</Text>
            <p className={styles.question} id="usage-question">
              {step.question.text}
            </p>
            <p className={styles.help}>{step.question.help}</p>
          </>
        )}
        {mode === 'existing' && (
          <Text as="p">{info ? S.usage.existing(existing) : S.usage.existingUnknown(existing)}</Text>
        )}
        {mode === 'done' && <Text as="p">{S.usage.saved}</Text>}
        {saving && <Text as="p">{S.usage.saving}</Text>}
        {mode !== 'ask' && info && <PatternInfo pattern={info.pattern} />}
      </div>
      {mode === 'ask' && !step.done && (
        <>
          <div className={styles.actions} role="group" aria-labelledby="usage-question">
            <Button appearance="primary" aria-keyshortcuts="J" disabled={saving} onClick={() => void answer(true)}>
              {S.usage.yes}
            </Button>
            <Button appearance="primary" aria-keyshortcuts="N" disabled={saving} onClick={() => void answer(false)}>
              {S.usage.no}
            </Button>
            <Button
              aria-keyshortcuts="Backspace"
              disabled={saving || (step.path.length === 1 && !current.reanswer)}
              onClick={back}
            >
              {S.usage.back}
            </Button>
          </div>
          <Text size={200}>{S.usage.keysHint}</Text>
        </>
      )}
      {mode === 'ask' && step.done && changes.length > 0 && !saving && !error && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void save(current.answers)}>
            {S.usage.saveChange}
          </Button>
          <Button aria-keyshortcuts="Backspace" onClick={back}>
            {S.usage.back}
          </Button>
        </div>
      )}
      {mode === 'ask' && step.done && error && !saving && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void save(current.answers)}>
            {S.usage.saveAgain}
          </Button>
          <Button aria-keyshortcuts="Backspace" onClick={back}>
            {S.usage.back}
          </Button>
        </div>
      )}
      {mode !== 'ask' && (
        <div className={styles.actions}>
          {mode === 'existing' && (
            <Button onClick={() => setState({ ...fresh(rowKey, row), reanswer: true })}>{S.usage.answerAgain}</Button>
          )}
          <Button
            ref={nextButton}
            appearance="primary"
            aria-keyshortcuts="Enter"
            disabled={nextIndex === null}
            onClick={() => void goNext()}
          >
            {S.usage.next}
          </Button>
        </div>
      )}
      {mode === 'existing' && <Text size={200}>{S.usage.answerAgainHint}</Text>}
      {mode !== 'ask' && <Text size={200}>{nextIndex !== null ? S.usage.nextHint : S.usage.lastRow}</Text>}
    </section>
  );
}

function PatternInfo({ pattern }: { pattern: UsagePattern }) {
  const styles = useStyles();
  const info = usagePatternInfo(pattern);
  if (!info) return null;
  return (
    <div>
      <Text as="p" weight="semibold" className={styles.paragraph}>
        {S.usage.result(info.pattern, info.title)}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {info.meaning}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {info.dependency}
      </Text>
      {needsDecision(info.pattern) && (
        <Text as="p" className={styles.paragraph}>
          {S.usage.needsDecision}
        </Text>
      )}
    </div>
  );
}
