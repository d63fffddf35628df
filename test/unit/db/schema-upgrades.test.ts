import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../src/background/settings-store';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import { fromStored, toStored } from '../../../src/core/lead/stored-lead';
import type { Lead } from '../../../src/core/lead/types';
import type { LeadfillDb} from '../../../src/shared/db/schema';
import { LIST_BUCKETS } from '../../../src/shared/db/list-rows';
import { SCHEMA_VERSIONS } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { memoryLegacyArea } from '../background/fake-context';
import { declaredIndexes, storedIndexes, writtenAt } from './upgrade-harness';

const opened: LeadfillDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A lead as version 1 stored it: keys and summary derived, a source on each field. */
function storedLead(id: string): Lead {
  return {
    ...createLead(id, 1_700_000_000_000),
    fields: { companyName: { value: 'Musterwerk GmbH', source: { kind: 'typed', at: 1 } }, website: { value: 'https://musterwerk.example', source: { kind: 'typed', at: 1 } } },
    keys: ['domain:musterwerk.example', `name:musterwerk-${id}`],
    summary: { completeness: 25, score: 10, ready: false, stage: 'needs-research', company: 'musterwerk gmbh', search: 'musterwerk gmbh' },
  } as Lead;
}

/** Version 6 stores leads in their compact shape (core/lead/stored-lead.ts); before, as `Lead`. */
const COMPACT_LEADS = 6;
const asStoredAt = (version: number, lead: Lead) => (version >= COMPACT_LEADS ? toStored(lead) : lead);

describe('schema versions', () => {
  it('are numbered 1, 2, 3, … without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it.each(SCHEMA_VERSIONS.slice(1).map((v) => v.version))('upgrading from %i - 1 keeps every lead and ends with the declared indexes', async (version) => {
    const leads = [storedLead('a'), storedLead('b')];
    const old = await writtenAt(version - 1, (db) => db.table('leads').bulkAdd(leads.map((l) => asStoredAt(version - 1, l))));
    const db = await old.upgrade();
    opened.push(db);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect((await db.leads.orderBy('id').toArray()).map(fromStored)).toEqual(leads);
    expect(storedIndexes(db)).toEqual(declaredIndexes(db));
    // The index answers, not only exists.
    expect((await db.leads.where('lookup').equals('name:musterwerk-b').toArray()).map((l) => l.id)).toEqual(['b']);
  });
});

describe('version 2: settings move into the database', () => {
  it('adds the settings table to a version-1 database, and the store takes storage.local over into it', async () => {
    const old = await writtenAt(1, (db) => db.table('leads').add(storedLead('a')));
    const db = await old.upgrade();
    opened.push(db);
    expect(storedIndexes(db)['settings']).toEqual([]);
    expect(await db.settings.count()).toBe(0);
    const legacy = memoryLegacyArea({ ...DEFAULT_SETTINGS, version: 1, retention: { staleAfterMonths: 18, graceDays: 45 } });
    await createSettingsStore(db, legacy.legacy).load();
    const row = await db.settings.get('current');
    expect(row?.value).toMatchObject({ version: 2, retention: { staleAfterMonths: 18, graceDays: 45 } });
    expect(legacy.area.value).toBeUndefined();
    expect(await db.leads.count()).toBe(1);
  });
});

describe('version 3: durable jobs', () => {
  it('adds an empty jobs table, indexed by state and kind, keeping leads and settings', async () => {
    const settings = { id: 'current', value: { ...DEFAULT_SETTINGS, retention: { staleAfterMonths: 6, graceDays: 10 } }, problems: [] };
    const old = await writtenAt(2, async (db) => {
      await db.table('leads').add(storedLead('a'));
      await db.table('settings').add(settings);
    });
    const db = await old.upgrade();
    opened.push(db);
    expect(storedIndexes(db)['jobs']).toEqual(['kind', 'state']);
    expect(await db.jobs.count()).toBe(0);
    expect(await db.settings.get('current')).toEqual(settings);
    expect(fromStored((await db.leads.get('a'))!)).toEqual(storedLead('a'));
  });
});

