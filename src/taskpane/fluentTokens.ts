/**
 * Fluent UI's `tokens` (a design token's CSS variable by name: tokens.colorNeutralForeground1 is
 * 'var(--colorNeutralForeground1)'), made when read instead of Fluent's object of 467 entries. The pane's first load
 * and the tabs fetched later share the object, so the minifier can no longer drop the entries nothing reads (30 KB).
 * webpack.config.js puts this module in place of Fluent's; test/taskpane/fluentTokens.test.ts checks every token.
 */
import type { tokens as fluentTokens } from '@fluentui/react-components';

/** The z-index tokens are not set by the theme: their variables carry Fluent's fallback. */
const Z_INDEX = new Map(
  Object.entries({
    zIndexBackground: 0,
    zIndexContent: 1,
    zIndexOverlay: 1000,
    zIndexPopup: 2000,
    zIndexMessages: 3000,
    zIndexFloating: 4000,
    zIndexPriority: 5000,
    zIndexDebug: 6000,
  }),
);

export const tokens = new Proxy({} as typeof fluentTokens, {
  get: (_, name) => {
    if (typeof name !== 'string') return undefined;
    const fallback = Z_INDEX.get(name);
    return fallback === undefined ? `var(--${name})` : `var(--${name}, ${fallback})`;
  },
});
