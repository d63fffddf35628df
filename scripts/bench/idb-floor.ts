/**
 * The floor of the import's writes (issue 11): the same records the import stores, prepared in Node
 * by the import's own code, written with plain IndexedDB in 5,000-record transactions into a fresh
 * database, once with the production schema's indexes and once without any. Runs in an extension
 * page of the same Chromium session that times the import.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { importFile } from '../../src/core/import/import-file';
import { toStored } from '../../src/core/lead/stored-lead';
import type { Rules } from '../../src/core/lead/summary';
import { prepareImported } from '../../src/background/repos/leads.repo';
import { LeadfillDb } from '../../src/shared/db/schema';

export interface StoreSpec {
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[];
}

/** The leads table as the app's schema declares it at its newest version (Dexie reads the declaration; nothing is opened). */
export function productionLeadsStore(): StoreSpec {
  const table = new LeadfillDb('bench-schema').tables.find((t) => t.name === 'leads');
  if (!table || typeof table.schema.primKey.keyPath !== 'string') throw new Error('The schema has no leads table with a key path.');
  return {
    keyPath: table.schema.primKey.keyPath,
    indexes: table.schema.indexes.map((i) => ({ name: i.name, keyPath: i.keyPath ?? i.name, multiEntry: Boolean(i.multi), unique: Boolean(i.unique) })),
  };
}

/** The records an import of `csv` stores, as JSON in `file` (for the page to fetch). */
export function writePreparedRecords(csv: Uint8Array, rules: Rules, file: string): number {
  const { leads } = importFile(csv, { at: Date.now(), batch: 'crm-export.csv', defaultCountry: 'DE' });
  writeFileSync(file, JSON.stringify(leads.map((lead) => toStored(prepareImported(lead, rules)))));
  return leads.length;
}

/** In the page: seconds to write the records at `url` into a fresh database with `store`'s indexes (or none). Source text: see chromium-timing.ts. */
const WRITE_FLOOR = `async ({ url, store, chunk }) => {
  window.__floorRecords ??= await (await fetch(url)).json();
  const records = window.__floorRecords;
  const name = 'leadfill-floor-' + Math.random();
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const os = open.result.createObjectStore('leads', { keyPath: store.keyPath });
      for (const i of store.indexes) os.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  for (let i = 0; i < records.length; i += chunk) {
    const tx = db.transaction('leads', 'readwrite');
    const os = tx.objectStore('leads');
    for (const record of records.slice(i, i + chunk)) os.add(record);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  await new Promise((resolve) => { const del = indexedDB.deleteDatabase(name); del.onsuccess = resolve; del.onerror = resolve; });
  return seconds;
}`;

/** Seconds for the plain write of the prepared records, with the production indexes or without any. */
export async function timeFloor(page: Page, url: string, withIndexes: boolean): Promise<number> {
  const store = productionLeadsStore();
  return page.evaluate(`(${WRITE_FLOOR})(${JSON.stringify({ url, store: withIndexes ? store : { ...store, indexes: [] }, chunk: 5000 })})`) as Promise<number>;
}

/** Drops the page's copy of the records (about 1 KB each) before the import is timed. */
export async function dropRecords(page: Page): Promise<void> {
  await page.evaluate('delete window.__floorRecords');
}
