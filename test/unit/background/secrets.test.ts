import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretsStore, secret, SecretsDb } from '../../../src/background/secrets';
import { createLead } from '../../../src/core/lead/lead';
import { csvFile, dataFile, vcardFile } from '../../../src/core/lead/export-file';
import { leadPages } from '../../../src/shared/db/lead-pages';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { fakeContext } from './fake-context';

const TOKEN = 'pat-eu1-7c1e2f3a-0000-4b5c-9d8e-invented0001';
const SIGNING = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

function store() {
  const db = new SecretsDb(`secrets-${Math.random()}`);
  cleanups.push(() => db.delete());
  return createSecretsStore(db, () => 42);
}

describe('secrets store', () => {
  it('stores, reads, lists and deletes by id and by owner prefix', async () => {
    const s = store();
    await s.set('crm:hubspot-1:token', TOKEN);
    await s.set('crm:hubspot-1:refresh', 'refresh-invented');
    await s.set('crm:webhook-2:signing', SIGNING);
    expect((await s.get('crm:hubspot-1:token'))?.reveal()).toBe(TOKEN);
    expect((await s.ids()).sort()).toEqual(['crm:hubspot-1:refresh', 'crm:hubspot-1:token', 'crm:webhook-2:signing']);
    expect(await s.deletePrefix('crm:hubspot-1:')).toBe(2);
    expect(await s.get('crm:hubspot-1:token')).toBeUndefined();
    await s.delete('crm:webhook-2:signing');
    expect(await s.ids()).toEqual([]);
  });

  it('refuses odd ids, empty values and an empty prefix', async () => {
    const s = store();
    await expect(s.set('', TOKEN)).rejects.toThrow(/Not a secret id/);
    await expect(s.set('x y', TOKEN)).rejects.toThrow(/Not a secret id/);
    await expect(s.set('crm:a:token', '')).rejects.toThrow(/empty secret/);
    await expect(s.deletePrefix('')).rejects.toThrow(/prefix/);
  });

  it('never prints a secret it hands out: logs, JSON and string templates show "[secret]"', async () => {
    const s = store();
    await s.set('crm:webhook-2:signing', secret(SIGNING));
    const read = (await s.get('crm:webhook-2:signing'))!;
    for (const shown of [JSON.stringify({ read }), String(read), `${read}`, inspect(read, { showHidden: true, depth: 5 }), inspect({ nested: { read } })]) {
      expect(shown).not.toContain(SIGNING);
    }
    expect(JSON.stringify({ read })).toBe('{"read":"[secret]"}');
  });

  it('lives in a database of its own, apart from leads and settings', () => {
    const leads = new LeadfillDb(`leads-${Math.random()}`);
    const secrets = new SecretsDb(`secrets-${Math.random()}`);
    expect(leads.tables.map((t) => t.name)).not.toContain('secrets');
    expect(secrets.tables.map((t) => t.name)).toEqual(['secrets']);
    expect(secrets.name).not.toBe(leads.name);
  });
});

describe('exports never include a secret', () => {
  it('neither the data export, nor the CSV and vCard export (each read from the leads database)', async () => {
    const { ctx, db, secretsDb } = fakeContext();
    cleanups.push(() => db.delete(), () => secretsDb.delete());
    await ctx.secrets.set('crm:hubspot-1:token', TOKEN);
    await ctx.secrets.set('crm:webhook-2:signing', SIGNING);
    const rules = { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring };
    await ctx.leads.put({ ...createLead('a', 1), fields: { companyName: { value: 'Musterwerk GmbH', source: { kind: 'typed', at: 1 } } } }, rules);

    const files = [await dataFile(leadPages(db), 1, { settings: await ctx.settings() }), await csvFile(leadPages(db), { lists: true }), await vcardFile(leadPages(db))];
    for (const text of await Promise.all(files.map((f) => f.blob.text()))) {
      expect(text).toContain('Musterwerk GmbH');
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(SIGNING);
      expect(text).not.toMatch(/crm:hubspot-1/);
    }
    // The secrets are still there: the export did not get them because it never reads them.
    expect((await ctx.secrets.get('crm:hubspot-1:token'))?.reveal()).toBe(TOKEN);
  });
});
