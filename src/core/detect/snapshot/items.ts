/** Building structured-data items: shared by the markup readers (snapshot) and the JSON-LD parser (engine). */
import type { Method } from '../types';
import type { Item, SnapshotItem } from './types';

type AnyItem = Item | SnapshotItem;

export function newItem<T extends AnyItem = Item>(types: string[], method: Method, snippet: string): T {
  return { types, props: Object.create(null) as T['props'], method, snippet } as T;
}

/** "http://schema.org/Organization", "schema:name" -> "Organization", "name". */
export function localName(type: string): string {
  const s = type.trim();
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'), s.lastIndexOf(':'));
  return i >= 0 ? s.slice(i + 1) : s;
}

export function addProp<T extends AnyItem>(item: T, key: string, value: T['props'][string][number]): void {
  const k = localName(key);
  const props = item.props as Record<string, unknown[]>;
  const list = Object.hasOwn(props, k) ? props[k] : undefined;
  if (list) list.push(value);
  // defineProperty: a property named "__proto__" must stay a property, not become the prototype.
  else Object.defineProperty(props, k, { value: [value], enumerable: true, writable: true, configurable: true });
}

export function propCount(item: AnyItem): number {
  return Object.keys(item.props).length;
}

/**
 * The snapshot's items as the engine reads them: references resolved to the items themselves, and
 * only the page's own items listed (nested-only ones are reached through their parent).
 */
export function resolveItems(items: readonly SnapshotItem[]): Item[] {
  const built = items.map((i) => newItem(i.types, i.method, i.snippet));
  items.forEach((source, n) => {
    for (const [key, values] of Object.entries(source.props)) {
      for (const v of values) {
        const value = typeof v === 'string' ? v : built[v.ref];
        if (value !== undefined) addProp(built[n]!, key, value);
      }
    }
  });
  return built.filter((_, n) => !items[n]!.nested);
}
