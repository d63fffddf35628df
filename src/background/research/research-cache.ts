/**
 * What research keeps in storage.local (each site's research, the pages a bulk run has read so far),
 * capped by size, count and age with the least recently used going first (core/research/cache-policy.ts).
 * An index of the entries (date, last use, size) is stored beside them and kept in memory; every change
 * goes through one queue, so parallel runs of a bulk job never lose each other's entries. An entry a
 * live run is still writing is never evicted; a run's end makes room.
 */
import { entriesToEvict, RESEARCH_CACHE_LIMITS, type CacheLimits } from '../../core/research/cache-policy';
import type { ResearchState } from '../../shared/messages';
import { isResearchKey, researchKey, RESEARCH_INDEX_KEY, siteOfResearchKey } from '../../shared/storage-keys';
import type { ResearchStore } from './site-research';
import { logFailure } from '../log';

/** The part of storage.local used here; tests pass one in memory. */
export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ResearchCache {
  get(key: string): Promise<unknown>;
  /** `busy`: a live run will write this key again (progress, its next page); it is not evicted meanwhile. */
  put(key: string, value: unknown, busy: boolean): Promise<void>;
  remove(key: string): Promise<void>;
  /** The sites something is kept of (their research, a bulk run's pages), after the writes queued so far. */
  sites(): Promise<Set<string>>;
}

interface IndexEntry {
  at: number;
  usedAt: number;
  bytes: number;
}
type Index = Record<string, IndexEntry>;

/** A read moves an entry up the list at most this often: the index is not rewritten on every popup opening. */
const TOUCH_EVERY_MS = 60 * 60_000;

function isEntry(e: unknown): e is IndexEntry {
  const x = e as Partial<IndexEntry> | null;
  return typeof x === 'object' && x !== null && [x.at, x.usedAt, x.bytes].every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** The stored index, or null when there is none or it is damaged (then it is built again from the keys). */
function validIndex(stored: unknown): Index | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const entries = Object.entries(stored as Record<string, unknown>);
  return entries.every(([k, e]) => isResearchKey(k) && isEntry(e)) ? Object.fromEntries(entries) as Index : null;
}

const sizeOf = (value: unknown): number => JSON.stringify(value)?.length ?? 0;

/** A stored research's own date, for entries written before the index existed. */
function dateOf(value: unknown): number | null {
  const at = (value as { at?: unknown } | null)?.at;
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

export function researchCacheIn(area: LocalArea, deps: { now(): number; limits?: CacheLimits }): ResearchCache {
  const limits = deps.limits ?? RESEARCH_CACHE_LIMITS;
  const busy = new Set<string>();
  let index: Index | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => {});
    return next;
  };

  /** Entries written before the index existed (or with a damaged index) are found by their keys, once. */
  async function rebuilt(): Promise<Index> {
    const now = deps.now();
    const out: Index = {};
    for (const [key, value] of Object.entries(await area.get(null))) {
      if (!isResearchKey(key)) continue;
      const at = dateOf(value) ?? now;
      out[key] = { at, usedAt: at, bytes: sizeOf(value) };
    }
    return out;
  }

  async function loaded(): Promise<Index> {
    index ??= validIndex((await area.get(RESEARCH_INDEX_KEY))[RESEARCH_INDEX_KEY]) ?? (await rebuilt());
    return index;
  }

  /** Removes what the limits leave no room for (data first: an index entry without data is harmless). */
  async function evict(idx: Index): Promise<Set<string>> {
    const gone = entriesToEvict(Object.entries(idx).map(([key, e]) => ({ key, ...e })), limits, deps.now(), busy);
    for (const key of gone) delete idx[key];
    if (gone.length) await area.remove(gone);
    return new Set(gone);
  }

  return {
    async get(key) {
      const value = (await area.get(key))[key];
      void serial(async () => {
        const idx = await loaded();
        const entry = idx[key];
        const now = deps.now();
        if (value === undefined && entry && !busy.has(key)) delete idx[key];
        else if (entry && now - entry.usedAt >= TOUCH_EVERY_MS) entry.usedAt = now;
        else return;
        await area.set({ [RESEARCH_INDEX_KEY]: idx });
      }).catch((err: unknown) => logFailure('research cache index update', err));
      return value ?? null;
    },

    put(key, value, isBusy) {
      return serial(async () => {
        const idx = await loaded();
        const now = deps.now();
        if (isBusy) busy.add(key);
        else busy.delete(key);
        idx[key] = { at: now, usedAt: now, bytes: sizeOf(value) };
        // Progress is written often; room is made when a run ends.
        const gone = isBusy ? new Set<string>() : await evict(idx);
        await area.set(gone.has(key) ? { [RESEARCH_INDEX_KEY]: idx } : { [key]: value, [RESEARCH_INDEX_KEY]: idx });
      });
    },

    sites() {
      return serial(async () => new Set(Object.keys(await loaded()).flatMap((key) => siteOfResearchKey(key) ?? [])));
    },

    remove(key) {
      return serial(async () => {
        const idx = await loaded();
        busy.delete(key);
        delete idx[key];
        await area.remove(key);
        await area.set({ [RESEARCH_INDEX_KEY]: idx });
      });
    },
  };
}

/** Each site's research, one key per site; a running research is kept while it runs. */
export function localResearchStore(cache: ResearchCache): ResearchStore {
  return {
    get: async (site) => ((await cache.get(researchKey(site))) as ResearchState | null) ?? null,
    put: (state) => cache.put(researchKey(state.site), state, state.status === 'running'),
  };
}
