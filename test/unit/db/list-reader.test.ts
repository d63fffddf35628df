import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Lead } from '../../../src/core/lead/types';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { StoredListReader } from '../../../src/shared/db/list-reader';
import { bucketOf } from '../../../src/shared/db/list-rows';
import { LeadfillDb } from '../../../src/shared/db/schema';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });
const lead = (id: string, company: string, city: string, updatedAt = 1000): Lead => ({
  ...createLead(id, updatedAt),
  fields: { companyName: typed(company), city: typed(city) },
});
const firms = (n: number, from = 0) => Array.from({ length: n }, (_, i) => lead(`l${from + i}`, `Firma ${from + i} GmbH`, i % 2 ? 'Köln' : 'Bonn', from + i));

let db: LeadfillDb;
/** The page's own connection to the same database, as an extension page opens it. */
let pageDb: LeadfillDb;
beforeEach(() => {
  db = new LeadfillDb(`test-${Math.random()}`);
  pageDb = new LeadfillDb(db.name);
});
afterEach(async () => {
  pageDb.close();
  await db.delete();
});

const QUERIES = [{ text: 'köln' }, { text: 'firma 1', sort: 'company' as const }, { sort: 'score' as const, limit: 100 }, { offset: 5, limit: 7 }];

/** Every query answered by the page's reader as by the worker's list (a fresh repository: its list read from the database too). */
async function expectSameAnswers(reader: StoredListReader): Promise<void> {
  for (const q of QUERIES) expect(await reader.query(q)).toEqual(await createLeadsRepo(db).query(q));
}

describe('the lead list read by an extension page', () => {
  it('answers as the worker does, and sees every later write with a read of the new deltas only', async () => {
    const repo = createLeadsRepo(db);
    await repo.addMany(firms(30), rules);
    await repo.compactList();
    const reader = new StoredListReader(pageDb);
    await expectSameAnswers(reader);

    const readBuckets = vi.spyOn(pageDb.listIndex, 'toArray');
    await repo.put(lead('l3', 'Umbenannt AG', 'Köln', 99), rules);
    await repo.delete('l4');
    await repo.addMany(firms(5, 30), rules);
    expect((await reader.query({ text: 'umbenannt' }))!.rows.map((r) => r.id)).toEqual(['l3']);
    expect((await reader.query({ text: 'firma 4 gmbh' }))!.total).toBe(0);
    await expectSameAnswers(reader);
    // A worker that folds the deltas this copy already holds changes no row: the copy stays.
    await repo.compactList();
    await expectSameAnswers(reader);
    expect(readBuckets).not.toHaveBeenCalled();
  });

  it('reads the rows anew when the buckets were rewritten with changes its copy lacks', async () => {
    const repo = createLeadsRepo(db);
    await repo.addMany(firms(20), rules);
    const reader = new StoredListReader(pageDb);
    expect((await reader.query({ text: 'köln' }))!.total).toBe(10);
    // Written and folded between two queries: the delta is gone, only the fold's marker tells.
    await repo.put(lead('l1', 'Umbenannt AG', 'Bonn', 99), rules);
    await repo.compactList();
    expect((await reader.query({ text: 'köln' }))!.total).toBe(9);
    await expectSameAnswers(reader);

    await repo.clear();
    expect(await reader.query({})).toEqual({ total: 0, rows: [] });
    await repo.addMany(firms(3, 100), rules);
    await expectSameAnswers(reader);
  });

  it('gives no answer when the stored rows are damaged, so the worker answers (and rebuilds them)', async () => {
    const repo = createLeadsRepo(db);
    await repo.addMany(firms(4), rules);
    await repo.compactList();
    await db.listIndex.update(bucketOf('l0'), { count: 7 });
    expect(await new StoredListReader(pageDb).query({ text: 'firma' })).toBeNull();
    expect((await createLeadsRepo(db).query({ text: 'firma' })).total).toBe(4);
    expect((await new StoredListReader(pageDb).query({ text: 'firma' }))!.total).toBe(4);
  });
});
