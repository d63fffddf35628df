import { importFile, type ImportResult } from '../../../src/core/import/import-file';

export const AT = 1_700_000_000_000;

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Windows-1252 bytes of a string in the Latin-1 range (what German Outlook writes). */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error(`not Windows-1252: ${ch}`);
    return c;
  }));
}

let n = 0;
export function importText(bytes: Uint8Array | string, defaultCountry = 'DE', mapping?: ImportResult['mapping']): ImportResult {
  return importFile(typeof bytes === 'string' ? utf8(bytes) : bytes, {
    at: AT, batch: 'test', newId: () => `id${n++}`, defaultCountry, ...(mapping ? { mapping } : {}),
  });
}

/** Each lead's values by field. */
export const values = (r: ImportResult): Record<string, string>[] =>
  r.leads.map((l) => Object.fromEntries(Object.entries(l.fields).map(([k, v]) => [k, v.value])));

/** Each lead's alternatives as "field: value". */
export const alternatives = (r: ImportResult): string[][] => r.leads.map((l) => (l.conflicts ?? []).map((c) => `${c.field}: ${c.value.value}`));

/** The proposed target of a header. */
export function targetOf(r: ImportResult, header: string): string | null {
  const i = r.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return r.proposedMapping[i] ?? null;
}
