/**
 * The proposed mapping of a file's columns, with a confidence for each: known vocabulary of the
 * recognised vendor shape, the generic vocabulary, or a guess from the header's words (shown to the
 * rep as guessed). Paired columns ("Phone 1 - Type" / "Phone 1 - Value") are linked so each row's
 * type decides which kind of value it is.
 */
import { compactHeader, damagedHeaderPattern, headerWords } from './header-words';
import type { ColumnMapping, ImportTarget } from './targets';
import { BUSINESS_WORDS, GENERIC_EXACT, GENERIC_WORDS, ID_WORDS, NEVER_WORDS, PRIVATE_WORDS, SIDE_WORDS } from './vocabulary/generic';
import type { VendorShape } from './vocabulary/vendor-shape';
import { VENDOR_SHAPES } from './vocabulary/vendors';

/** Why a column is not imported, when a rule decided it (shown beside the column). */
export type IgnoredBecause = 'private' | 'side' | 'id' | 'never' | 'vendor' | 'unknown' | 'type';

/** Confidences: the vendor's own vocabulary, the generic vocabulary, a header's words. */
export const CONFIDENCE = { vendor: 1, exact: 0.9, damaged: 0.75, words: 0.6 } as const;

export interface ColumnProposal {
  target: ImportTarget | null;
  /** 0 when ignored; below 0.7 the rep is told the column was guessed. */
  confidence: number;
  guessed: boolean;
  ignored?: IgnoredBecause;
  /** A business column ("Telefon geschäftlich") beats a plain one of the same field. */
  business: boolean;
  /** The column whose cell says which kind of value this column holds (Google's "… - Type"). */
  typeColumn?: number;
  /** Columns of one address or one contact method ("Address 2 - …") share a group. */
  group?: string;
}

export interface VendorMatch {
  id: string;
  name: string;
  language?: 'de' | 'en';
}

export interface ColumnPlan {
  vendor: VendorMatch | null;
  columns: ColumnProposal[];
  mapping: ColumnMapping;
}

const ADDRESS_PART = new Set<ImportTarget>(['street', 'houseNumber', 'postalCode', 'city', 'country', 'region', 'address']);
const NAMES = new Set<ImportTarget>(['companyName', 'firstName', 'lastName', 'fullName']);

/** The best vendor shape for these headers: most of its signature present (ties: the longer signature). */
export function recogniseVendor(compact: readonly string[]): VendorShape | null {
  const present = new Set(compact);
  let best: { shape: VendorShape; score: number } | null = null;
  for (const shape of VENDOR_SHAPES) {
    const hits = shape.signature.filter((h) => present.has(h)).length;
    const score = hits / shape.signature.length + shape.signature.length / 1000;
    if (hits / shape.signature.length >= 0.6 && (!best || score > best.score)) best = { shape, score };
  }
  return best?.shape ?? null;
}

const IGNORED = (ignored: IgnoredBecause): ColumnProposal => ({ target: null, confidence: 0, guessed: false, ignored, business: false });

function fromWords(header: string): ColumnProposal {
  const words = headerWords(header);
  const business = words.some((w) => BUSINESS_WORDS.has(w));
  if (words.some((w) => NEVER_WORDS.has(w))) return IGNORED('never');
  if (words.some((w) => SIDE_WORDS.has(w))) return IGNORED('side');
  if (words.some((w) => PRIVATE_WORDS.has(w))) return IGNORED('private');
  const has = new Set(words);
  const found = GENERIC_WORDS.find(([, names]) => names.some((n) => has.has(n)));
  if (!found) return IGNORED(words.some((w) => ID_WORDS.has(w)) ? 'id' : 'unknown');
  const target = found[0];
  if (NAMES.has(target) && words.some((w) => ID_WORDS.has(w))) return IGNORED('id');
  // "Straße geschäftlich 2": a second street line, not a second address.
  if (ADDRESS_PART.has(target) && words.some((w) => /^[2-9]$/.test(w)) && !/\d\s*-\s*/.test(header)) return IGNORED('side');
  return { target, confidence: CONFIDENCE.words, guessed: true, business };
}

/** Every header the vocabularies know (compact form), for repairing damaged headers. */
const KNOWN_HEADERS: readonly string[] = [...new Set([
  ...Object.keys(GENERIC_EXACT), ...VENDOR_SHAPES.flatMap((s) => [...s.signature, ...Object.keys(s.columns)]),
])];