describe('version 5: the CRM outbox', () => {
  it('adds the outbox and push tables to a version-4 database, keeping leads and jobs, and they answer by index', async () => {
    const job = { id: 'j1', kind: 'rescore', params: null, state: 'running', cursor: null, progress: { done: 0, failed: 0, total: null }, lease: null, lastRunAt: 1, failures: 0, retryAt: null, error: null, createdAt: 1, updatedAt: 1 };
    const old = await writtenAt(4, async (db) => {
      await db.table('leads').add(storedLead('a'));
      await db.table('jobs').add(job);
    });
    const db = await old.upgrade();
    opened.push(db);
    expect(storedIndexes(db)['outbox']).toEqual(['connectionId', 'dueAt', 'leadId']);
    expect(storedIndexes(db)['pushes']).toEqual(['connectionId', 'leadId']);
    expect(await db.jobs.get('j1')).toEqual(job);
    expect(await db.leads.count()).toBe(1);
    await db.outbox.add({ id: 'w|a', connectionId: 'w', leadId: 'a', state: 'due', dueAt: 5, attempts: 0, lease: null, lastError: null, fields: [], manual: false, enqueuedAt: 5 });
    expect((await db.outbox.where('dueAt').belowOrEqual(5).toArray()).map((r) => r.id)).toEqual(['w|a']);
  });
});

describe('version 6: compact leads, one index, the list rows kept', () => {
  const typed = { kind: 'typed' as const, at: 5 };
  const imported = { kind: 'imported' as const, at: 7, batch: 'messe.csv' };
  const detected = { kind: 'detected' as const, at: 9, url: 'https://musterwerk.example/impressum', method: 'imprint-label', snippet: 'Tel. 089 123' };
  /** A lead as version 5 stored it, with values from three sources, a person, a social profile and a conflict. */
  const v5Lead: Lead = {
    ...createLead('lead-1', 1_700_000_000_000),
    fields: {
      companyName: { value: 'Musterwerk GmbH', source: imported },
      website: { value: 'https://www.musterwerk.example', source: imported },
      email: { value: 'info@musterwerk.example', source: imported },
      phone: { value: '+49 89 123', source: detected },
      notes: { value: 'Messe 2026', source: typed },
    },
    people: [{ name: 'Erika Beispiel', role: 'Geschäftsführerin', source: detected }],
    socials: [{ value: 'https://www.linkedin.com/company/musterwerk', source: detected }],
    conflicts: [{ field: 'phone', value: { value: '+49 89 999', source: imported } }],
    keys: ['domain:musterwerk.example', 'email:info@musterwerk.example', 'emaildomain:musterwerk.example', 'name:musterwerk', 'phone:+4989123'],
    summary: { completeness: 60, score: 30, ready: false, stage: 'needs-research', company: 'musterwerk gmbh', search: 'musterwerk gmbh' },
  };

  it('rewrites every lead in the compact shape without losing a value or its source', async () => {
    const old = await writtenAt(5, (db) => db.table('leads').add(v5Lead));
    const db = await old.upgrade();
    opened.push(db);
    const [stored] = await db.leads.toArray();
    expect(stored?.sources).toHaveLength(3);
    expect(stored).not.toHaveProperty('fields');
    expect(fromStored(stored!)).toEqual(v5Lead);
    // One index entry for website and e-mail domain; the company's address is found through it.
    expect(stored?.lookup).toEqual(['domain:musterwerk.example', 'name:musterwerk', 'phone:+4989123']);
    expect(storedIndexes(db)['leads']).toEqual(['lookup']);
    expect(storedIndexes(db)['listIndex']).toEqual([]);
    expect(await db.listIndex.count()).toBe(LIST_BUCKETS);
  });

  it('leaves the repository finding, listing and changing the upgraded leads', async () => {
    const old = await writtenAt(5, (db) => db.table('leads').add(v5Lead));
    const db = await old.upgrade();
    opened.push(db);
    const repo = createLeadsRepo(db);
    const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
    expect((await repo.withAnyKey(['email:info@musterwerk.example'])).map((l) => l.id)).toEqual(['lead-1']);
    // The upgrade stored the list's rows: the list needs no pass over the leads.
    const readEvery = vi.spyOn(db.leads, 'each');
    expect((await repo.query({ text: 'musterwerk' })).rows.map((r) => r.id)).toEqual(['lead-1']);
    expect(readEvery).not.toHaveBeenCalled();
    const changed = await repo.update('lead-1', rules, (l) => ({ ...l, fields: { ...l.fields, city: { value: 'München', source: typed } } }));
    expect(await repo.get('lead-1')).toEqual(changed);
    expect(changed.fields.phone).toEqual(v5Lead.fields.phone);
  });
});
