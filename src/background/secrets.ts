/**
 * Credentials (CRM tokens, signing secrets) in a database of their own, apart from the leads and the
 * settings: no content script can open the extension's IndexedDB, the data export and the CSV export
 * read only the leads database, and a secret read from here is wrapped so that logging or
 * serialising it by mistake shows "[secret]" instead of the value. Only the background opens it.
 */
import Dexie, { type EntityTable } from 'dexie';

interface SecretRow {
  /** e.g. "crm:<connection id>:token": one prefix per owner, so disconnecting wipes them together. */
  id: string;
  value: string;
  updatedAt: number;
}

export class SecretsDb extends Dexie {
  secrets!: EntityTable<SecretRow, 'id'>;

  /** Versions append-only, as in shared/db/schema.ts. */
  constructor(name = 'leadfill-secrets') {
    super(name);
    this.version(1).stores({ secrets: 'id' });
  }
}

/** A secret value that does not print: `reveal()` is the only way to the text. */
export interface Secret {
  reveal(): string;
  toJSON(): string;
  toString(): string;
}

const REDACTED = '[secret]';

/** The value lives in a closure, not a property, so a debugger's or console's object preview does not show it either. */
export function secret(value: string): Secret {
  return Object.freeze({ reveal: () => value, toJSON: () => REDACTED, toString: () => REDACTED });
}

const ID = /^[a-z][\w.:-]{0,199}$/i;

function checkId(id: string): string {
  if (!ID.test(id)) throw new Error(`Not a secret id: ${JSON.stringify(id.slice(0, 40))}`);
  return id;
}

export function createSecretsStore(db: SecretsDb = new SecretsDb(), now: () => number = Date.now) {
  return {
    async get(id: string): Promise<Secret | undefined> {
      const row = await db.secrets.get(checkId(id));
      return row ? secret(row.value) : undefined;
    },
    async set(id: string, value: string | Secret): Promise<void> {
      const text = typeof value === 'string' ? value : value.reveal();
      if (!text) throw new Error('An empty secret is not stored; delete it instead.');
      await db.secrets.put({ id: checkId(id), value: text, updatedAt: now() });
    },
    async delete(id: string): Promise<void> {
      await db.secrets.delete(checkId(id));
    },
    /** Deletes every secret whose id starts with `prefix` (e.g. all of one CRM connection); returns how many. */
    async deletePrefix(prefix: string): Promise<number> {
      if (!prefix) throw new Error('A prefix is needed: deleting every secret at once is not what this is for.');
      return db.secrets.where('id').startsWith(prefix).delete();
    },
    /** Which secrets exist (ids only), e.g. for "connected" in the options page. */
    ids: (): Promise<string[]> => db.secrets.toCollection().primaryKeys(),
  };
}

export type SecretsStore = ReturnType<typeof createSecretsStore>;
