/** A browser key-value storage area (storage.local, storage.session) in memory, for unit tests. */
export interface MemoryArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** What is stored now, as the browser would hand it out (a copy). */
  readonly items: Map<string, unknown>;
}

/** Values are copied in and out, as the browser's structured clone does, so no caller shares an object with the store. */
export function memoryArea(initial: Record<string, unknown> = {}): MemoryArea {
  const items = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    items,
    async get(keys) {
      const wanted = keys == null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (items.has(k)) out[k] = structuredClone(items.get(k));
      return out;
    },
    async set(values) {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    },
  };
}
