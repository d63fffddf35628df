/**
 * A vCard file (3.0 and 4.0; 2.1 lines are rewritten first) as a table with one row per card, in the
 * same paired-column shape as Google's export ("Phone 1 - Type" / "Phone 1 - Value"), so one mapping
 * and one row reader serve both. Parsed with ical.js, the RFC 6350 parser Thunderbird uses.
 */
import ICAL from 'ical.js';
import { compactHeader } from './header-words';
import type { ImportTarget } from './targets';
import { normaliseVcardLines } from './vcard-lines';
import type { VendorShape } from './vocabulary/vendor-shape';

type Property = [string, Record<string, string | string[]>, string, ...unknown[]];
type Card = ['vcard', Property[], unknown[]];

export interface VcardTable {
  headers: string[];
  records: string[][];
  versions: string[];
  /** Cards the parser refused, with the error, by position in the file. */
  broken: { card: number; message: string }[];
}

const PAIRED = { tel: 'Phone', email: 'E-mail', url: 'Website' } as const;

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(' ');
  return typeof value === 'string' ? value.replace(/^tel:/i, '').trim() : '';
}

function types(params: Record<string, string | string[]>): string {
  const t = params['type'];
  return (Array.isArray(t) ? t : t ? [t] : []).join(', ');
}

function cardRow(props: readonly Property[]): Map<string, string> {
  const row = new Map<string, string>();
  const count: Record<string, number> = {};
  const set = (header: string, value: string) => {
    if (value && !row.has(header)) row.set(header, value);
  };
  for (const [name, params, , ...values] of props) {
    const value = values[0];
    if (name === 'fn') set('Full name', text(value));
    else if (name === 'n' && Array.isArray(value)) {
      set('Family name', text(value[0]));
      set('Given name', text(value[1]));
      set('Name prefix', text(value[3]));
    } else if (name === 'org') set('Organization', text(Array.isArray(value) ? value[0] : value));
    else if (name === 'title') set('Title', text(value));
    else if (name === 'note') set('Note', text(value));
    else if (name === 'adr' && Array.isArray(value)) {
      const n = (count['adr'] = (count['adr'] ?? 0) + 1);
      set(`Address ${n} - Type`, types(params));
      set(`Address ${n} - Street`, [text(value[2]), text(value[1])].filter(Boolean).join(', '));
      set(`Address ${n} - City`, text(value[3]));
      set(`Address ${n} - Region`, text(value[4]));
      set(`Address ${n} - Postal Code`, text(value[5]));
      set(`Address ${n} - Country`, text(value[6]));
    } else if (name in PAIRED) {
      const label = PAIRED[name as keyof typeof PAIRED];
      const n = (count[name] = (count[name] ?? 0) + 1);
      set(`${label} ${n} - Type`, types(params));
      set(`${label} ${n} - Value`, text(value));
    }
  }
  return row;
}

/** The vocabulary of the table's own headers: recognised, never guessed. */
function vcardColumns(headers: readonly string[]): Record<string, ImportTarget | null> {
  const fixed: Record<string, ImportTarget> = {
    'Full name': 'fullName', 'Family name': 'lastName', 'Given name': 'firstName', 'Name prefix': 'salutation', Organization: 'companyName',
    Title: 'role', Note: 'notes',
  };
  const parts: Record<string, ImportTarget> = { Street: 'street', City: 'city', Region: 'region', 'Postal Code': 'postalCode', Country: 'country' };
  const columns: Record<string, ImportTarget | null> = {};
  for (const h of headers) {
    const paired = /^(Phone|E-mail|Website|Address) \d+ - (.+)$/.exec(h);
    const target = fixed[h] ?? (paired ? { Phone: 'phone', 'E-mail': 'email', Website: 'website', Address: parts[paired[2] as string] }[paired[1] as string] : undefined);
    columns[compactHeader(h)] = (target as ImportTarget | undefined) ?? null;
  }
  return columns;
}

export function vcardShape(table: VcardTable): VendorShape {
  const versions = [...new Set(table.versions)].sort();
  return { id: 'vcard', name: `vCard ${versions.join(' + ')}`.trim(), signature: [], columns: vcardColumns(table.headers) };
}

export function isVcard(source: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(source);
}

export function readVcards(source: string): VcardTable {
  const chunks = normaliseVcardLines(source).split(/(?=^BEGIN:VCARD)/im).filter((c) => /BEGIN:VCARD/i.test(c));
  const rows: Map<string, string>[] = [];
  const versions: string[] = [];
  const broken: VcardTable['broken'] = [];
  chunks.forEach((chunk, i) => {
    try {
      const parsed = ICAL.parse(chunk) as unknown as Card | Card[];
      const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as Card[];
      for (const [, props] of cards) {
        rows.push(cardRow(props));
        versions.push(text(props.find((p) => p[0] === 'version')?.[3]) || '3.0');
      }
    } catch (err) {
      broken.push({ card: i + 1, message: err instanceof Error ? err.message : String(err) });
    }
  });
  const headers: string[] = [];
  for (const row of rows) for (const h of row.keys()) if (!headers.includes(h)) headers.push(h);
  const order = (h: string) => ['Full name', 'Family name', 'Given name', 'Name prefix', 'Organization', 'Title'].indexOf(h);
  headers.sort((a, b) => (order(a) < 0 ? 99 : order(a)) - (order(b) < 0 ? 99 : order(b)) || (a < b ? -1 : a > b ? 1 : 0));
  return { headers, records: rows.map((r) => headers.map((h) => r.get(h) ?? '')), versions, broken };
}
