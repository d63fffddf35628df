import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { csvFile, dataFile, vcardFile } from '../../../src/core/lead/export-file';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import { leadPages, leadsByIds } from '../../../src/shared/db/lead-pages';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { rulesOf } from '../../../src/background/context';

const N = 12_345;
const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });
const lead = (i: number): Lead => ({ ...createLead(`lead-${String(i).padStart(6, '0')}`, i), fields: { companyName: typed(`Firma ${i} GmbH`), city: typed('Köln') } });

let db: LeadfillDb;
afterEach(() => db?.delete());

async function bigDatabase(): Promise<LeadfillDb> {
  db = new LeadfillDb(`pages-${Math.random()}`);
  await createLeadsRepo(db).addMany(Array.from({ length: N }, (_, i) => lead(i)), rulesOf(DEFAULT_SETTINGS));
  return db;
}

describe('exports written page by page from the database', () => {
  it('write every lead exactly once, in pages, with the progress after each page', async () => {
    await bigDatabase();
    const sizes: number[] = [];
    for await (const page of leadPages(db, undefined, 1_000)) sizes.push(page.length);
    expect(sizes).toEqual([...Array(12).fill(1_000), 345]);

    const progress: number[] = [];
    const csv = await csvFile(leadPages(db, undefined, 1_000), { fields: ['companyName', 'city'], bom: false }, { onProgress: (n) => progress.push(n) });
    expect(csv.count).toBe(N);
    expect(progress).toEqual(sizes.map((_, i) => Math.min((i + 1) * 1_000, N)));
    const rows = Papa.parse<string[]>(await csv.blob.text()).data;
    expect(rows[0]).toEqual(['Company', 'City']);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toHaveLength(N);
    expect(new Set(names).size).toBe(N);
    expect(names).toContain('Firma 12344 GmbH');

    const data = JSON.parse(await (await dataFile(leadPages(db, undefined, 1_000), Date.UTC(2026, 0, 1), { settings: { x: 1 } })).blob.text()) as { settings: unknown; leads: Lead[] };
    expect(data.settings).toEqual({ x: 1 });
    expect(data.leads.map((l) => l.id)).toEqual(Array.from({ length: N }, (_, i) => lead(i).id));
    expect(data.leads[7]?.fields.companyName?.value).toBe('Firma 7 GmbH');

    const cards = await (await vcardFile(leadPages(db, undefined, 1_000))).blob.text();
    expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(N);
  });

  it('read the chosen leads, leaving out those gone meanwhile', async () => {
    await bigDatabase();
    const chosen = await leadsByIds(db, [lead(5).id, 'gone', lead(9_000).id]);
    expect(chosen.map((l) => l.fields.companyName?.value)).toEqual(['Firma 5 GmbH', 'Firma 9000 GmbH']);
    const file = await csvFile(leadPages(db, [lead(1).id, lead(2).id, lead(3).id], 2), { fields: ['companyName'], bom: false });
    expect(await file.blob.text()).toBe('Company\r\nFirma 1 GmbH\r\nFirma 2 GmbH\r\nFirma 3 GmbH');
  });

  it('write the data export of an empty database as valid JSON', async () => {
    db = new LeadfillDb(`pages-${Math.random()}`);
    const data = JSON.parse(await (await dataFile(leadPages(db), 0)).blob.text()) as { leads: unknown[]; format: string };
    expect(data).toMatchObject({ format: 'leadfill-export', leads: [] });
  });
});
