/** Collections: `items` after load, with the requested properties loaded on each item. */
import { FakeClientObject, propertyNames, type Getters, type LoadSpec } from './clientObject';
import { jsonBytes, ACTION_BYTES } from './payload';

export abstract class FakeCollection<O, M, P extends FakeClientObject<M>> extends FakeClientObject<O> {
  protected abstract list(owner: O): M[];
  /** A proxy for a member that is already resolved. */
  protected abstract wrap(model: M): P;
  protected getters(): Getters<O> {
    return {};
  }

  get items(): P[] {
    return this.read('items') as P[];
  }

  load(spec?: LoadSpec): this {
    const names = (propertyNames(spec) ?? []).map((n) => n.replace(/^items\/?/, '')).filter(Boolean);
    this.context.enqueue({
      label: `load ${this.typeName} items ${names.join(',')}`,
      bytes: ACTION_BYTES,
      kind: 'load',
      run: () => {
        const members = this.list(this.target()).map((m) => this.wrap(m));
        const snapshots = members.map((p) => p.snapshot(names.length ? names : p.loadable()));
        return {
          bytes: jsonBytes(snapshots.map((s) => Object.fromEntries(s))),
          deliver: () => {
            members.forEach((p, i) => p.deliver(snapshots[i]));
            this.deliver(
              new Map<string, unknown>([
                ['items', members],
                ['isNullObject', false],
              ]),
            );
          },
        };
      },
    });
    return this;
  }
}
