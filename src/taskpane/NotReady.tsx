/** What a pane shows without a snapshot: the sheet is not set up yet, or it could not be read (why, and a way to try again). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import type { SheetState } from './useSheetState';
import { S } from './strings';

export function NotReady({ sheet }: { sheet: SheetState }) {
  if (!sheet.error) return <Text as="p">{S.notReady}</Text>;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{S.cannotRead(sheet.error)}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void sheet.refresh({ resubscribe: true })}>{S.readAgain}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
