/** What research keeps in storage.local: too old goes, then the least recently used until it fits; a live run's entry stays. */
import { describe, expect, it } from 'vitest';
import { entriesToEvict, type CachedEntry } from '../../../src/core/research/cache-policy';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const limits = { maxBytes: 1_000, maxEntries: 4, maxAgeMs: 30 * DAY };
const entry = (key: string, daysOld: number, usedDaysAgo: number, bytes = 100): CachedEntry => ({ key, at: NOW - daysOld * DAY, usedAt: NOW - usedDaysAgo * DAY, bytes });

describe('research cache policy', () => {
  it('keeps everything within the limits', () => {
    expect(entriesToEvict([entry('a', 1, 1), entry('b', 29, 2)], limits, NOW)).toEqual([]);
  });

  it('removes entries older than the limit, however recently they were read', () => {
    expect(entriesToEvict([entry('old', 31, 0), entry('new', 1, 1)], limits, NOW)).toEqual(['old']);
  });

  it('removes the least recently used until the size fits', () => {
    const entries = [entry('a', 5, 1, 400), entry('b', 5, 3, 400), entry('c', 5, 2, 400)];
    expect(entriesToEvict(entries, limits, NOW)).toEqual(['b']);
    expect(entriesToEvict([...entries, entry('d', 1, 0, 500)], limits, NOW)).toEqual(['b', 'c']);
  });

  it('removes the least recently used until the count fits', () => {
    const entries = ['a', 'b', 'c', 'd', 'e', 'f'].map((k, i) => entry(k, 10, 10 - i, 10));
    expect(entriesToEvict(entries, limits, NOW)).toEqual(['a', 'b']);
  });

  it('never removes an entry a live run is writing, even when old or least used; it still counts towards the size', () => {
    const entries = [entry('running', 40, 40, 600), entry('a', 5, 1, 300), entry('b', 5, 2, 300)];
    expect(entriesToEvict(entries, limits, NOW, new Set(['running']))).toEqual(['b']);
    // Alone over the limit: nothing else to remove, and the running one stays.
    expect(entriesToEvict([entry('running', 1, 1, 5_000)], limits, NOW, new Set(['running']))).toEqual([]);
  });
});
