/**
 * Database upgrade tests: a database written by version n of the schema (with fake-indexeddb, the
 * same versions the app declares, cut off at n), then opened by the app's LeadfillDb, which upgrades
 * it to the newest version. Every SCHEMA_VERSIONS entry gets a test through here.
 */
import Dexie from 'dexie';
import { declareVersions, LeadfillDb } from '../../../src/shared/db/schema';

export interface OldDatabase {
  name: string;
  /** Opens the database as the app does now: every version, so the upgrade runs. */
  upgrade(): Promise<LeadfillDb>;
}

/** Creates a database at schema version `version` and lets `fill` write rows into it through Dexie. */
export async function writtenAt(version: number, fill: (db: Dexie) => PromiseLike<unknown> = async () => {}): Promise<OldDatabase> {
  const name = `upgrade-${version}-${Math.random()}`;
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  if (old.verno !== version) throw new Error(`Opened at ${old.verno}, wanted ${version}.`);
  await fill(old);
  old.close();
  return {
    name,
    async upgrade() {
      const db = new LeadfillDb(name);
      await db.open();
      return db;
    },
  };
}

/** The object stores and their index names as IndexedDB itself holds them (not as Dexie believes). */
export function storedIndexes(db: Dexie): Record<string, string[]> {
  const idb = db.backendDB();
  const stores = [...idb.objectStoreNames];
  const tx = idb.transaction(stores, 'readonly');
  return Object.fromEntries(stores.map((s) => [s, [...tx.objectStore(s).indexNames].sort()]));
}

/** The stores and indexes the app's schema declares at its newest version. */
export function declaredIndexes(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
}
