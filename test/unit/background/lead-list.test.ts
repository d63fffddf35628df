import { describe, expect, it } from 'vitest';
import { LeadList, type ListSource } from '../../../src/background/repos/lead-list';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import type { StoredRows } from '../../../src/shared/db/loaded-rows';
import { entryOf, toBuckets, toDelta, toSegment } from '../../../src/shared/db/list-rows';

function lead(id: string, company: string, score: number, updatedAt = 1): Lead {
  return {
    ...createLead(id, updatedAt),
    fields: { companyName: { value: company, source: { kind: 'typed', at: 1 } } },
    summary: { completeness: score, score, ready: false, stage: 'needs-research', search: company.toLowerCase(), company: company.toLowerCase() },
  };
}

const rows = (leads: readonly Lead[]): StoredRows => ({ buckets: toBuckets(leads.map(entryOf)).map((b) => toSegment(b)!), deltas: [] });

/** Stored rows in memory, counting loads and rebuilds; `gate` holds a load until released. */
function memorySource(stored: Lead[] | null, leads: Lead[] = stored ?? []) {
  const counts = { load: 0, rebuild: 0 };
  let gate: Promise<void> | null = null;
  const source: ListSource = {
    async load() {
      counts.load++;
      const snapshot = stored && rows(stored);
      if (gate) await gate;
      return snapshot;
    },
    async rebuild() {
      counts.rebuild++;
      stored = [...leads];
      return rows(leads);
    },
    async complete() {
      return stored !== null;
    },
  };
  return { source, counts, hold: (until: Promise<void>) => (gate = until) };
}

describe('the lead list', () => {
  it('filters, sorts and pages, and follows announced writes once loaded', async () => {
    const list = new LeadList(memorySource([lead('a', 'Alpha GmbH', 10, 3), lead('b', 'Beta AG', 50, 2), lead('c', 'Alphabet KG', 30, 1)]).source);
    expect((await list.query({ text: 'alpha', sort: 'score' })).rows.map((r) => r.id)).toEqual(['c', 'a']);
    expect((await list.query({ text: 'alpha', sort: 'company' })).rows.map((r) => r.id)).toEqual(['a', 'c']);
    list.apply({ kind: 'updated', leads: [lead('a', 'Alpha GmbH', 90, 4)] });
    list.apply({ kind: 'deleted', ids: ['c'] });
    const after = await list.query({ text: 'alpha', sort: 'score' });
    expect(after).toMatchObject({ total: 1, rows: [{ id: 'a', score: 90 }] });
    expect((await list.query({ minScore: 40, offset: 1, limit: 1 })).rows.map((r) => r.id)).toEqual(['b']);
    expect((await list.query({})).rows.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps a write announced while its rows load', async () => {
    const mem = memorySource([lead('a', 'Alpha GmbH', 10)]);
    let release!: () => void;
    mem.hold(new Promise<void>((r) => (release = r)));
    const list = new LeadList(mem.source);
    const pending = list.query({ text: 'gmbh' });
    // Committed after the load read its rows: the load must not lose it.
    list.apply({ kind: 'created', leads: [lead('b', 'Beta GmbH', 20)] });
    release();
    expect((await pending).rows.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(mem.counts.load).toBe(1);
  });

  it('loads again when every lead changed while its rows loaded', async () => {
    const mem = memorySource([lead('a', 'Alpha GmbH', 10)]);
    let release!: () => void;
    mem.hold(new Promise<void>((r) => (release = r)));
    const list = new LeadList(mem.source);
    const pending = list.query({});
    list.apply({ kind: 'bulk' });
    mem.hold(Promise.resolve());
    release();
    expect((await pending).total).toBe(1);
    expect(mem.counts.load).toBe(2);
  });

  it('rebuilds from the leads when the stored rows cannot be read, at worker start rather than at the first query', async () => {
    const incomplete = memorySource(null, [lead('a', 'Alpha', 1)]);
    const list = new LeadList(incomplete.source);
    await list.warm();
    expect(incomplete.counts.rebuild).toBe(1);
    expect((await list.query({ text: 'alpha' })).total).toBe(1);
    expect(incomplete.counts.rebuild).toBe(1);

    // Stored rows complete: the worker start reads nothing; the first query loads them.
    const complete = memorySource([lead('a', 'Alpha', 1)]);
    const other = new LeadList(complete.source);
    await other.warm();
    expect(complete.counts).toEqual({ load: 0, rebuild: 0 });
    expect((await other.query({ text: 'alpha' })).total).toBe(1);
    expect(complete.counts).toEqual({ load: 1, rebuild: 0 });
  });

  it('reads the deltas after the buckets: a lead changed or deleted later counts as the later delta says', async () => {
    const buckets = toBuckets([lead('a', 'Alpha', 1), lead('b', 'Beta', 2), lead('c', 'Gamma', 3)].map(entryOf)).map((b) => toSegment(b)!);
    const delta = (upserts: Lead[], removed: string[] = []) => {
      const d = toDelta(upserts, removed);
      return { upserts: toSegment(d.upserts)!, removed: d.removed };
    };
    const stored: StoredRows = { buckets, deltas: [delta([lead('a', 'Alpha neu', 50)]), delta([], ['b']), delta([lead('b', 'Beta wieder', 7), lead('d', 'Delta', 9)]), delta([], ['d'])] };
    const list = new LeadList({ load: async () => stored, rebuild: async () => stored, complete: async () => true });
    const all = await list.query({ sort: 'company' });
    expect(all.rows.map((r) => `${r.id}:${r.companyName}:${r.score}`)).toEqual(['a:Alpha neu:50', 'b:Beta wieder:7', 'c:Gamma:3']);
    expect((await list.query({ text: 'alpha' })).total).toBe(1);
  });
});

describe('the lead list pages', () => {
  it('give every page of a sort as the whole sorted list would, the total counting every match', async () => {
    const leads = Array.from({ length: 240 }, (_, i) => lead(`id${String(i).padStart(3, '0')}`, i % 3 ? `Alpha ${i % 17}` : `Beta ${i}`, (i * 37) % 11, (i * 53) % 29));
    const list = new LeadList(memorySource(leads).source);
    for (const sort of ['updated', 'score', 'company'] as const) {
      const all = (await list.query({ text: 'alpha', sort, limit: 500 })).rows.map((r) => r.id);
      expect(all.length).toBe(leads.filter((l) => l.summary!.search.includes('alpha')).length);
      const pages: string[] = [];
      for (let offset = 0; offset < all.length; offset += 25) {
        const page = await list.query({ text: 'alpha', sort, offset, limit: 25 });
        expect(page.total).toBe(all.length);
        pages.push(...page.rows.map((r) => r.id));
      }
      expect(pages).toEqual(all);
    }
  });
});
