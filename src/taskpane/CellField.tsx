/** One cell of the active row as a labelled field, validated as the sheet validates it. */
import { useEffect, useState } from 'react';
import { Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { validateCell, inList, type Lists } from '../domain/validation';
import type { CellValue, ColumnDef, ListName } from '../domain/schema';
import { cellToText, textToCell } from './cellText';
import { errorText } from './errorText';
import { S } from './strings';

interface Props {
  col: ColumnDef;
  value: CellValue;
  lists: Lists;
  onCommit: (value: CellValue) => Promise<void>;
}

/** A list answer longer than the pane is cut with an ellipsis inside the field, not pushed past the pane's edge. */
const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

export function CellField({ col, value, lists, onCommit }: Props) {
  const styles = useStyles();
  const shown = cellToText(value, col.kind);
  const [draft, setDraft] = useState(shown);
  const [writeError, setWriteError] = useState<string | null>(null);
  useEffect(() => setDraft(shown), [shown]);

  if (col.kind === 'formula') {
    return (
      <Field label={col.header} hint={S.row.calculated}>
        <Input value={shown} readOnly />
      </Field>
    );
  }

  const commit = async (text: string) => {
    const next = textToCell(text, col.kind);
    if (sameCell(next, value, col)) return;
    setWriteError(null);
    try {
      await onCommit(next);
    } catch (e) {
      setWriteError(errorText(e));
    }
  };

  const message = writeError ?? validateCell(col, textToCell(draft, col.kind), lists);
  const fieldProps = {
    label: col.header,
    hint: col.help,
    validationState: message ? ('error' as const) : ('none' as const),
    validationMessage: message ?? undefined,
  };

  if (col.kind === 'list') {
    const list = lists[col.list as ListName] ?? [];
    const outside = draft !== '' && !inList(draft, list);
    return (
      <Field {...fieldProps}>
        <Select
          className={styles.root}
          select={{ className: styles.select }}
          value={draft}
          onChange={(_, data) => {
            setDraft(data.value);
            void commit(data.value);
          }}
        >
          <option value="">{S.row.emptyOption}</option>
          {outside && <option value={draft}>{S.row.notInList(draft)}</option>}
          {list.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </Select>
      </Field>
    );
  }

  return (
    <Field {...fieldProps}>
      <Input
        value={draft}
        inputMode={col.kind === 'count' ? 'numeric' : undefined}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={() => void commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit(draft);
        }}
      />
    </Field>
  );
}

/** Unchanged when it reads the same and is stored the same way (a number typed over a text-number is a change). */
function sameCell(next: CellValue, value: CellValue, col: ColumnDef): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(next) || blank(value)) return blank(next) && blank(value);
  return cellToText(next, col.kind) === cellToText(value, col.kind) && typeof next === typeof value;
}
