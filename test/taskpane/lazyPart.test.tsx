/** @jest-environment jsdom */
import '../support/jsdomShims';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lazyPart } from '../../src/taskpane/LazyPart';
import { S } from '../../src/taskpane/strings';

/** webpack's error when a chunk does not come (its name is what the pane tells by). */
function chunkLoadError(): Error {
  const error = new Error('Loading chunk 714 failed.');
  error.name = 'ChunkLoadError';
  return error;
}

test('a tab whose code is on its way shows a labelled spinner, then the tab', async () => {
  type Tab = (props: { who: string }) => JSX.Element;
  let arrive: (c: Tab) => void = () => undefined;
  const Part = lazyPart(() => new Promise<Tab>((resolve) => (arrive = resolve)));
  render(
    <FluentProvider theme={webLightTheme}>
      <Part who="Tjek" />
    </FluentProvider>,
  );
  expect(screen.getByText(S.loading)).toBeTruthy();
  arrive(({ who }) => <p>{`Fanen ${who}`}</p>);
  expect(await screen.findByText('Fanen Tjek')).toBeTruthy();
  expect(screen.queryByText(S.loading)).toBeNull();
});

test('code that cannot be fetched gets a Danish message, and «Prøv igen» fetches again', async () => {
  let calls = 0;
  const Part = lazyPart(async () => {
    calls++;
    if (calls === 1) throw chunkLoadError();
    return () => <p>Fanen er her</p>;
  });
  // React reports the caught error on the console; the pane's message is what counts here.
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    render(
      <FluentProvider theme={webLightTheme}>
        <Part />
      </FluentProvider>,
    );
    expect(await screen.findByText(S.error(S.errors.notLoaded))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: S.tryAgain }));
    expect(await screen.findByText('Fanen er her')).toBeTruthy();
    expect(calls).toBe(2);
  } finally {
    quiet.mockRestore();
  }
});
