import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../src/core/import/column-plan';
import { decodeCsv } from '../../../src/core/import/decode';
import { detectDelimiter } from '../../../src/core/import/delimiter';
import { importFile as importCsv, previewFile as previewCsv } from '../../../src/core/import/import-file';
import { bytes } from '../lead/helpers';

const proposeMapping = (headers: string[]) => planColumns(headers).mapping;
const recogniseHeader = (header: string) => planColumns([header]).mapping[0];

const AT = 1_700_000_000_000;
let n = 0;
const opts = { at: AT, batch: 'crm-1', newId: () => `id${n++}`, defaultCountry: 'DE' };

/** Windows-1252 bytes of a string (Latin-1 range plus €). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
}

function utf16(text: string, le: boolean): Uint8Array {
  const out = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

const values = (r: ReturnType<typeof importCsv>): Record<string, string>[] =>
  r.leads.map((l) => Object.fromEntries(Object.entries(l.fields).map(([k, v]) => [k, v.value])));

describe('decoding', () => {
  it('reads Windows-1252 umlauts', () => {
    const r = importCsv(cp1252('Firma;Straße;Ort\r\nMüller & Söhne GmbH;Große Gasse 5;Köln\r\n'), opts);
    expect(r.encoding).toBe('windows-1252');
    expect(values(r)).toEqual([{ companyName: 'Müller & Söhne GmbH', street: 'Große Gasse 5', city: 'Köln' }]);
  });

  it('reads UTF-8 with BOM and without', () => {
    const text = 'Firma,Ort\nBäckerei Öz,Düsseldorf\n';
    const withBom = importCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(text)]), opts);
    expect(withBom.encoding).toBe('utf-8-bom');
    expect(withBom.headers).toEqual(['Firma', 'Ort']);
    expect(values(withBom)).toEqual([{ companyName: 'Bäckerei Öz', city: 'Düsseldorf' }]);
    expect(importCsv(bytes(text), opts).encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    for (const le of [true, false]) {
      const r = importCsv(utf16('Company\tCity\r\nÜberall AG\tZürich\r\n', le), opts);
      expect(r.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
      expect(r.delimiter).toBe('\t');
      expect(values(r)).toEqual([{ companyName: 'Überall AG', city: 'Zürich' }]);
    }
    expect(decodeCsv(bytes('')).text).toBe('');
  });
});

describe('delimiters and quoting', () => {
  it('detects ; , and TAB from the header line, ignoring quoted separators', () => {
    expect(detectDelimiter('Firma;"Name, Vorname";Ort\n')).toBe(';');
    expect(detectDelimiter('Company,"A;B",City\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('keeps line breaks inside quoted cells and numbers rows as in the file', () => {
    const csv = 'Company,Notes,Email\r\nAcme,"line one\r\nline two",info@acme.de\r\nBeta,"a\nb\nc",nope\r\nGamma,,g@gamma.de\r\n';
    const r = importCsv(bytes(csv), opts);
    expect(values(r).map((v) => v['notes'])).toEqual(['line one\r\nline two', undefined]);
    expect(r.rejected).toEqual([{ row: 3, line: 4, errors: [{ code: 'invalid-email', message: 'Invalid e-mail address "nope".', column: 'Email' }], cells: ['Beta', 'a\nb\nc', 'nope'] }]);
    expect(r.dataRows).toBe(3);
  });
});

describe('row errors', () => {
  const csv = [
    'Firma;Telefon;E-Mail;Ort',
    'Acme GmbH;089 1234567;info@acme.de;München',
    'Kaputt GmbH;089 1;zu;viele;Spalten',
    ';;;',
    'Beta AG;keine Nummer;info@beta.de;Berlin',
    'Ohne Spalten',
    ';089 7654321;;Hamburg',
    '',
    'Gamma KG;+43 1 5123456;office@gamma.at;Wien',
  ].join('\n');
  const r = importCsv(bytes(csv), opts);

  it('imports the good rows around broken ones; a short row is a row with empty cells', () => {
    expect(values(r).map((v) => v['companyName'])).toEqual(['Acme GmbH', 'Ohne Spalten', 'Gamma KG']);
    expect(r.leads[2]?.keys).toContain('phone:+4315123456');
  });

  it('reports each bad row with its row number, reasons and raw cells', () => {
    expect(r.rejected.map((x) => [x.row, x.errors.map((e) => e.code)])).toEqual([
      [3, ['column-count']], [4, ['empty-row']], [5, ['invalid-phone']], [7, ['no-identity']], [8, ['empty-row']],
    ]);
    expect(r.rejected[0]).toMatchObject({ errors: [{ message: 'Expected 4 columns, found 5.' }], cells: ['Kaputt GmbH', '089 1', 'zu', 'viele', 'Spalten'] });
    expect(r.rejected[2]?.errors[0]).toEqual({ code: 'invalid-phone', message: 'Invalid phone number "keine Nummer".', column: 'Telefon' });
    expect(r.leads.length + r.rejected.length).toBe(r.dataRows);
  });

  it('accepts trailing empty separators as Excel writes them', () => {
    expect(importCsv(bytes('Firma;Ort\nAcme;Köln;;\n'), opts).leads).toHaveLength(1);
  });

  it('rejects only the line with an unterminated quote and counts the rows the file has', () => {
    const bad = importCsv(bytes('Company,City\nAcme,"Berlin\nBeta,Hamburg\nGamma,Köln\n'), opts);
    expect(values(bad)).toEqual([{ companyName: 'Beta', city: 'Hamburg' }, { companyName: 'Gamma', city: 'Köln' }]);
    expect(bad.rejected).toMatchObject([{ row: 2, line: 2, errors: [{ code: 'unterminated-quote' }], cells: ['Acme', '"Berlin'] }]);
    expect(bad.dataRows).toBe(3);
  });

  it('stamps imported provenance and keys', () => {
    const lead = r.leads[0];
    expect(lead?.fields.companyName?.source).toEqual({ kind: 'imported', at: AT, batch: 'crm-1' });
    expect(lead?.createdAt).toBe(AT);
    expect(lead?.keys).toEqual(['email:info@acme.de', 'emaildomain:acme.de', 'name:acme', 'phone:+49891234567']);
  });
});

describe('column mapping', () => {
  it('recognises German headers', () => {
    expect(proposeMapping(['Firma', 'Anrede', 'Vorname', 'Name', 'Position', 'Tel.', 'Telefax', 'Handy', 'E-Mail', 'Homepage', 'Strasse', 'Hausnr.', 'PLZ', 'Stadt', 'Land', 'USt-IdNr.', 'Quelle', 'Kampagne', 'Besitzer', 'Notizen', 'Bundesland'])).toEqual([
      'companyName', 'salutation', 'firstName', 'lastName', 'role', 'phone', 'fax', 'mobile', 'email', 'website', 'street', 'houseNumber',
      'postalCode', 'city', 'country', 'vatId', 'source', 'campaign', 'owner', 'notes', 'region',
    ]);
  });

  it('recognises English CRM headers', () => {
    expect(proposeMapping(['Account Name', 'Salutation', 'First Name', 'Last Name', 'Job Title', 'Phone Number', 'Mobile Phone', 'Fax', 'Email', 'Website', 'Address Line 1', 'ZIP', 'Town', 'Country', 'VAT', 'Lead Source', 'Campaign', 'Owner', 'Notes', 'Email Opt Out'])).toEqual([
      'companyName', 'salutation', 'firstName', 'lastName', 'role', 'phone', 'mobile', 'fax', 'email', 'website', 'street', 'postalCode',
      'city', 'country', 'vatId', 'source', 'campaign', 'owner', 'notes', null,
    ]);
    expect(recogniseHeader('Telefon (geschäftlich)')).toBe('phone');
    expect(recogniseHeader('Business Fax')).toBe('fax');
    expect(recogniseHeader('Postcode')).toBe('postalCode');
    expect(recogniseHeader('Unternehmen')).toBe('companyName');
  });

  it('maps a second column of a field as its alternative and lets the user override', () => {
    expect(proposeMapping(['Telefon', 'Telefon 2'])).toEqual(['phone', 'phone']);
    const two = importCsv(bytes('Firma;Telefon;Telefon 2\nAcme;keine;089 1234567\nBeta;089 7654321;089 1234567\n'), opts);
    expect(values(two).map((v) => v['phone'])).toEqual(['089 1234567', '089 7654321']);
    expect(two.leads[1]?.conflicts).toEqual([{ field: 'phone', value: { value: '089 1234567', source: { kind: 'imported', at: AT, batch: 'crm-1' } } }]);
    const csv = bytes('Kunde;Kontakt;Hausnummer;Straße\nAcme;Schäfer, Anna;7;Ring\n');
    const r = importCsv(csv, { ...opts, mapping: ['companyName', 'fullName', 'houseNumber', 'street'] });
    expect(values(r)).toEqual([{ companyName: 'Acme', lastName: 'Schäfer', firstName: 'Anna', street: 'Ring 7' }]);
  });

  it('splits a full-name column like every other name: titles apart, particles with the surname', () => {
    const csv = bytes('Kunde;Kontakt\nAcme;Herr Dr. Max von der Heide\nBeta;Vertrieb & Service\n');
    const r = importCsv(csv, { ...opts, mapping: ['companyName', 'fullName'] });
    expect(values(r)).toEqual([
      { companyName: 'Acme', salutation: 'Herr Dr.', firstName: 'Max', lastName: 'von der Heide' },
      { companyName: 'Beta', lastName: 'Vertrieb & Service' },
    ]);
  });

  it('previews the first rows mapped', () => {
    const csv = bytes(['Company,Email', ...Array.from({ length: 50 }, (_, i) => `C${i},${i === 1 ? 'bad' : `c${i}@c.de`}`)].join('\n'));
    const p = previewCsv(csv, { rows: 3, defaultCountry: 'DE' });
    expect(p.mapping).toEqual(['companyName', 'email']);
    expect(p.rows.map((row) => [row.row, row.values.companyName, row.errors.length])).toEqual([[2, 'C0', 0], [3, 'C1', 1], [4, 'C2', 0]]);
  });
});
