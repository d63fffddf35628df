/**
 * The local database. Only the background writes it; extension pages may read.
 * Versions are data and append-only: a version on main is never edited, a change of tables or indexes
 * is the next entry (with an `upgrade` when stored rows must change), and each entry has a test that
 * opens a database written by the version before it (test/unit/db/upgrade-harness.ts).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { AppError } from '../../core/errors';
import type { Schedulable } from '../../core/jobs/schedule';
import { fromStored, toStored, type StoredLead } from '../../core/lead/stored-lead';
import { reportInputOf, type ReportInput } from '../../core/report/report-input';
import type { ConnectionHold } from '../../core/crm/connection-hold';
import type { Confirmed, OutboxEntry } from '../../core/crm/outbox-rules';
import type { CsvEncoding } from '../../core/import/decode';
import type { RejectedRow } from '../../core/import/import-file';
import type { ColumnMapping } from '../../core/import/targets';
import type { Lead } from '../../core/lead/types';
import { entryOf, toBuckets, type ListBucketRow, type ListDeltaRow, type ListEntry } from './list-rows';
import { toBuckets as toReportBuckets, type ReportBucketRow, type ReportDeltaRow } from './report-rows';

export interface SchemaVersion {
  version: number;
  /** Dexie's store spec for the tables this version adds or changes (null deletes a table). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** One row of the settings table: the stored settings object as written, read through readSettings. */
export interface SettingsRow {
  id: 'current';
  value: unknown;
  /** What the background noticed when it took the settings over (e.g. from storage.local), for the options page. */
  problems: AppError[];
}

/** A durable job (background/jobs/runner.ts): long work that survives a stopped worker and a restart. */
export interface JobRow extends Schedulable {
  /** Which job kind runs it ("rescore", "import", …). */
  kind: string;
  /** What the kind was started with (plain data). */
  params: unknown;
  /** Where the next chunk starts; null before the first. Advanced in the chunk's own transaction. */
  cursor: unknown;
  progress: { done: number; failed: number; total: number | null };
  /** The last chunk failure (kept while retrying; the reason when failed). */
  error: AppError | null;
  createdAt: number;
  updatedAt: number;
}

/** A cost the rep entered on the report page for a source, campaign or batch (`key`: "campaign:Spring fair"). */
export interface ReportCostRow {
  key: string;
  amount: number;
  /** ISO 4217, e.g. "EUR". */
  currency: string;
  at: number;
}

/** A piece of a file handed over for import (a runtime message carries a few megabytes at most). */
export interface ImportFileRow {
  upload: string;
  index: number;
  text: string;
  at: number;
}

/** What an import job was started with: the stored file, and the rep's choices in the preview. */
export interface ImportParams {
  upload: string;
  pieces: number;
  encoding: CsvEncoding;
  mapping: ColumnMapping;
  batch: string;
  defaultCountry: string;
  /** The import's time: every value's provenance, the same when a resumed job parses again. */
  at: number;
}

/** What a finished import did, for the options page (kept after the job's file is gone). */
export interface ImportResultRow {
  job: string;
  batch: string;
  at: number;
  dataRows: number;
  added: number;
  /** Rows whose lead was stored already (the same rows imported before). */
  known: number;
  rejected: RejectedRow[];
}

/**
 * One due push of a lead to one connection (background/crm/outbox.ts): a row until the receiver
 * confirms; one per lead and connection. Its rules are pure (core/crm/outbox-rules.ts).
 */
export type OutboxRow = OutboxEntry;

/** What the CRM confirmed for a lead: kept after the outbox row is gone, so a later change goes out as an update. */
export interface PushRow extends Confirmed {
  /** "<connection id>|<lead id>", as the outbox row. */
  id: string;
  connectionId: string;
  leadId: string;
}

