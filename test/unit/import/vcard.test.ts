/** vCard files: 3.0 and 4.0, several cards, folded lines, quoted-printable from older exports, Apple's grouped lines. */
import { describe, expect, it } from 'vitest';
import { alternatives, cp1252, importText, values } from './helpers';

const card30 = [
  'BEGIN:VCARD', 'VERSION:3.0', 'N:Hoffmann;Lea;;Dr.;', 'FN:Dr. Lea Hoffmann', 'ORG:Quellwasser Technik GmbH;Vertrieb', 'TITLE:Vertriebsleiterin',
  'TEL;TYPE=WORK,VOICE:+49 621 555', ' 0140', 'TEL;TYPE=CELL:0172 5550140', 'TEL;TYPE=HOME:0621 5550999', 'TEL;TYPE=WORK,FAX:0621 5550149',
  'EMAIL;TYPE=INTERNET,WORK:lea.hoffmann@quellwasser.example', 'ADR;TYPE=HOME:;;Rosenweg 4;Heidelberg;;69117;Deutschland',
  'ADR;TYPE=WORK:;;Industriestraße 21;Mannheim;;68169;Deutschland', 'URL;TYPE=WORK:https://quellwasser.example', 'NOTE:Kontakt von der Messe', 'END:VCARD',
].join('\r\n');

const card40 = [
  'BEGIN:VCARD', 'VERSION:4.0', 'FN:Sam Carter', 'N:Carter;Sam;;;', 'ORG:Northwind Tools Inc.', 'TEL;VALUE=uri;TYPE="work,voice":tel:+1-512-555-0164',
  'TEL;VALUE=uri;TYPE=pager:tel:+1-512-555-0199', 'EMAIL;TYPE=work:sam@northwind.example', 'END:VCARD',
].join('\r\n');

/** vCard 2.1 as older phones export it: bare types, quoted-printable with soft line breaks. */
const card21 = [
  'BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;;', 'ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:B=C3=A4ckerei M=C3=BCller',
  'TEL;WORK;VOICE:0221 5550170', 'ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Gro=C3=9Fe Stra=', '=C3=9Fe 5;K=C3=B6ln;;50667;Deutschland', 'END:VCARD',
].join('\r\n');

/** Apple Contacts groups a label with its line (item1.…) and repeats type parameters. */
const apple = [
  'BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Apple Inc.//macOS 14.0//EN', 'N:Yilmaz;Deniz;;;', 'FN:Deniz Yilmaz', 'ORG:Atelier Yilmaz;',
  'item1.EMAIL;type=INTERNET;type=pref:deniz@atelier-yilmaz.example', 'item1.X-ABLabel:_$!<Other>!$_', 'TEL;type=CELL;type=VOICE;type=pref:+49 151 5550123',
  'item2.ADR;type=WORK;type=pref:;;Kastanienallee 8;Berlin;;10435;Deutschland', 'item2.X-ABADR:de', 'END:VCARD',
].join('\r\n');

describe('vCard import', () => {
  it('reads several 3.0 and 4.0 cards with folded lines, routing work, cell, fax, home and pager numbers', () => {
    const r = importText(`${card30}\r\n${card40}\r\n`);
    expect(r.format).toBe('vcard');
    expect(r.vendor?.name).toBe('vCard 3.0 + 4.0');
    expect(r.rejected).toEqual([]);
    expect(values(r)).toEqual([
      { lastName: 'Hoffmann', firstName: 'Lea', salutation: 'Dr.', companyName: 'Quellwasser Technik GmbH', role: 'Vertriebsleiterin', phone: '+49 621 5550140',
        mobile: '0172 5550140', fax: '0621 5550149', email: 'lea.hoffmann@quellwasser.example', street: 'Industriestraße 21', city: 'Mannheim', postalCode: '68169',
        country: 'Deutschland', website: 'https://quellwasser.example', notes: 'Kontakt von der Messe' },
      { lastName: 'Carter', firstName: 'Sam', companyName: 'Northwind Tools Inc.', phone: '+1-512-555-0164', email: 'sam@northwind.example' },
    ]);
    expect(alternatives(r)).toEqual([[], []]);
    expect(r.columns.filter((c) => c.guessed)).toEqual([]);
  });

  it('decodes quoted-printable and bare 2.1 types from older exports', () => {
    const r = importText(`${card21}\r\n`);
    expect(values(r)).toEqual([{ lastName: 'Müller', firstName: 'Jörg', companyName: 'Bäckerei Müller', phone: '0221 5550170', street: 'Große Straße 5',
      city: 'Köln', postalCode: '50667', country: 'Deutschland' }]);
  });

  it('reads Apple’s grouped lines and a Windows-1252 file', () => {
    expect(values(importText(`${apple}\r\n`))).toEqual([{ lastName: 'Yilmaz', firstName: 'Deniz', fullName: undefined, companyName: 'Atelier Yilmaz',
      email: 'deniz@atelier-yilmaz.example', mobile: '+49 151 5550123', street: 'Kastanienallee 8', city: 'Berlin', postalCode: '10435', country: 'Deutschland' }]
      .map(({ fullName: _f, ...v }) => v));
    const latin = importText(cp1252('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kühn;Jürgen;;;\r\nORG:Kühn Maschinenbau\r\nEND:VCARD\r\n'));
    expect(values(latin)).toEqual([{ lastName: 'Kühn', firstName: 'Jürgen', companyName: 'Kühn Maschinenbau' }]);
  });

  it('reports a card it cannot read and imports the others', () => {
    const r = importText(`${card30}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nTEL;=:x\r\nEND:VCARD\r\n${card40}\r\n`);
    expect(r.issues).toEqual([{ code: 'broken-cards', params: { count: 1, first: 2 } }]);
    expect(r.leads).toHaveLength(2);
  });
});
