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
