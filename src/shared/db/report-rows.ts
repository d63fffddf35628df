/**
 * The quality report's inputs in the database (core/report/report-input.ts): what the report worker
 * reads instead of the leads. Stored as the lead list's rows are (list-rows.ts): column by column, in
 * buckets by a hash of the lead id, plus one delta per transaction that wrote leads, folded into the
 * buckets later by the background. One record per lead would cost IndexedDB about as much per lead as
 * reading the whole lead; a bucket of columns costs about as much as its bytes.
 */
import { IMPORT_STATES, REPORT_INPUT_VERSION, type ImportState, type ReportInput } from '../../core/report/report-input';
import { REACH, type Reach } from '../../core/report/reachability';
import { STAGES, type Stage, type StageChange } from '../../core/lead/types';
import { bucketOf, LIST_BUCKETS } from './list-rows';
import { typedColumn } from './typed-column';

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
    createdAt: typedColumn(Float64Array, inputs, (i) => i.createdAt),
    present: typedColumn(Uint32Array, inputs, (i) => i.present),
    importedPresent: typedColumn(Uint32Array, inputs, (i) => i.importedPresent),
    imported: typedColumn(Uint8Array, inputs, (i) => IMPORT_INDEX.get(i.imported) ?? 0),
    reach: typedColumn(Uint8Array, inputs, (i) => REACH_INDEX.get(i.reach) ?? 0),
    stage: typedColumn(Uint8Array, inputs, (i) => STAGE_INDEX.get(i.stage) ?? 0),
    flags: typedColumn(Uint16Array, inputs, (i) => i.flags),
    historyCount: typedColumn(Uint8Array, inputs, (i) => i.stageHistory.length),
    historyStage: typedColumn(Uint8Array, history, (h) => STAGE_INDEX.get(h.stage) ?? 0),
    historyAt: typedColumn(Float64Array, history, (h) => h.at),
    joinKeyCount: typedColumn(Uint16Array, inputs, (i) => i.joinKeys.length),
    joinKeys: textColumn(inputs.flatMap((i) => i.joinKeys)),
    mailDomainCount: typedColumn(Uint8Array, inputs, (i) => i.mailDomains.length),
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
 * Stored columns with their texts split, and which rows are live (a later delta did not replace or
 * delete the lead): what the report counts without making an object per lead, since 100,000 objects
 * that live through the count cost the garbage collector more than the count itself.
 */
export interface ReportSegment extends Omit<ReportColumns, 'id' | 'source' | 'campaign' | 'batch' | 'joinKeys' | 'mailDomains'> {
  id: string[];
  source: string[];
  campaign: string[];
  batch: string[];
  joinKeys: string[];
  mailDomains: string[];
  live: Uint8Array;
}

/** The columns split; null when they are damaged or from another derivation (REPORT_INPUT_VERSION). */
export function toSegment(c: ReportColumns): ReportSegment | null {
  const n = c?.count;
  if (c.v !== REPORT_INPUT_VERSION || !Number.isInteger(n) || n < 0) return null;
  if (PER_LEAD.some((k) => c[k]?.length !== n)) return null;
  const [id, source, campaign, batch] = [c.id, c.source, c.campaign, c.batch].map((col) => readText(col, n));
  const joinKeys = readText(c.joinKeys, sum(c.joinKeyCount));
  const mailDomains = readText(c.mailDomains, sum(c.mailDomainCount));
  const histories = sum(c.historyCount);
  if (!id || !source || !campaign || !batch || !joinKeys || !mailDomains || c.historyStage?.length !== histories || c.historyAt?.length !== histories) return null;
  return { ...c, id, source, campaign, batch, joinKeys, mailDomains, live: new Uint8Array(n).fill(1) };
}

/**
 * Calls `visit` with each live input of the segments, in order. The input, its arrays and their
 * entries are filled anew for every row: `visit` must keep nothing of them (copy what it keeps).
 */
