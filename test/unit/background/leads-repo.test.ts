import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLeadsRepo, leadKeys } from '../../../src/background/repos/leads.repo';
import { LeadfillDb } from '../../../src/shared/db/schema';

let db: LeadfillDb;
beforeEach(() => {
  db = new LeadfillDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });

describe('leads repository', () => {
  it('files a new lead under the site domain and finds it again', async () => {
    const repo = createLeadsRepo(db);
    const lead = await repo.create('musterwerk.de', { companyName: typed('Musterwerk GmbH') }, 1000);
    expect(lead.keys).toContain('domain:musterwerk.de');
    expect((await repo.findByDomain('musterwerk.de'))?.id).toBe(lead.id);
    expect(await repo.findByDomain('other.de')).toBeUndefined();
  });

  it('stores a filled field with its provenance and updates lookup keys', async () => {
    const repo = createLeadsRepo(db);
    const lead = await repo.create('musterwerk.de', {}, 1000);
    const filled = await repo.setField(lead.id, 'phone', { value: '+49891234560', source: { kind: 'detected', at: 2000, url: 'https://musterwerk.de/kontakt', method: 'tel-link' } }, 2000);
    expect(filled.fields.phone?.source).toMatchObject({ kind: 'detected', method: 'tel-link' });
    expect(filled.keys).toEqual(expect.arrayContaining(['domain:musterwerk.de', 'phone:+49891234560']));
    expect((await repo.get(lead.id))?.updatedAt).toBe(2000);
  });

  it('does not lose one of two fills made at the same moment', async () => {
    const repo = createLeadsRepo(db);
    const lead = await repo.create('musterwerk.de', {}, 1000);
    await Promise.all([repo.setField(lead.id, 'phone', typed('+49891234560')), repo.setField(lead.id, 'email', typed('info@musterwerk.de'))]);
    const stored = await repo.get(lead.id);
    expect(stored?.fields.phone?.value).toBe('+49891234560');
    expect(stored?.fields.email?.value).toBe('info@musterwerk.de');
  });

  it('refuses to fill a lead that does not exist', async () => {
    await expect(createLeadsRepo(db).setField('nope', 'phone', typed('1'))).rejects.toThrow(/No lead/);
  });

  it('derives keys from website, e-mails and phones', () => {
    const keys = leadKeys({ fields: { website: typed('www.shop.musterwerk.co.uk'), email: typed('Info@Musterwerk.co.uk'), mobile: typed('+49 151 2345678') } });
    expect(keys).toEqual(expect.arrayContaining(['domain:musterwerk.co.uk', 'email:info@musterwerk.co.uk', 'phone:+491512345678']));
  });
});
