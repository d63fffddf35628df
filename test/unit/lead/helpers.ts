/** Builders for lead tests. */
import type { Candidate, DetectionRecord, Field, FieldValues, Method } from '../../../src/core/detect/types';
import type { CsvExportOptions } from '../../../src/core/lead/csv-export';
import { csvFile } from '../../../src/core/lead/export-file';
import { withKeys } from '../../../src/core/lead/lead';
import type { Lead, LeadField, Provenance } from '../../../src/core/lead/types';

export const T0 = Date.UTC(2026, 0, 15);
export const typed = (at = T0): Provenance => ({ kind: 'typed', at });
export const imported = (at = T0): Provenance => ({ kind: 'imported', at, batch: 'b1' });
export const detected = (url = 'https://acme.de/impressum', at = T0): Provenance => ({ kind: 'detected', at, url, method: 'labelled-text', snippet: 's' });

export function lead(values: Partial<Record<LeadField, string>>, extra: Partial<Lead> = {}, source: Provenance = typed()): Lead {
  const fields: Lead['fields'] = {};
  for (const [k, v] of Object.entries(values) as [LeadField, string][]) fields[k] = { value: v, source };
  return withKeys({ id: extra.id ?? 'l1', createdAt: T0, updatedAt: T0, fields, socials: [], people: [], keys: [], ...extra });
}

export const COMPLETE: Partial<Record<LeadField, string>> = {
  companyName: 'Acme GmbH', website: 'https://www.acme.de', phone: '+49 89 1234567', email: 'info@acme.de',
  street: 'Hauptstraße 1', postalCode: '80331', city: 'München', lastName: 'Schäfer', firstName: 'Anna',
};

export function cand<F extends Field>(field: F, value: FieldValues[F], method: Method = 'labelled-text', confidence = 0.9): Candidate<F> {
  return { field, value, confidence, source: { method, snippet: `snippet of ${field}` } };
}

export function record(partial: Partial<DetectionRecord> = {}): DetectionRecord {
  return { company: null, phones: [], faxes: [], emails: [], address: null, website: null, socials: [], vatId: null, register: null, people: [], ...partial };
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The CSV export of `leads` as one page, through the writer the options page uses; the file's bytes decoded with its byte order mark kept. */
export async function csvText(leads: readonly Lead[], options: CsvExportOptions = {}): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await csvFile([leads], options)).blob.arrayBuffer());
}
