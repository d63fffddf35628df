import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/core/import/import-file';
import { escapeText, exportVcards, foldLine, leadToVcard } from '../../../src/core/lead/vcard-export';
import { COMPLETE, bytes, csvText, detected, lead } from './helpers';

describe('CSV export', () => {
  it('escapes cells that a spreadsheet would run as formulas', async () => {
    const l = lead({ companyName: '=HYPERLINK("http://evil","x")', notes: '@SUM(A1)', city: '-2+3', street: '\tTab', role: '\rCR', owner: 'ok' });
    const csv = await csvText([l], { fields: ['companyName', 'notes', 'city', 'street', 'role', 'owner'], bom: false });
    const [header, row] = Papa.parse<string[]>(csv).data;
    expect(header).toEqual(['Company', 'Notes', 'City', 'Street', 'Job Title', 'Owner']);
    expect(row).toEqual(["'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(A1)", "'-2+3", "'\tTab", "'\rCR", 'ok']);
  });

  it('writes German headers with ; and a BOM for Excel, and reads back in', async () => {
    const csv = await csvText([lead(COMPLETE)], { language: 'de', delimiter: ';' });
    expect(csv.startsWith('\uFEFFFirma;Rechtsform;Webseite;Telefon;')).toBe(true);
    const back = importFile(bytes(csv), { defaultCountry: 'DE', at: 1, newId: () => 'x' });
    expect(back.rejected).toEqual([]);
    expect(back.leads[0]?.fields.city?.value).toBe('München');
    expect(back.mapping.filter(Boolean)).toHaveLength(23);
  });

  it('adds socials and people on request', async () => {
    const l = lead({ companyName: 'Acme' }, { socials: [{ value: 'https://x.com/acme', source: detected() }], people: [{ name: 'Anna', role: 'CEO', source: detected() }] });
    const [header, row] = Papa.parse<string[]>(await csvText([l], { fields: ['companyName'], lists: true, bom: false })).data;
    expect(header).toEqual(['Company', 'Social Profiles', 'People']);
    expect(row).toEqual(['Acme', 'https://x.com/acme', 'Anna (CEO)']);
  });
});

describe('vCard export', () => {
  it('escapes backslash, comma, semicolon and newlines', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting UTF-8 characters', () => {
    const line = `NOTE:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('FN:short')).toBe('FN:short');
  });

  it('writes a vCard 4.0 with all contact properties', () => {
    const l = lead({ ...COMPLETE, legalForm: 'GmbH', companyName: 'Acme; Söhne, Partner', salutation: 'Frau', role: 'Geschäftsführerin', fax: '089 1234568', mobile: '0171 2345678', notes: 'Zeile 1\nZeile 2' }, { id: 'l1' });
    const card = leadToVcard(l, Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD', 'VERSION:4.0', 'UID:urn:leadfill:l1', 'FN:Anna Schäfer', 'N:Schäfer;Anna;;Frau;',
      'ORG:Acme\\; Söhne\\, Partner GmbH', 'TITLE:Geschäftsführerin',
      'TEL;TYPE=work,voice;VALUE=uri:tel:+49891234567', 'TEL;TYPE=cell;VALUE=uri:tel:+491712345678', 'TEL;TYPE=work,fax;VALUE=uri:tel:+49891234568',
      'EMAIL;TYPE=work:info@acme.de', 'ADR;TYPE=work:;;Hauptstraße 1;München;;80331;', 'URL:https://www.acme.de', 'NOTE:Zeile 1\\nZeile 2',
      'REV:20260102T030405Z', 'END:VCARD', '',
    ]);
  });

  it('writes only web addresses as URL lines: a stored javascript: or data: website or profile is left out', () => {
    const hostile = lead({ companyName: 'Acme GmbH', website: 'javascript:alert(1)' }, {
      socials: [
        { value: 'data:text/html,<script>alert(1)</script>', source: detected() },
        { value: 'https://www.linkedin.com/company/acme', source: detected() },
      ],
    });
    const urls = leadToVcard(hostile).split('\r\n').filter((l) => l.startsWith('URL'));
    expect(urls).toEqual(['URL;TYPE=social:https://www.linkedin.com/company/acme']);
    // A bare host the rep typed becomes a link an address book can open.
    expect(leadToVcard(lead({ companyName: 'Acme GmbH', website: 'www.acme.de' }))).toContain('\r\nURL:https://www.acme.de\r\n');
  });

  it('writes an organisation card when there is no person, one card per lead', () => {
    const cards = exportVcards([lead({ companyName: 'Acme' }, { id: 'a' }), lead({ companyName: 'Beta' }, { id: 'b' })]);
    expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(cards).toContain('FN:Acme\r\nKIND:org\r\nORG:Acme\r\n');
  });
});
