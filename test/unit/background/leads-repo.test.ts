import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Rules } from '../../../src/core/lead/summary';
import type { Lead } from '../../../src/core/lead/types';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { bucketOf, LIST_BUCKETS } from '../../../src/shared/db/list-rows';
import { LeadfillDb } from '../../../src/shared/db/schema';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
let db: LeadfillDb;
beforeEach(() => {
  db = new LeadfillDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });

function lead(id: string, fields: Lead['fields'], updatedAt = 1000): Lead {
  return { ...createLead(id, updatedAt), fields };
}

describe('leads repository', () => {
  it('derives keys and summary on write, and finds leads by any key', async () => {
    const repo = createLeadsRepo(db);
    const stored = await repo.put(lead('a', { companyName: typed('Musterwerk GmbH'), website: typed('https://www.musterwerk.de') }), rules);
    expect(stored.keys).toContain('domain:musterwerk.de');
    expect(stored.summary).toMatchObject({ company: 'musterwerk gmbh', stage: 'needs-research' });
    expect((await repo.withAnyKey(['domain:musterwerk.de', 'phone:+49301234567'])).map((l) => l.id)).toEqual(['a']);
    expect(await repo.withAnyKey(['domain:other.de'])).toEqual([]);
  });

  it('does not lose one of two changes made at the same moment', async () => {
    const repo = createLeadsRepo(db);
    await repo.put(lead('a', {}), rules);
    await Promise.all([
      repo.update('a', rules, (l) => ({ ...l, fields: { ...l.fields, phone: typed('+49 89 1234560') } })),
      repo.update('a', rules, (l) => ({ ...l, fields: { ...l.fields, email: typed('info@musterwerk.de') } })),
    ]);
    const stored = await repo.get('a');
    expect(stored?.fields.phone?.value).toBe('+49 89 1234560');
    expect(stored?.fields.email?.value).toBe('info@musterwerk.de');
  });

  it('refuses to change a lead that does not exist', async () => {
    await expect(createLeadsRepo(db).update('nope', rules, (l) => l)).rejects.toMatchObject({ error: { code: 'lead-not-found' } });
  });

  it('refuses an import that would overwrite an existing lead', async () => {
    const repo = createLeadsRepo(db);
    await repo.put(lead('a', { companyName: typed('Erste GmbH') }), rules);
    await expect(repo.addMany([lead('a', { companyName: typed('Zweite GmbH') })], rules)).rejects.toThrow();
    expect((await repo.get('a'))?.fields.companyName?.value).toBe('Erste GmbH');
  });

  it('lists, filters and sorts from the derived summaries', async () => {
    const repo = createLeadsRepo(db);
    const complete: Lead['fields'] = {
      companyName: typed('Alpha GmbH'), website: typed('https://alpha.de'), phone: typed('+49 30 1234567'), email: typed('info@alpha.de'),
      street: typed('Hauptstraße 1'), postalCode: typed('10115'), city: typed('Berlin'), lastName: typed('Albers'), source: typed('Messe'),
    };
    await repo.addMany([
      lead('a', complete, 3000),
      lead('b', { companyName: typed('Beta AG'), city: typed('Köln'), source: typed('Webinar') }, 2000),
      lead('c', { companyName: typed('Gamma KG'), source: typed('Messe') }, 1000),
    ], rules);
    expect((await repo.query({})).rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await repo.query({ sort: 'company' })).rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await repo.query({ sort: 'completeness' })).rows[0]?.id).toBe('a');
    expect((await repo.query({ incomplete: true })).rows.map((r) => r.id)).toEqual(['b', 'c']);
    expect((await repo.query({ text: 'köln' })).rows.map((r) => r.id)).toEqual(['b']);
    expect((await repo.query({ source: 'messe', limit: 1 })).total).toBe(2);
    expect((await repo.query({ stage: 'unqualified' })).rows.map((r) => r.id)).toEqual(['a']);
    expect((await repo.query({ offset: 2 })).rows.map((r) => r.id)).toEqual(['c']);
  });

  it('re-derives summaries chunk by chunk in id order, writing only the changed ones', async () => {
    const repo = createLeadsRepo(db);
    await repo.addMany([lead('c', { companyName: typed('Gamma GmbH') }), lead('a', { companyName: typed('Alpha GmbH') }), lead('b', {})], rules);
    const only: Rules = { profile: [{ id: 'companyName', anyOf: [['companyName']] }], scoring: DEFAULT_RULE_SET };
    expect(await repo.rescore(null, 2, only)).toEqual({ last: 'b', seen: 2, changed: 1 });
    expect((await repo.get('a'))?.summary?.completeness).toBe(100);
    expect((await repo.get('c'))?.summary?.completeness).toBeLessThan(100);
    expect(await repo.rescore('b', 2, only)).toEqual({ last: 'c', seen: 1, changed: 1 });
    expect((await repo.get('c'))?.summary?.completeness).toBe(100);
    expect(await repo.rescore('c', 2, only)).toEqual({ last: 'c', seen: 0, changed: 0 });
    expect(await repo.rescore(null, 10, only)).toEqual({ last: 'c', seen: 3, changed: 0 });
  });

  it('keeps the list rows in the database, so a new worker answers the first search without reading every lead', async () => {
    const first = createLeadsRepo(db);
    await first.addMany(Array.from({ length: 40 }, (_, i) => lead(`l${i}`, { companyName: typed(`Firma ${i} GmbH`), city: typed(i % 2 ? 'Köln' : 'Bonn') }, i)), rules);
    await first.put(lead('l3', { companyName: typed('Umbenannt AG'), city: typed('Köln') }, 99), rules);
    await first.delete('l4');
    // Each write stored what it changed in its own transaction.
    expect(await db.listDelta.count()).toBe(3);

    const readEvery = vi.spyOn(db.leads, 'each');
    const fresh = createLeadsRepo(db);
    expect((await fresh.query({ text: 'umbenannt' })).rows.map((r) => r.id)).toEqual(['l3']);
    expect((await fresh.query({ text: 'köln' })).total).toBe(20);
    expect(await fresh.query({ sort: 'company', limit: 100 })).toEqual(await first.query({ sort: 'company', limit: 100 }));
    expect(readEvery).not.toHaveBeenCalled();

    // Folded into the buckets, the same rows.
    await fresh.compactList();
    expect((await db.listDelta.toArray()).map((d) => [d.rewritten, d.upserts.count])).toEqual([['folded', 0]]);
    expect(await db.listIndex.count()).toBe(LIST_BUCKETS);
    expect(await createLeadsRepo(db).query({ sort: 'company', limit: 100 })).toEqual(await first.query({ sort: 'company', limit: 100 }));
    expect(readEvery).not.toHaveBeenCalled();
  });

  it('records the list rows of leads written in a caller\'s unit of work, and none of one rolled back', async () => {
    const repo = createLeadsRepo(db);
    await repo.unitOfWork([], () => repo.put(lead('a', { companyName: typed('Alpha GmbH') }), rules));
    await expect(repo.unitOfWork([], async () => {
      await repo.put(lead('b', { companyName: typed('Beta GmbH') }), rules);
      throw new Error('the outbox row could not be written');
    })).rejects.toThrow();
    expect((await createLeadsRepo(db).query({ text: 'gmbh' })).rows.map((r) => r.id)).toEqual(['a']);
  });

  it('rebuilds damaged list rows from the leads, once', async () => {
    const first = createLeadsRepo(db);
    await first.addMany([lead('a', { companyName: typed('Alpha GmbH') }), lead('b', { companyName: typed('Beta GmbH') })], rules);
    await first.compactList();
    await db.listIndex.update(bucketOf('a'), { count: 7 });
    const readEvery = vi.spyOn(db.leads, 'each');
    const fresh = createLeadsRepo(db);
    expect((await fresh.query({ text: 'gmbh' })).total).toBe(2);
    expect(readEvery).toHaveBeenCalledOnce();
    expect((await createLeadsRepo(db).query({ text: 'gmbh' })).total).toBe(2);
    expect(readEvery).toHaveBeenCalledOnce();
  });
});
