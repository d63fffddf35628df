import type { EntityTable } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeadsChange } from '../../../src/background/repos/lead-events';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Lead } from '../../../src/core/lead/types';
import { LeadfillDb, SCHEMA_VERSIONS } from '../../../src/shared/db/schema';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };

/** The app's database plus one more table, the way the CRM outbox and the jobs add theirs. */
class DbWithJournal extends LeadfillDb {
  journal!: EntityTable<{ seq?: number; leadId: string; version: number }, 'seq'>;
  constructor(name: string) {
    super(name);
    this.version(SCHEMA_VERSIONS.at(-1)!.version + 1).stores({ journal: '++seq, leadId' });
  }
}

const dbs: LeadfillDb[] = [];
function setup() {
  const db = new DbWithJournal(`events-${Math.random()}`);
  dbs.push(db);
  const repo = createLeadsRepo(db);
  const changes: LeadsChange[] = [];
  repo.subscribe((c) => changes.push(c));
  return { db, repo, changes };
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const named = (id: string, company = 'Musterwerk GmbH'): Lead => ({ ...createLead(id, 1), fields: { companyName: { value: company, source: { kind: 'typed', at: 1 } } } });
const summary = (c: LeadsChange) => (c.kind === 'created' || c.kind === 'updated' ? `${c.kind}:${c.leads.map((l) => l.id).join(',')}` : c.kind === 'deleted' ? `deleted:${c.ids.join(',')}` : c.kind);

describe('the leads repository announces its own changes', () => {
  it('announces every write, by kind, and nothing for reads', async () => {
    const { repo, changes } = setup();
    await repo.put(named('a'), rules);
    await repo.put(named('a', 'Musterwerk AG'), rules);
    await repo.update('a', rules, (l) => ({ ...l, signals: ['visited-pricing'] }));
    await repo.addMany([named('b'), named('c')], rules);
    await repo.get('a');
    await repo.query({ text: 'muster' });
    await repo.deleteMany(['b', 'c']);
    await repo.delete('a');
    await repo.addMany([named('d')], rules);
    await repo.clear();
    expect(changes.map(summary)).toEqual(['created:a', 'updated:a', 'updated:a', 'created:b,c', 'deleted:b,c', 'deleted:a', 'created:d', 'bulk']);
    // What is announced is what was stored, with its derived keys and summary.
    const first = changes[0];
    expect(first?.kind === 'created' && first.leads[0]?.summary?.company).toBe('musterwerk gmbh');
  });

  it('announces only after the commit: a listener reading the database sees the change', async () => {
    const { db, repo } = setup();
    const seen: Promise<unknown>[] = [];
    repo.subscribe((c) => { if (c.kind === 'created') seen.push(db.leads.get(c.leads[0]!.id)); });
    await repo.put(named('a'), rules);
    expect(await seen[0]).toMatchObject({ id: 'a' });
  });

  it('keeps the other listeners and the write going when one listener throws', async () => {
    const { repo, changes } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    repo.subscribe(() => { throw new Error('broken listener'); });
    await expect(repo.put(named('a'), rules)).resolves.toMatchObject({ id: 'a' });
    expect(changes).toHaveLength(1);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('stops announcing to a listener that unsubscribed', async () => {
    const { repo } = setup();
    const mine: LeadsChange[] = [];
    const off = repo.subscribe((c) => mine.push(c));
    await repo.put(named('a'), rules);
    off();
    await repo.put(named('b'), rules);
    expect(mine.map(summary)).toEqual(['created:a']);
  });

  it('keeps the lead list index in step through the announcements', async () => {
    const { repo } = setup();
    await repo.addMany([named('a', 'Alpha GmbH'), named('b', 'Beta GmbH')], rules);
    expect((await repo.query({ text: 'gmbh' })).total).toBe(2);
    await repo.update('b', rules, (l) => ({ ...l, fields: { ...l.fields, companyName: { value: 'Beta AG', source: { kind: 'typed', at: 2 } } } }));
    expect((await repo.query({ text: 'gmbh' })).rows.map((r) => r.id)).toEqual(['a']);
    await repo.delete('a');
    expect((await repo.query({ text: 'gmbh' })).total).toBe(0);
  });
});

describe('unit of work: a lead and another table in one transaction', () => {
  it('stores both, and announces once both are committed', async () => {
    const { db, repo, changes } = setup();
    await repo.put(named('a'), rules);
    changes.length = 0;
    const announcedInside: number[] = [];
    const stored = await repo.unitOfWork([db.journal], async () => {
      const lead = await repo.update('a', rules, (l) => ({ ...l, signals: ['visited-pricing'] }));
      await db.journal.add({ leadId: lead.id, version: lead.updatedAt });
      announcedInside.push(changes.length);
      return lead;
    });
    expect(announcedInside).toEqual([0]);
    expect(changes.map(summary)).toEqual(['updated:a']);
    expect(stored.signals).toEqual(['visited-pricing']);
    expect(await db.journal.where('leadId').equals('a').count()).toBe(1);
  });

  it('stores neither and announces nothing when the work fails after both writes', async () => {
    const { db, repo, changes } = setup();
    await expect(repo.unitOfWork([db.journal], async () => {
      await repo.put(named('b'), rules);
      await db.journal.add({ leadId: 'b', version: 1 });
      throw new Error('the push rule refused');
    })).rejects.toThrow('the push rule refused');
    expect(await db.leads.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
    expect(changes).toEqual([]);
    expect((await repo.query({ text: 'muster' })).total).toBe(0);
  });

  it('also rolls back when the outbox write itself is refused', async () => {
    const { db, repo } = setup();
    await db.journal.add({ seq: 7, leadId: 'x', version: 1 });
    await expect(repo.unitOfWork([db.journal], async () => {
      await repo.put(named('c'), rules);
      await db.journal.add({ seq: 7, leadId: 'c', version: 1 });
    })).rejects.toThrow();
    expect(await repo.get('c')).toBeUndefined();
  });
});
