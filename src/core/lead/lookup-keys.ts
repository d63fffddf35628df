/**
 * The spelling of every lookup key: "<kind>:<canonical value>", e.g. "domain:acme.de". The database
 * indexes them, matching and the duplicate search intersect them, so they are built and read only here.
 */

/** Facts that identify a lead or its company. */
export const KEY_KINDS = ['domain', 'emaildomain', 'email', 'phone', 'vat', 'register', 'name'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];
export type LookupKey = `${KeyKind}:${string}`;

/** `value` must already be canonical (normalise.ts): the key is compared as a string. */
export const lookupKey = (kind: KeyKind, value: string): LookupKey => `${kind}:${value}`;

/** What two leads must share to be the same company: website and e-mail domain count as one ("company"). */
export const JOIN_KINDS = ['company', 'email', 'phone', 'vat', 'register'] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];
export type JoinKey = `${JoinKind}:${string}`;

function split(key: string): { kind: string; value: string } {
  const at = key.indexOf(':');
  return at < 0 ? { kind: '', value: key } : { kind: key.slice(0, at), value: key.slice(at + 1) };
}

/** A lookup key's kind and value; null for a string that is no lookup key. */
export function parseLookupKey(key: string): { kind: KeyKind; value: string } | null {
  const { kind, value } = split(key);
  return (KEY_KINDS as readonly string[]).includes(kind) ? { kind: kind as KeyKind, value } : null;
}

/** The join key a lookup key counts as in the duplicate search; null for kinds that never join (names). */
export function joinKey(key: string): JoinKey | null {
  const parsed = parseLookupKey(key);
  switch (parsed?.kind) {
    case 'domain':
    case 'emaildomain': return `company:${parsed.value}`;
    case 'email':
    case 'phone':
    case 'vat':
    case 'register': return `${parsed.kind}:${parsed.value}`;
    default: return null;
  }
}

/** A join key's kind and value, for showing; "other" for anything else. */
export function parseJoinKey(key: string): { kind: JoinKind | 'other'; value: string } {
  const { kind, value } = split(key);
  return (JOIN_KINDS as readonly string[]).includes(kind) ? { kind: kind as JoinKind, value } : { kind: 'other', value: key };
}

/** The index entry a key is found under: website and e-mail domain share one ("domain:…"). */
function indexEntry(key: string): string {
  const parsed = parseLookupKey(key);
  return parsed?.kind === 'emaildomain' ? lookupKey('domain', parsed.value) : key;
}

const domainOfEmail = (address: string) => address.slice(address.lastIndexOf('@') + 1);

/**
 * What the database indexes for a lead with these keys: fewer entries than keys, because every
 * index entry costs as much to write as a third of the lead (issue 11). An address at a company's
 * own domain is found through that domain's entry; only free-mail addresses (which have no domain
 * key) are indexed themselves. `queryIndexKeys` asks for a superset, so nothing is missed; the
 * candidates are then checked against their full keys.
 */
export function indexKeys(keys: readonly string[]): string[] {
  const entries = new Set(keys.map(indexEntry));
  for (const key of keys) {
    const parsed = parseLookupKey(key);
    if (parsed?.kind === 'email' && entries.has(lookupKey('domain', domainOfEmail(parsed.value)))) entries.delete(key);
  }
  return [...entries].sort();
}

/** The index entries to search for leads sharing any of `keys`: each key's entry, and an address's domain. */
export function queryIndexKeys(keys: readonly string[]): string[] {
  const entries = new Set(keys.map(indexEntry));
  for (const key of keys) {
    const parsed = parseLookupKey(key);
    if (parsed?.kind === 'email') entries.add(lookupKey('domain', domainOfEmail(parsed.value)));
  }
  return [...entries].sort();
}
