/**
 * The quality report's inputs in the database (core/report/report-input.ts): what the report worker
 * reads instead of the leads. Stored as the lead list's rows are (list-rows.ts): column by column, in
 * buckets by a hash of the lead id, plus one delta per transaction that wrote leads, folded into the
 * buckets later by the background. One record per lead would cost IndexedDB about as much per lead as
 * reading the whole lead; a bucket of columns costs about as much as its bytes.
 */
import { IMPORT_STATES, REPORT_INPUT_VERSION, type ImportState, type ReportInput } from '../../core/report/report-input';
import { REACH, type Reach } from '../../core/report/reachability';
import { STAGES, type Stage } from '../../core/lead/types';
import { bucketOf, LIST_BUCKETS } from './list-rows';

/** As many buckets as the list's, by the same hash. */
export const REPORT_BUCKETS = LIST_BUCKETS;

/** Texts joined by SEPARATOR; as an array in the rare column where a text holds the separator itself. */
export type TextColumn = string | string[];

export interface ReportColumns {
  /** REPORT_INPUT_VERSION of the derivation that wrote them. */
  v: number;
  count: number;
  id: TextColumn;
  source: TextColumn;
  campaign: TextColumn;
  batch: TextColumn;
  createdAt: Float64Array;
  present: Uint32Array;
  importedPresent: Uint32Array;
  /** Index into IMPORT_STATES, REACH, STAGES. */
  imported: Uint8Array;
  reach: Uint8Array;
  stage: Uint8Array;
  flags: Uint16Array;
  /** Per lead: how many of the flattened entries after it are its own. */
  historyCount: Uint8Array;
  historyStage: Uint8Array;
  historyAt: Float64Array;
  joinKeyCount: Uint16Array;
  joinKeys: TextColumn;
  mailDomainCount: Uint8Array;
  mailDomains: TextColumn;
}

export interface ReportBucketRow extends ReportColumns {
  bucket: number;
}

/** What one committed transaction changed: inputs written, leads deleted. */
export interface ReportDeltaRow {
  seq?: number;
  upserts: ReportColumns;
  removed: string[];
}

const SEPARATOR = '\u0000';
const indexOf = <T>(list: readonly T[]) => new Map(list.map((x, i) => [x, i]));
const IMPORT_INDEX = indexOf<ImportState>(IMPORT_STATES);
const REACH_INDEX = indexOf<Reach>(REACH);
const STAGE_INDEX = indexOf<Stage>(STAGES);

function textColumn(values: readonly string[]): TextColumn {
  return values.some((v) => v.includes(SEPARATOR)) ? [...values] : values.join(SEPARATOR);
}

function readText(column: TextColumn, n: number): string[] | null {
  const values = typeof column === 'string' ? (n ? column.split(SEPARATOR) : []) : column;
  return Array.isArray(values) && values.length === n && values.every((v) => typeof v === 'string') ? values : null;
}

export function toColumns(inputs: readonly ReportInput[]): ReportColumns {
  const history = inputs.flatMap((i) => i.stageHistory);
  return {
    v: REPORT_INPUT_VERSION,
    count: inputs.length,
    id: textColumn(inputs.map((i) => i.id)),
    source: textColumn(inputs.map((i) => i.source)),
    campaign: textColumn(inputs.map((i) => i.campaign)),
    batch: textColumn(inputs.map((i) => i.batch)),
    createdAt: Float64Array.from(inputs, (i) => i.createdAt),
    present: Uint32Array.from(inputs, (i) => i.present),
    importedPresent: Uint32Array.from(inputs, (i) => i.importedPresent),
    imported: Uint8Array.from(inputs, (i) => IMPORT_INDEX.get(i.imported) ?? 0),
    reach: Uint8Array.from(inputs, (i) => REACH_INDEX.get(i.reach) ?? 0),
    stage: Uint8Array.from(inputs, (i) => STAGE_INDEX.get(i.stage) ?? 0),
    flags: Uint16Array.from(inputs, (i) => i.flags),
    historyCount: Uint8Array.from(inputs, (i) => i.stageHistory.length),
    historyStage: Uint8Array.from(history, (h) => STAGE_INDEX.get(h.stage) ?? 0),
    historyAt: Float64Array.from(history, (h) => h.at),
    joinKeyCount: Uint16Array.from(inputs, (i) => i.joinKeys.length),
    joinKeys: textColumn(inputs.flatMap((i) => i.joinKeys)),
    mailDomainCount: Uint8Array.from(inputs, (i) => i.mailDomains.length),
    mailDomains: textColumn(inputs.flatMap((i) => i.mailDomains)),
  };
}

