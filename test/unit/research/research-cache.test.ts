/**
 * Research's capped share of storage.local (background/research/research-cache.ts) over an in-memory
 * storage area: entries over the limits go least recently used first, a read moves an entry up, a
 * research that is running is never evicted and lands when it ends, entries written before the
 * index existed are found and capped, and parallel writers lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { localResearchStore, researchCacheIn } from '../../../src/background/research/research-cache';
import type { ResearchState } from '../../../src/shared/messages';
import { RESEARCH_INDEX_KEY, researchKey, researchPagesKey } from '../../../src/shared/storage-keys';
import { memoryArea } from '../../support/memory-area';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function clock(start = 1_800_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** A finished (or running) research of about `bytes` bytes as stored. */
function research(site: string, at: number, status: ResearchState['status'] = 'done', bytes = 300): ResearchState {
  const base: ResearchState = { site, start: `https://${site}/`, status, at, pages: [], cancelled: false, readings: [] };
  const pad = Math.max(0, bytes - JSON.stringify(base).length - 30);
  return { ...base, pages: [{ url: `https://${site}/${'x'.repeat(pad)}`, state: 'read' }] } as ResearchState;
}

const stored = (area: ReturnType<typeof memoryArea>) => [...area.items.keys()].filter((k) => k !== RESEARCH_INDEX_KEY).sort();
const limits = { maxBytes: 1_000, maxEntries: 10, maxAgeMs: 30 * DAY };

describe('research cache in storage.local', () => {
  it('keeps the most recently used sites within the size limit; a read moves a site up', async () => {
    const area = memoryArea();
    const c = clock();
    const store = localResearchStore(researchCacheIn(area, { now: c.now, limits }));
    for (const site of ['a.example', 'b.example', 'c.example']) {
      await store.put(research(site, c.now()));
      c.advance(2 * HOUR);
    }
    expect(stored(area)).toEqual(['research:a.example', 'research:b.example', 'research:c.example']);
    // The rep reopens the popup on a.example: it is now the most recently used.
    expect((await store.get('a.example'))?.site).toBe('a.example');
    c.advance(HOUR);
    await store.put(research('d.example', c.now()));
    expect(stored(area)).toEqual(['research:a.example', 'research:c.example', 'research:d.example']);
    expect(await store.get('b.example')).toBeNull();
  });

  it('drops research older than the age limit when a run ends', async () => {
    const area = memoryArea();
    const c = clock();
    const store = localResearchStore(researchCacheIn(area, { now: c.now, limits }));
    await store.put(research('old.example', c.now(), 'done', 100));
    c.advance(31 * DAY);
    await store.put(research('new.example', c.now(), 'done', 100));
    expect(stored(area)).toEqual(['research:new.example']);
  });

  it('never evicts a research while it runs: its progress stays readable, and it lands when it ends', async () => {
    const area = memoryArea();
    const c = clock();
    const store = localResearchStore(researchCacheIn(area, { now: c.now, limits }));
    await store.put(research('running.example', c.now(), 'running', 500));
    // Other runs end meanwhile and fill the cache; the running one is the least recently written.
    for (const site of ['a.example', 'b.example', 'c.example']) {
      c.advance(HOUR);
      await store.put(research(site, c.now(), 'done', 300));
    }
    expect((await store.get('running.example'))?.status).toBe('running');
    expect(stored(area)).toEqual(['research:c.example', 'research:running.example']);
    // The run ends: it is the newest entry now, and what no longer fits goes.
    c.advance(HOUR);
    await store.put(research('running.example', c.now(), 'done', 500));
    expect((await store.get('running.example'))?.status).toBe('done');
    expect(stored(area)).toEqual(['research:c.example', 'research:running.example']);
    c.advance(HOUR);
    await store.put(research('d.example', c.now(), 'done', 300));
    expect(stored(area)).toEqual(['research:d.example', 'research:running.example']);
  });

  it('finds research written before the index existed, dated by its own date, and caps it', async () => {
    const c = clock();
    const area = memoryArea({
      [researchKey('stale.example')]: research('stale.example', c.now() - 40 * DAY, 'done', 100),
      [researchKey('fresh.example')]: research('fresh.example', c.now() - DAY, 'done', 100),
      [researchPagesKey('left.example')]: { at: c.now() - 35 * DAY, pages: {} },
      settings: { unrelated: true },
    });
    const store = localResearchStore(researchCacheIn(area, { now: c.now, limits }));
    await store.put(research('new.example', c.now(), 'done', 100));
    expect(stored(area)).toEqual(['research:fresh.example', 'research:new.example', 'settings']);
  });

  it('loses no entry when several runs write at once, and a worker started later reads the same index', async () => {
    const area = memoryArea();
    const c = clock();
    const wide = { ...limits, maxBytes: 1_000_000 };
    const store = localResearchStore(researchCacheIn(area, { now: c.now, limits: wide }));
    const sites = Array.from({ length: 8 }, (_, i) => `s${i}.example`);
    await Promise.all(sites.map((s) => store.put(research(s, c.now()))));
    expect(Object.keys(area.items.get(RESEARCH_INDEX_KEY) as object).sort()).toEqual(sites.map(researchKey).sort());
    // A new worker: the count limit applies to what the old one wrote.
    const later = localResearchStore(researchCacheIn(area, { now: c.now, limits: { ...wide, maxEntries: 5 } }));
    c.advance(HOUR);
    await later.put(research('t.example', c.now()));
    expect(stored(area)).toHaveLength(5);
    expect(stored(area)).toContain('research:t.example');
  });

  it('forgets a removed entry and a key whose data is gone', async () => {
    const area = memoryArea();
    const c = clock();
    const cache = researchCacheIn(area, { now: c.now, limits });
    await cache.put(researchPagesKey('a.example'), { at: c.now(), pages: {} }, true);
    await cache.remove(researchPagesKey('a.example'));
    await cache.put(researchKey('b.example'), research('b.example', c.now()), false);
    await area.remove(researchKey('b.example'));
    expect(await cache.get(researchKey('b.example'))).toBeNull();
    await cache.put(researchKey('c.example'), research('c.example', c.now()), false);
    expect(Object.keys(area.items.get(RESEARCH_INDEX_KEY) as object)).toEqual([researchKey('c.example')]);
  });

  it('names the sites it keeps something of, for the list of origins research uses', async () => {
    const area = memoryArea();
    const c = clock();
    const cache = researchCacheIn(area, { now: c.now, limits: { ...limits, maxEntries: 2 } });
    await cache.put(researchPagesKey('127.0.0.1:4173'), { at: c.now(), pages: {} }, true);
    await cache.put(researchKey('a.example'), research('a.example', c.now()), false);
    expect(await cache.sites()).toEqual(new Set(['127.0.0.1:4173', 'a.example']));
    c.advance(1_000);
    // Over the entry limit: the least recently used finished research goes, and with it its site.
    await cache.put(researchKey('b.example'), research('b.example', c.now()), false);
    expect(await cache.sites()).toEqual(new Set(['127.0.0.1:4173', 'b.example']));
    await cache.remove(researchPagesKey('127.0.0.1:4173'));
    expect(await researchCacheIn(area, { now: c.now, limits }).sites()).toEqual(new Set(['b.example']));
  });
});