/** A CRM connection the CRM asked to wait (core/crm/connection-hold.ts): one row per held connection. */
export type CrmHoldRow = ConnectionHold;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // keys: "domain:…", "email:…", "phone:…" lookups for matching a page and finding duplicates;
      // summary.*: what the lead list sorts and filters 100,000 leads by without scoring each.
      leads: 'id, updatedAt, *keys, summary.score, summary.completeness, summary.stage, summary.company',
    },
  },
  {
    // Settings leave storage.local, which content scripts can write (issue 13 item 7); the first
    // start of this version takes them over from there (background/settings-store.ts).
    version: 2,
    stores: { settings: 'id' },
  },
  {
    // Durable jobs: re-scoring after a rules change; imports and bulk research run on them too.
    version: 3,
    stores: { jobs: 'id, state, kind' },
  },
  {
    // The quality report's costs per source, campaign or batch (issue 9).
    version: 4,
    stores: { reportCosts: 'key' },
  },
  {
    // The CRM outbox (issue 7): due pushes until confirmed, and what each connection confirmed per lead.
    version: 5,
    stores: { outbox: 'id, dueAt, connectionId, leadId', pushes: 'id, connectionId, leadId' },
  },
  {
    // Writing the leads at the speed of the storage (issue 11): each provenance stored once per lead
    // instead of once per value (core/lead/stored-lead.ts), and one index instead of six: `lookup`,
    // the lead's keys with the redundant ones left out (core/lead/lookup-keys.ts). The list sorts
    // and filters in memory, from the rows kept in `listIndex` and `listDelta` (db/list-rows.ts).
    version: 6,
    // An import is a durable job (background/jobs/import.ts): its decoded file waits in `importFiles`
    // (in pieces) while the job stores its leads; `importResults` keeps what each import did.
    stores: { leads: 'id, *lookup', listIndex: 'bucket', listDelta: '++seq', importFiles: '[upload+index], upload', importResults: 'job' },
    upgrade: async (tx) => {
      const entries: ListEntry[] = [];
      await tx.table('leads').toCollection().modify((lead: Lead, ref: { value: unknown }) => {
        entries.push(entryOf(lead));
        ref.value = toStored(lead);
      });
      await tx.table('listIndex').bulkPut(toBuckets(entries));
    },
  },
  {
    // The quality report reads a hundred bytes per lead instead of the lead (issue 9): each lead's
    // report input (core/report/report-input.ts), kept as the list's rows are (db/report-rows.ts) and
    // written in the same transaction as the lead; derived here once from the stored leads.
    version: 7,
    stores: { reportInputs: 'bucket', reportInputDelta: '++seq' },
    upgrade: async (tx) => {
      const inputs: ReportInput[] = [];
      await tx.table('leads').each((stored: StoredLead) => {
        inputs.push(reportInputOf(fromStored(stored)));
      });
      await tx.table('reportInputs').bulkPut(toReportBuckets(inputs));
    },
  },
  {
    // A CRM's rate-limit hold outlives the worker that heard it (issue 7): until when and why, per
    // connection. Nothing to derive: a hold heard before this version was not kept.
    version: 8,
    stores: { crmHolds: 'connectionId' },
  },
];

/** Declares the versions up to `upTo` on a Dexie instance: all of them for the app, fewer in upgrade tests. */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

export class LeadfillDb extends Dexie {
  leads!: EntityTable<StoredLead, 'id'>;
  listIndex!: EntityTable<ListBucketRow, 'bucket'>;
  listDelta!: EntityTable<ListDeltaRow, 'seq'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  jobs!: EntityTable<JobRow, 'id'>;
  reportCosts!: EntityTable<ReportCostRow, 'key'>;
  importFiles!: EntityTable<ImportFileRow, 'upload' | 'index'>;
  importResults!: EntityTable<ImportResultRow, 'job'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  pushes!: EntityTable<PushRow, 'id'>;
  reportInputs!: EntityTable<ReportBucketRow, 'bucket'>;
  reportInputDelta!: EntityTable<ReportDeltaRow, 'seq'>;
  crmHolds!: EntityTable<CrmHoldRow, 'connectionId'>;

  constructor(name = 'leadfill') {
    super(name);
    declareVersions(this);
    // A new database starts with the list's and the report's (empty) rows complete, as an upgraded one does.
    this.on('populate', async (tx) => {
      await tx.table('listIndex').bulkPut(toBuckets([]));
      await tx.table('reportInputs').bulkPut(toReportBuckets([]));
    });
  }
}
