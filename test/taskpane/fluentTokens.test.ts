/** The pane's stand-in for Fluent's token object (webpack puts it in Fluent's place) gives every token Fluent's value. */
import { tokens as fluent } from '@fluentui/react-components';
import { tokens } from '../../src/taskpane/fluentTokens';

test('every Fluent token reads as Fluent’s own CSS variable', () => {
  const names = Object.keys(fluent) as (keyof typeof fluent)[];
  expect(names.length).toBeGreaterThan(400);
  expect(names.filter((name) => tokens[name] !== fluent[name])).toEqual([]);
});