const sum = (counts: ArrayLike<number>) => {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  return n;
};

const PER_LEAD = ['createdAt', 'present', 'importedPresent', 'imported', 'reach', 'stage', 'flags', 'historyCount', 'joinKeyCount', 'mailDomainCount'] as const;

/**
 * The inputs the columns hold; null when they are damaged or from another derivation
 * (REPORT_INPUT_VERSION): the report then reads the leads themselves.
 */
export function fromColumns(c: ReportColumns): ReportInput[] | null {
  const n = c?.count;
  if (c.v !== REPORT_INPUT_VERSION || !Number.isInteger(n) || n < 0) return null;
  if (PER_LEAD.some((k) => c[k]?.length !== n)) return null;
  const [id, source, campaign, batch] = [c.id, c.source, c.campaign, c.batch].map((col) => readText(col, n));
  const joinKeys = readText(c.joinKeys, sum(c.joinKeyCount));
  const mailDomains = readText(c.mailDomains, sum(c.mailDomainCount));
  const histories = sum(c.historyCount);
  if (!id || !source || !campaign || !batch || !joinKeys || !mailDomains || c.historyStage?.length !== histories || c.historyAt?.length !== histories) return null;
  const inputs: ReportInput[] = new Array(n);
  let h = 0, k = 0, m = 0;
  for (let i = 0; i < n; i++) {
    const stageHistory = new Array(c.historyCount[i]!);
    for (let j = 0; j < stageHistory.length; j++, h++) stageHistory[j] = { stage: STAGES[c.historyStage[h]!] ?? 'needs-research', at: c.historyAt[h]! };
    const keyEnd = k + c.joinKeyCount[i]!;
    const mailEnd = m + c.mailDomainCount[i]!;
    inputs[i] = {
      id: id[i]!, createdAt: c.createdAt[i]!, source: source[i]!, campaign: campaign[i]!, batch: batch[i]!,
      present: c.present[i]!, imported: IMPORT_STATES[c.imported[i]!] ?? 'none', importedPresent: c.importedPresent[i]!,
      flags: c.flags[i]!, reach: REACH[c.reach[i]!] ?? 'none', stage: STAGES[c.stage[i]!] ?? 'needs-research',
      stageHistory, joinKeys: joinKeys.slice(k, keyEnd), mailDomains: mailDomains.slice(m, mailEnd),
    };
    k = keyEnd;
    m = mailEnd;
  }
  return inputs;
}

/** Every bucket, each with its inputs (empty buckets too: a complete set is how a good copy is told). */
export function toBuckets(inputs: Iterable<ReportInput>): ReportBucketRow[] {
  const grouped: ReportInput[][] = Array.from({ length: REPORT_BUCKETS }, () => []);
  for (const input of inputs) grouped[bucketOf(input.id)]!.push(input);
  return grouped.map((list, bucket) => ({ bucket, ...toColumns(list) }));
}

export function toDelta(inputs: readonly ReportInput[], removed: readonly string[]): ReportDeltaRow {
  return { upserts: toColumns(inputs), removed: [...removed] };
}

/**
 * The live inputs of stored buckets and deltas (oldest delta first): a lead's latest input, none for
 * a deleted lead. Null when a bucket is missing or anything is damaged or stale.
 */
export function liveInputs(buckets: readonly ReportBucketRow[], deltas: readonly ReportDeltaRow[]): ReportInput[] | null {
  if (new Set(buckets.map((b) => b.bucket)).size !== REPORT_BUCKETS) return null;
  const live: ReportInput[] = [];
  // Newest first: a lead written (or deleted) by a later delta is dead in every earlier one and in the buckets.
  const later = new Set<string>();
  for (let d = deltas.length - 1; d >= 0; d--) {
    const delta = deltas[d]!;
    const upserts = fromColumns(delta.upserts);
    if (!upserts || !Array.isArray(delta.removed)) return null;
    for (let i = upserts.length - 1; i >= 0; i--) {
      const input = upserts[i]!;
      if (later.has(input.id)) continue;
      later.add(input.id);
      live.push(input);
    }
    for (const id of delta.removed) later.add(id);
  }
  for (const bucket of buckets) {
    const inputs = fromColumns(bucket);
    if (!inputs) return null;
    for (const input of inputs) if (!later.size || !later.has(input.id)) live.push(input);
  }
  return live;
}
