/**
 * What research keeps in storage.local, capped: a site's cached research and the pages a bulk run
 * has read so far are entries; an entry too old goes, then the least recently used ones until the
 * entries fit the size and count limits. An entry a live research is writing is never evicted (its
 * run would write it again a moment later, and its progress would vanish from the popup meanwhile).
 */

export interface CachedEntry {
  /** The storage key. */
  key: string;
  /** When it was written. */
  at: number;
  /** When it was last read or written: the least recently used go first. */
  usedAt: number;
  /** Its size as stored (the length of its JSON). */
  bytes: number;
}

export interface CacheLimits {
  maxBytes: number;
  maxEntries: number;
  /** Older entries are stale research: the site may have changed, and reading it again is cheap. */
  maxAgeMs: number;
}

const DAY_MS = 86_400_000;

/**
 * storage.local holds 10 MB in Chrome without `unlimitedStorage`, shared with the rest of the
 * extension: research takes at most 4 MB of it. A site's research is some 5–50 KB.
 */
export const RESEARCH_CACHE_LIMITS: CacheLimits = { maxBytes: 4_000_000, maxEntries: 500, maxAgeMs: 30 * DAY_MS };

/** The keys to remove, oldest use first; `busy` keys (being written by a live run) stay whatever their age and size. */
export function entriesToEvict(entries: readonly CachedEntry[], limits: CacheLimits, now: number, busy: ReadonlySet<string> = new Set()): string[] {
  const evict: string[] = [];
  const kept: CachedEntry[] = [];
  for (const e of entries) {
    if (!busy.has(e.key) && now - e.at > limits.maxAgeMs) evict.push(e.key);
    else kept.push(e);
  }
  let bytes = kept.reduce((n, e) => n + e.bytes, 0);
  let count = kept.length;
  const byUse = kept.filter((e) => !busy.has(e.key)).sort((a, b) => a.usedAt - b.usedAt || a.at - b.at);
  for (const e of byUse) {
    if (bytes <= limits.maxBytes && count <= limits.maxEntries) break;
    evict.push(e.key);
    bytes -= e.bytes;
    count--;
  }
  return evict;
}
