/**
 * A part of the pane whose code is fetched when it is first shown (from the add-in's own address, as webpack splits it):
 * a labelled Spinner while it comes, and a Danish message with «Prøv igen» when it cannot be had.
 */
import { Component, Suspense, lazy, useState, type FunctionComponent, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { errorText } from './errorText';
import { S } from './strings';

class LoadBoundary extends Component<{ onRetry: () => void; children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{S.error(errorText(this.state.error))}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.props.onRetry}>{S.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** The component `load` gives, shown when its code has come; once it has, at once on every later showing. */
export function lazyPart<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  // A function component takes no ref, so its lazy form takes P (TypeScript cannot tell for a generic P).
  const fresh = () => lazy(() => load().then((c) => ({ default: c }))) as unknown as FunctionComponent<P>;
  let Part = fresh();
  return function LazyPart(props: P) {
    const [attempt, setAttempt] = useState(0);
    // React.lazy keeps a failed fetch as failed: «Prøv igen» starts a new one.
    const retry = () => {
      Part = fresh();
      setAttempt((n) => n + 1);
    };
    return (
      <LoadBoundary key={attempt} onRetry={retry}>
        <Suspense fallback={<Spinner size="small" label={S.loading} />}>
          <Part {...props} />
        </Suspense>
      </LoadBoundary>
    );
  };
}