export function forEachInput(segments: readonly ReportSegment[], visit: (input: ReportInput) => void): void {
  const history: StageChange[] = [];
  const joinKeys: string[] = [];
  const mailDomains: string[] = [];
  const input: ReportInput = { id: '', createdAt: 0, source: '', campaign: '', batch: '', present: 0, imported: 'none', importedPresent: 0, flags: 0, reach: 'none', stage: 'needs-research', stageHistory: history, joinKeys, mailDomains };
  for (const s of segments) {
    let h = 0, k = 0, m = 0;
    for (let i = 0; i < s.count; i++) {
      const hEnd = h + s.historyCount[i]!, kEnd = k + s.joinKeyCount[i]!, mEnd = m + s.mailDomainCount[i]!;
      if (s.live[i]) {
        input.id = s.id[i]!;
        input.createdAt = s.createdAt[i]!;
        input.source = s.source[i]!;
        input.campaign = s.campaign[i]!;
        input.batch = s.batch[i]!;
        input.present = s.present[i]!;
        input.imported = IMPORT_STATES[s.imported[i]!] ?? 'none';
        input.importedPresent = s.importedPresent[i]!;
        input.flags = s.flags[i]!;
        input.reach = REACH[s.reach[i]!] ?? 'none';
        input.stage = STAGES[s.stage[i]!] ?? 'needs-research';
        history.length = hEnd - h;
        for (let j = h; j < hEnd; j++) {
          const change = (history[j - h] ??= { stage: 'needs-research', at: 0 });
          change.stage = STAGES[s.historyStage[j]!] ?? 'needs-research';
          change.at = s.historyAt[j]!;
        }
        refill(joinKeys, s.joinKeys, k, kEnd);
        refill(mailDomains, s.mailDomains, m, mEnd);
        visit(input);
      }
      h = hEnd;
      k = kEnd;
      m = mEnd;
    }
  }
}

/** `target` becomes `source[from … to)`, in place. */
function refill(target: string[], source: readonly string[], from: number, to: number): void {
  target.length = to - from;
  for (let i = from; i < to; i++) target[i - from] = source[i]!;
}

/** A copy of a visited input that shares nothing with it. */
const copyOf = (input: ReportInput): ReportInput => ({
  ...input, stageHistory: input.stageHistory.map((c) => ({ ...c })), joinKeys: [...input.joinKeys], mailDomains: [...input.mailDomains],
});

/** The inputs the columns hold, each its own object; null when they are damaged or stale. */
export function fromColumns(c: ReportColumns): ReportInput[] | null {
  const segment = toSegment(c);
  if (!segment) return null;
  const inputs: ReportInput[] = [];
  forEachInput([segment], (input) => inputs.push(copyOf(input)));
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
 * The stored buckets and deltas (oldest delta first) as segments whose live rows are every lead's
 * latest input, none for a deleted lead. Null when a bucket is missing or anything is damaged or stale.
 */
export function liveSegments(buckets: readonly ReportBucketRow[], deltas: readonly ReportDeltaRow[]): ReportSegment[] | null {
  if (new Set(buckets.map((b) => b.bucket)).size !== REPORT_BUCKETS) return null;
  const segments: ReportSegment[] = [];
  // Newest first: a lead written (or deleted) by a later delta is dead in every earlier one and in the buckets.
  const later = new Set<string>();
  for (let d = deltas.length - 1; d >= 0; d--) {
    const delta = deltas[d]!;
    const upserts = toSegment(delta.upserts);
    if (!upserts || !Array.isArray(delta.removed)) return null;
    for (let i = upserts.count - 1; i >= 0; i--) {
      const id = upserts.id[i]!;
      if (later.has(id)) upserts.live[i] = 0;
      else later.add(id);
    }
    for (const id of delta.removed) later.add(id);
    segments.push(upserts);
  }
  for (const bucket of buckets) {
    const segment = toSegment(bucket);
    if (!segment) return null;
    if (later.size) for (let i = 0; i < segment.count; i++) if (later.has(segment.id[i]!)) segment.live[i] = 0;
    segments.push(segment);
  }
  return segments;
}

/** How many live rows the segments hold. */
export function liveCount(segments: readonly ReportSegment[]): number {
  return segments.reduce((n, s) => n + sum(s.live), 0);
}

/** The live inputs, each its own object (tests, and what compaction keeps). */
export function liveInputs(buckets: readonly ReportBucketRow[], deltas: readonly ReportDeltaRow[]): ReportInput[] | null {
  const segments = liveSegments(buckets, deltas);
  if (!segments) return null;
  const inputs: ReportInput[] = [];
  forEachInput(segments, (input) => inputs.push(copyOf(input)));
  return inputs;
}