/**
 * "Stra\uFFFDe gesch\uFFFDftlich" → "strassegeschaftlich": a header damaged by a wrong re-save, read as
 * the one known header it can be; null where none or several fit.
 */
function repairDamaged(header: string): string | null {
  const pattern = damagedHeaderPattern(header);
  if (!pattern) return null;
  const fits = KNOWN_HEADERS.filter((k) => pattern.test(k));
  return fits.length === 1 ? (fits[0] as string) : null;
}

function proposeColumn(header: string, compact: string, repaired: boolean, shape: VendorShape | null): ColumnProposal {
  if (!compact) return IGNORED('unknown');
  const business = headerWords(header).some((w) => BUSINESS_WORDS.has(w)) || (repaired && /geschaftlich|business|work|dienstlich/.test(compact));
  const confidence = (c: number) => (repaired ? Math.min(c, CONFIDENCE.damaged) : c);
  if (shape && compact in shape.columns) {
    const target = shape.columns[compact] ?? null;
    return target ? { target, confidence: confidence(CONFIDENCE.vendor), guessed: repaired, business } : IGNORED('vendor');
  }
  const exact = GENERIC_EXACT[compact];
  if (exact) return { target: exact, confidence: confidence(CONFIDENCE.exact), guessed: repaired, business };
  return fromWords(header);
}

/** "Phone 2 - Value" → group "phone 2" with part "value"; null for other headers. */
function pairKey(header: string): { group: string; part: string } | null {
  const dash = header.indexOf(' - ');
  if (dash < 0) return null;
  const left = header.slice(0, dash).trim();
  let at = left.length;
  while (at > 0 && left.charCodeAt(at - 1) >= 48 && left.charCodeAt(at - 1) <= 57) at--;
  if (at === left.length) return null;
  return { group: `${left.slice(0, at).trim().toLowerCase()} ${left.slice(at)}`, part: header.slice(dash + 3).trim().toLowerCase() };
}

/** Links each "X n - …" column to its "X n - Type"/"X n - Label" column. */
function linkPairs(headers: readonly string[], columns: ColumnProposal[]): void {
  const typeOf = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = pairKey(h);
    if (key && (key.part === 'type' || key.part === 'label')) typeOf.set(key.group, i);
  });
  headers.forEach((h, i) => {
    const key = pairKey(h);
    const column = columns[i] as ColumnProposal;
    if (!key) return;
    const typeColumn = typeOf.get(key.group);
    if (typeColumn === i) columns[i] = { ...IGNORED('type'), group: key.group };
    else if (typeColumn !== undefined) columns[i] = { ...column, typeColumn, group: key.group };
  });
}

/** A record key rather than a name: a GUID, a Salesforce ID, a long number. */
const ID_VALUE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?|\d{5,})$/;

/** Records looked at when checking a name column's values. */
const ID_SAMPLE = 50;

/**
 * A column proposed as a company or person name whose values are record keys is an ID column,
 * whatever its header says ("Account" holding Dynamics GUIDs): it is left out.
 */
export function dropIdColumns(plan: ColumnPlan, records: readonly (readonly string[])[]): ColumnPlan {
  const columns = plan.columns.map((c, i) => {
    if (!c.target || !NAMES.has(c.target)) return c;
    const values = records.slice(0, ID_SAMPLE).map((r) => r[i]?.trim() ?? '').filter(Boolean);
    const ids = values.filter((v) => ID_VALUE.test(v) && /\d/.test(v)).length;
    return values.length >= 2 && ids >= values.length * 0.9 ? IGNORED('id') : c;
  });
  return { ...plan, columns, mapping: columns.map((c) => c.target) };
}

/** Proposes the mapping of a header row: the vendor shape if one is recognised, and each column's target. */
export function planColumns(headers: readonly string[], known?: VendorShape): ColumnPlan {
  const repaired = headers.map(repairDamaged);
  const compacts = headers.map((h, i) => repaired[i] ?? compactHeader(h));
  const shape = known ?? recogniseVendor(compacts);
  const columns = headers.map((h, i) => proposeColumn(h, compacts[i] as string, repaired[i] !== null, shape));
  linkPairs(headers, columns);
  const vendor = shape ? { id: shape.id, name: shape.name, ...(shape.language ? { language: shape.language } : {}) } : null;
  return { vendor, columns, mapping: columns.map((c) => c.target) };
}
