/**
 * What jsdom under Jest 29 lacks and browsers have: TextEncoder (the fake Excel measures payloads with it) and
 * ResizeObserver (Fluent's MessageBar watches its width). Import first in a jsdom test.
 */
import { TextDecoder, TextEncoder } from 'util';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  ResizeObserver: (globalThis as { ResizeObserver?: unknown }).ResizeObserver ?? NoResizeObserver,
});

/**
 * Of Fluent's styles only those that hide reach jsdom's style sheets: Griffel inserts one rule per class, thousands of
 * them, and jsdom's getComputedStyle (which role queries call for every candidate and its ancestors) matches every rule
 * each time. A rule that hides (a Tab's reserved-space copy of its label) decides an accessible name, so it stays; the
 * looks are Chromium's to check (test/e2e).
 */
if (typeof CSSStyleSheet !== 'undefined') {
  const insertRule = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number) {
    return /display:\s*none|visibility:\s*hidden|content:/.test(rule) ? insertRule.call(this, rule, index) : 0;
  };
}
