import { afterEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../src/background/settings-store';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import type { LeadfillDb} from '../../../src/shared/db/schema';
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

describe('schema versions', () => {
  it('are numbered 1, 2, 3, … without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it.each(SCHEMA_VERSIONS.slice(1).map((v) => v.version))('upgrading from %i - 1 keeps every lead and ends with the declared indexes', async (version) => {
    const leads = [storedLead('a'), storedLead('b')];
    const old = await writtenAt(version - 1, (db) => db.table('leads').bulkAdd(leads));
    const db = await old.upgrade();
    opened.push(db);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.leads.orderBy('id').toArray()).toEqual(leads);
    expect(storedIndexes(db)).toEqual(declaredIndexes(db));
    // The indexes answer, not only exist.
    expect((await db.leads.where('keys').equals('name:musterwerk-b').toArray()).map((l) => l.id)).toEqual(['b']);
    expect(await db.leads.where('summary.company').equals('musterwerk gmbh').count()).toBe(2);
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
    expect(await db.leads.get('a')).toEqual(storedLead('a'));
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
