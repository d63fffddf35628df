/**
 * What the rep saw of a page: the tab's address and a digest of the reading the popup showed. Actions
 * that store what a page shows ("create lead", "fill all", one value, a person, a profile) carry it, and
 * the background acts only while the tab still shows that reading. A page can change its address with
 * history.pushState and swap its text without a navigation; re-reading it then would store values the
 * rep never saw.
 */
import type { DetectionRecord } from '../detect/types';
import { appError, fail, type Result } from '../errors';

export interface SeenPage {
  url: string;
  /** SHA-256 (hex) of the page's reading; see readingDigest. */
  digest: string;
}

/** The value with its object keys in order, so equal readings serialise alike whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}

/**
 * The digest of a page's reading (null: nothing detected). A cryptographic hash, because the page
 * controls the text: it must not be able to show one reading and swap in another with the same digest.
 */
export async function readingDigest(record: DetectionRecord | null): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(canonical(record)));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the tab still shows what the rep saw: the same address and the same reading. */
export function checkSeen(seen: SeenPage, now: SeenPage): Result<void> {
  if (now.url !== seen.url || now.digest !== seen.digest) return fail(appError('page-changed'));
  return { ok: true, value: undefined };
}
