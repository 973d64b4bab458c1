/** The proxy base: resolution in queue order, load, and property reads that fail before sync like Excel's. */
import { FakeExcelError, propertyNotLoaded } from './errors';
import type { FakeContext } from './context';
import { ACTION_BYTES, jsonBytes } from './payload';

export type Getters<T> = Record<string, (target: T) => unknown>;
export type LoadSpec = string | string[] | { select?: string } | undefined;

export type Locator<T> = { locate: () => T | null } | { target: T };

export function propertyNames(spec: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  const text = Array.isArray(spec) ? spec.join(',') : typeof spec === 'string' ? spec : (spec.select ?? '');
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length ? names : null;
}

export abstract class FakeClientObject<T> {
  private resolved = false;
  private resolvedTarget: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  protected abstract readonly typeName: string;
  /** Scalar properties that load() can fetch. */
  protected abstract getters(): Getters<T>;

  constructor(
    readonly context: FakeContext,
    locator: Locator<T>,
    /** Made by an ...OrNullObject method: a missing target is a null object, not an error. */
    readonly orNull = false,
  ) {
    if ('target' in locator) {
      this.resolved = true;
      this.resolvedTarget = locator.target;
    } else {
      // Excel resolves an object where it stands in the batch, so later writes don't move it.
      context.enqueue({ label: '', bytes: ACTION_BYTES, kind: 'resolve', run: () => this.resolveWith(locator.locate) });
    }
  }

  private resolveWith(locate: () => T | null): void {
    if (this.resolved) return;
    this.resolved = true;
    this.resolvedTarget = locate();
  }

  /** For children: the target, or null when this is a null object or missing. */
  resolve(): T | null {
    if (!this.resolved)
      throw new FakeExcelError('InvalidObjectPath', `${this.typeName} was used before it was resolved.`);
    return this.resolvedTarget;
  }

  /** The target an action needs; a missing one fails the sync like Excel's ItemNotFound. */
  target(): T {
    const t = this.resolve();
    if (t === null) throw new FakeExcelError('ItemNotFound', `${this.typeName} findes ikke.`);
    return t;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  /** Every loadable property. */
  loadable(): string[] {
    return Object.keys(this.getters());
  }

  /** Checks the names now, as Office.js does when load() is called. */
  protected loadableNames(spec: LoadSpec): string[] {
    const getters = this.getters();
    const names = propertyNames(spec) ?? Object.keys(getters);
    for (const n of names)
      if (!(n in getters))
        throw new FakeExcelError('InvalidArgument', `${this.typeName} has no loadable property '${n}'.`);
    return names;
  }

  load(spec?: LoadSpec): this {
    const names = this.loadableNames(spec);
    this.context.enqueue({
      label: `load ${this.typeName} ${names.join(',')}`,
      bytes: ACTION_BYTES,
      kind: 'load',
      run: () => {
        const snapshot = this.snapshot(names);
        const nulled = new Map([...snapshot].map(([k, v]) => [k, Array.isArray(v) ? null : v]));
        return {
          bytes: jsonBytes(Object.fromEntries(snapshot)),
          deliver: () => this.deliver(snapshot),
          deliverNull: () => this.deliver(nulled),
        };
      },
    });
    return this;
  }

  /** The named properties as they are now (in the batch). */
  snapshot(names: string[]): Map<string, unknown> {
    const t = this.resolve();
    if (t === null && !this.orNull) this.target();
    const getters = this.getters();
    const snapshot = new Map<string, unknown>([['isNullObject', t === null]]);
    for (const n of names) snapshot.set(n, t === null ? null : getters[n](t));
    return snapshot;
  }

  deliver(snapshot: Map<string, unknown>): void {
    snapshot.forEach((v, k) => this.loaded.set(k, v));
  }

  /** The value of a loaded property; throws PropertyNotLoaded before load() + sync(). */
  protected read(name: string): unknown {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name);
  }

  /** Queues a change; its payload counts towards the request size. */
  protected change(label: string, payload: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      label: `${this.typeName}.${label}`,
      bytes: ACTION_BYTES + jsonBytes(payload),
      kind: 'write',
      run: () => void apply(this.target()),
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
