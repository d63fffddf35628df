import { afterEach, describe, expect, it } from 'vitest';
import { runRetention } from '../../../src/background/handlers-privacy';
import { adoptLegacy, createSettingsStore } from '../../../src/background/settings-store';
import { createLead } from '../../../src/core/lead/lead';
import { DEFAULT_RETENTION } from '../../../src/core/lead/retention';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { fakeContext, memoryLegacyArea } from './fake-context';

const DAY = 86_400_000;
/** What a content script can write to storage.local: retention of one month, no grace. */
const FORGED = { ...DEFAULT_SETTINGS, version: 1, retention: { staleAfterMonths: 1, graceDays: 0 } };

const dbs: LeadfillDb[] = [];
function freshDb() {
  const db = new LeadfillDb(`settings-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('settings store', () => {
  it('takes the settings over from storage.local once, then never reads it again', async () => {
    const { area, legacy } = memoryLegacyArea({ ...DEFAULT_SETTINGS, version: 1, retention: { staleAfterMonths: 24, graceDays: 90 }, autoDetectOrigins: ['https://Acme.de'] });
    const store = createSettingsStore(freshDb(), legacy);
    const { settings, problems } = await store.load();
    expect(problems).toEqual([]);
    expect(settings.retention).toEqual({ staleAfterMonths: 24, graceDays: 90 });
    expect(settings.autoDetectOrigins).toEqual(['https://acme.de']);
    expect(area.value).toBeUndefined();
    area.value = FORGED;
    const again = createSettingsStore(dbs[0]!, legacy);
    expect((await again.load()).settings.retention).toEqual({ staleAfterMonths: 24, graceDays: 90 });
    expect(area.reads).toBe(1);
  });

  it('does not take over a retention stricter than the default from storage.local, and says so', () => {
    const adopted = adoptLegacy(FORGED);
    expect(adopted.settings.retention).toEqual(DEFAULT_RETENTION);
    expect(adopted.problems).toHaveLength(1);
    expect(adopted.problems[0]).toEqual({ code: 'retention-not-adopted', params: { staleAfterMonths: 1, graceDays: 0 } });
    expect(adoptLegacy({ ...FORGED, retention: { staleAfterMonths: 12, graceDays: 29 } }).settings.retention).toEqual(DEFAULT_RETENTION);
    expect(adoptLegacy(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps the take-over problem until the rep saves, then clears it', async () => {
    const { legacy } = memoryLegacyArea(FORGED);
    const store = createSettingsStore(freshDb(), legacy);
    expect((await store.load()).problems).toHaveLength(1);
    expect((await createSettingsStore(dbs[0]!, legacy).load()).problems).toHaveLength(1);
    await store.update({ retention: { staleAfterMonths: 3, graceDays: 7 } });
    expect(await createSettingsStore(dbs[0]!, legacy).load()).toMatchObject({ problems: [], settings: { retention: { staleAfterMonths: 3, graceDays: 7 } } });
  });

  it('applies concurrent partial updates one after the other: none undoes another', async () => {
    const db = freshDb();
    const stores = [createSettingsStore(db, memoryLegacyArea().legacy), createSettingsStore(db, memoryLegacyArea().legacy)];
    const origins = Array.from({ length: 20 }, (_, i) => `https://site${i}.example`);
    await Promise.all([
      stores[0]!.update({ retention: { staleAfterMonths: 6, graceDays: 3 } }),
      stores[1]!.update({ profile: [{ id: 'companyName', anyOf: [['companyName']] }] }),
      // Read-modify-write of a list, from two places at once: every addition survives.
      ...origins.map((o, i) => stores[i % 2]!.update(({ autoDetectOrigins }) => ({ autoDetectOrigins: [...autoDetectOrigins, o] }))),
    ]);
    const { settings } = await createSettingsStore(db, memoryLegacyArea().legacy).load();
    expect(settings.retention).toEqual({ staleAfterMonths: 6, graceDays: 3 });
    expect(settings.profile).toEqual([{ id: 'companyName', anyOf: [['companyName']] }]);
    expect([...settings.autoDetectOrigins].sort()).toEqual([...origins].sort());
  });

  it('refuses an invalid patch and keeps what was stored', async () => {
    const db = freshDb();
    const store = createSettingsStore(db, memoryLegacyArea().legacy);
    await store.update({ retention: { staleAfterMonths: 6, graceDays: 3 } });
    await expect(store.update({ retention: { staleAfterMonths: 0, graceDays: 0 } })).rejects.toMatchObject({ error: { code: 'settings-invalid', params: { path: 'retention.staleAfterMonths' } } });
    expect((await createSettingsStore(db, memoryLegacyArea().legacy).load()).settings.retention).toEqual({ staleAfterMonths: 6, graceDays: 3 });
  });

  it('reads a damaged stored row through readSettings (defaults, with problems)', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'current', value: { version: 2, retention: { staleAfterMonths: -1, graceDays: 0 } }, problems: [] });
    const { settings, problems } = await createSettingsStore(db, memoryLegacyArea().legacy).load();
    expect(settings.retention).toEqual(DEFAULT_RETENTION);
    expect(problems[0]).toEqual({ code: 'setting-unreadable', params: { path: 'retention.staleAfterMonths' } });
  });
});

describe('issue 13 item 7: a forged storage.local write', () => {
  it('no longer changes retention: the daily run keeps a lead untouched for two months', async () => {
    const { ctx, clock, legacyArea } = fakeContext();
    await ctx.settings();
    const rules = { profile: DEFAULT_SETTINGS.profile, scoring: DEFAULT_SETTINGS.scoring };
    await ctx.leads.addMany([{ ...createLead('recent', clock.now - 60 * DAY), fields: { companyName: { value: 'Zwei Monate GmbH', source: { kind: 'typed', at: 1 } } } }], rules);

    // What a content script can do: write storage.local, where settings used to live.
    legacyArea.value = FORGED;
    expect(await runRetention(ctx)).toEqual({ flagged: 0, unflagged: 0, deleted: 0 });
    clock.now += DAY;
    expect(await runRetention(ctx)).toEqual({ flagged: 0, unflagged: 0, deleted: 0 });
    expect(await ctx.leads.get('recent')).toBeDefined();
    expect((await ctx.settings()).retention).toEqual(DEFAULT_RETENTION);
  });

  it('written before the update is not taken over either', async () => {
    const { ctx, clock } = fakeContext(undefined, FORGED);
    const rules = { profile: DEFAULT_SETTINGS.profile, scoring: DEFAULT_SETTINGS.scoring };
    await ctx.leads.addMany([{ ...createLead('recent', clock.now - 60 * DAY), fields: {} }], rules);
    await runRetention(ctx);
    clock.now += DAY;
    await runRetention(ctx);
    expect(await ctx.leads.get('recent')).toBeDefined();
  });
});
