/**
 * The lead list's stored rows as a freshly woken worker loaded them: column segments (the buckets,
 * then the deltas in the order they were written), read as they are, without an object per lead,
 * so the first search after a wake costs little more than reading them. A row that a later delta
 * replaced or deleted is marked dead once, at loading.
 */
import type { ListSegment } from './list-rows';

/** What the database holds: the buckets' segments and the deltas after them, oldest first. */
export interface StoredRows {
  buckets: ListSegment[];
  deltas: { upserts: ListSegment; removed: string[]; created?: boolean }[];
}

export interface Segment extends ListSegment {
  /** 1 where the row is the lead's latest. */
  live: Uint8Array;
  /** Lower-case company names and sources, made when a query first sorts or filters by them. */
  companyLower?: string[];
  sourceLower?: string[];
}

export function loadedSegments(stored: StoredRows): Segment[] {
  const segments: Segment[] = [];
  // Newest first: a lead seen in a later delta (or deleted by one) is dead in every earlier segment.
  // The leads of a delta of new leads (an import's) are in no earlier segment: nothing to mark there.
  const later = new Set<string>();
  for (let d = stored.deltas.length - 1; d >= 0; d--) {
    const { upserts, removed, created } = stored.deltas[d]!;
    const live = new Uint8Array(upserts.n);
    for (let i = upserts.n - 1; i >= 0; i--) {
      const id = upserts.id[i]!;
      if (!later.size || !later.has(id)) live[i] = 1;
      if (!created) later.add(id);
    }
    for (const id of removed) later.add(id);
    segments.push({ ...upserts, live });
  }
  for (const bucket of stored.buckets) {
    const live = new Uint8Array(bucket.n).fill(1);
    if (later.size) for (let i = 0; i < bucket.n; i++) if (later.has(bucket.id[i]!)) live[i] = 0;
    segments.push({ ...bucket, live });
  }
  return segments;
}

export function companyLower(s: Segment): string[] {
  return (s.companyLower ??= s.text('companyName').map((c) => c.toLowerCase()));
}

export function sourceLower(s: Segment): string[] {
  return (s.sourceLower ??= s.text('source').map((c) => c.toLowerCase()));
}
