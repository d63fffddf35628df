/**
 * An imported lead's id, derived from what the file says about it: importing the same rows again
 * (the same file twice, an import resumed after a stopped worker, or an overlapping later export)
 * gives the same ids, and the database recognises them as stored instead of doubling them
 * (issue 13 item 2). The provenance (batch, time) is left out: it differs between two imports of one row.
 */
import { LEAD_FIELDS, type Lead } from '../lead/types';

/** cyrb53's two mixed 32-bit lanes, both kept: 64 bits, so a clash among a million rows is about one in 30 million. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

const SEPARATOR = '\u0001';

/** "imp-" and 16 hex digits, from the lead's values, alternatives and social profiles. */
export function importedId(lead: Pick<Lead, 'fields' | 'socials' | 'conflicts'>): string {
  const parts: string[] = [];
  for (const field of LEAD_FIELDS) parts.push(lead.fields[field]?.value ?? '');
  for (const s of lead.socials) parts.push(s.value);
  parts.push(SEPARATOR);
  for (const c of lead.conflicts ?? []) parts.push(`${c.field}=${c.value.value}`);
  return `imp-${hash64(parts.join(SEPARATOR))}`;
}
