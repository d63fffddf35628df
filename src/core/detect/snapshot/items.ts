/** Building structured-data items: shared by the markup readers (snapshot) and the JSON-LD parser (engine). */
import type { Method } from '../types';
import type { Item } from './types';

export function newItem(types: string[], method: Method, snippet: string): Item {
  return { types, props: Object.create(null) as Item['props'], method, snippet };
}

/** "http://schema.org/Organization", "schema:name" -> "Organization", "name". */
export function localName(type: string): string {
  const s = type.trim();
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'), s.lastIndexOf(':'));
  return i >= 0 ? s.slice(i + 1) : s;
}

export function addProp(item: Item, key: string, value: string | Item): void {
  const k = localName(key);
  const list = Object.hasOwn(item.props, k) ? item.props[k] : undefined;
  if (list) list.push(value);
  else Object.defineProperty(item.props, k, { value: [value], enumerable: true, writable: true, configurable: true });
}

export function propCount(item: Item): number {
  return Object.keys(item.props).length;
}
