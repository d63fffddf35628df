/** Address-book exports (Outlook, Google, Thunderbird, Apple, LinkedIn) in their exact header sets, with invented people. */
import { describe, expect, it } from 'vitest';
import {
  APPLE_DE, exportCsv, GOOGLE, GOOGLE_2024, LINKEDIN, LINKEDIN_PREAMBLE, OUTLOOK_DE, OUTLOOK_EN, THUNDERBIRD_DE, THUNDERBIRD_EN,
} from '../../fixtures/import/export-shapes';
import { previewFile } from '../../../src/core/import/import-file';
import { alternatives, cp1252, importText, targetOf, utf8, values } from './helpers';

describe('Outlook (German): business columns are the company, short rows are rows', () => {
  const csv = exportCsv(OUTLOOK_DE, [
    {
      Anrede: 'Frau', Vorname: 'Jana', Nachname: 'Brückner', Firma: 'Kesselwerk Nord GmbH', Position: 'Einkaufsleiterin',
      'Straße geschäftlich': 'Am Hafenkai 12', 'Ort geschäftlich': 'Bremen', 'Postleitzahl geschäftlich': '28217', 'Land/Region geschäftlich': 'Deutschland',
      'Straße privat': 'Lindenweg 3', 'Ort privat': 'Achim', 'Postleitzahl privat': '28832', 'Telefon Assistent': '0421 5550199',
      'Fax geschäftlich': '0421 5550120', 'Telefon geschäftlich': '0421 5550100', 'Telefon (privat)': '04202 55501', Mobiltelefon: '0171 5550123',
      Pager: '0421 5550188', 'E-Mail-Adresse': 'j.brueckner@kesselwerk-nord.example', Notizen: 'Messe Hannover', Ort: 'Halle 4, Stand B12', Privat: 'Aus',
    },
    { Vorname: 'Tom', Nachname: 'Ostermann', Firma: 'Ostermann & Partner', 'Telefon Firma': '040 5550700', 'Haupttelefon': '040 5550701' },
  ], { trimTrailing: true });
  const r = importText(cp1252(csv));

  it('recognises the shape and reads Windows-1252', () => {
    expect(r.vendor).toEqual({ id: 'outlook-de', name: 'Outlook', language: 'de' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.rejected).toEqual([]);
  });

  it('maps business before private; Ort alone, Privat, assistant and pager are not the lead', () => {
    expect(values(r)[0]).toEqual({
      salutation: 'Frau', firstName: 'Jana', lastName: 'Brückner', companyName: 'Kesselwerk Nord GmbH', role: 'Einkaufsleiterin', street: 'Am Hafenkai 12',
      city: 'Bremen', postalCode: '28217', country: 'Deutschland', fax: '0421 5550120', phone: '0421 5550100', mobile: '0171 5550123',
      email: 'j.brueckner@kesselwerk-nord.example', notes: 'Messe Hannover',
    });
    for (const h of ['Ort', 'Privat', 'Telefon Assistent', 'Pager', 'Straße privat', 'Telefon (privat)', 'Verzeichnisserver']) expect(targetOf(r, h), h).toBeNull();
  });

  it('takes the company line where the business line is empty and keeps the second as an alternative', () => {
    expect(values(r)[1]).toMatchObject({ companyName: 'Ostermann & Partner', phone: '040 5550700' });
    expect(alternatives(r)[1]).toEqual(['phone: 040 5550701']);
  });

  it('recognises the header of a file re-saved with the wrong encoding and says so', () => {
    const damaged = csv.replace(/ß/g, '\uFFFD').replace(/ä/g, '\uFFFD').replace(/ü/g, '\uFFFD');
    const d = importText(damaged);
    expect(d.issues).toContainEqual({ code: 'damaged-encoding', params: { count: expect.any(Number) } });
    expect(d.vendor?.id).toBe('outlook-de');
    expect(targetOf(d, 'Stra\uFFFDe gesch\uFFFDftlich')).toBe('street');
    expect(d.columns[d.headers.indexOf('Stra\uFFFDe gesch\uFFFDftlich')]?.guessed).toBe(true);
    expect(values(d)[0]).toMatchObject({ street: 'Am Hafenkai 12', city: 'Bremen', postalCode: '28217' });
  });
});

describe('Outlook (English): numbers are read in the row’s own country', () => {
  const csv = exportCsv(OUTLOOK_EN, [
    { Title: 'Mr.', 'First Name': 'Dale', 'Last Name': 'Harmon', Company: 'Lone Star Pumps Inc.', 'Job Title': 'Plant Manager', 'Business Street': '500 Pecan St',
      'Business City': 'Austin', 'Business State': 'TX', 'Business Postal Code': '78701', 'Business Country/Region': 'United States',
      'Business Phone': '(512) 555-0164', 'E-mail Address': 'dale@lonestarpumps.example', 'Directory Server': 'ldap.lonestarpumps.example' },
    { 'First Name': 'Rita', 'Last Name': 'Vance', Company: 'Pecan Valves LLC', 'Business City': 'Dallas', 'Business State': 'TX', 'Business Phone': '214-555-0182' },
    { 'First Name': 'Lars', 'Last Name': 'Meier', Company: 'Meier Armaturen', 'Business City': 'Kassel', 'Business Phone': '0561 5550142' },
  ], { trimTrailing: true });
  const r = importText(csv, 'DE');

  it('recognises the shape; Title is the salutation, Directory Server is no phone', () => {
    expect(r.vendor).toEqual({ id: 'outlook-en', name: 'Outlook', language: 'en' });
    expect(values(r)[0]).toMatchObject({ salutation: 'Mr.', role: 'Plant Manager', phone: '(512) 555-0164', country: 'United States' });
    expect(targetOf(r, 'Directory Server')).toBeNull();
  });

  it('reads a Texan number as +1, by the country column or by the state, and the German one in the default', () => {
    expect(r.leads.map((l) => l.keys.find((k) => k.startsWith('phone:')))).toEqual(['phone:+15125550164', 'phone:+12145550182', 'phone:+495615550142']);
  });

  it('reads a number without any country clue in the default the rep set, shown as such in the preview', () => {
    const file = utf8(exportCsv(OUTLOOK_EN, [{ 'Last Name': 'Vance', Company: 'Pecan Valves', 'Business Phone': '214-555-0182' }]));
    expect(importText(file, 'US').leads[0]?.keys).toContain('phone:+12145550182');
    expect(importText(file, 'US').leads[0]?.fields.phone?.value).toBe('+1 214 555 0182');
    expect(previewFile(file, { defaultCountry: 'US' }).rows[0]).toMatchObject({ country: 'US', countryFrom: 'default' });
    expect(previewFile(file, { defaultCountry: 'DE' }).rows[0]).toMatchObject({ country: 'DE', countryFrom: 'default' });
  });
});

describe('Google Contacts: type columns say the kind, " ::: " holds several values', () => {
  const rows = [{
    Name: 'Mira Sandner', 'Given Name': 'Mira', 'Family Name': 'Sandner', 'Group Membership': '* myContacts ::: Kunden',
    'E-mail 1 - Type': '* Home', 'E-mail 1 - Value': 'mira.sandner@mailbox.example', 'E-mail 2 - Type': 'Work', 'E-mail 2 - Value': 'm.sandner@lichtblick-optik.example',
    'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '+49 160 5550147', 'Phone 2 - Type': 'Work', 'Phone 2 - Value': 'keine ::: 030 5550180 ::: 030 5550181',
    'Phone 3 - Type': 'Work Fax', 'Phone 3 - Value': '030 5550189',
    'Address 1 - Type': 'Home', 'Address 1 - Street': 'Birkenallee 9', 'Address 1 - City': 'Potsdam', 'Address 1 - Postal Code': '14469',
    'Address 2 - Type': 'Work', 'Address 2 - Street': 'Torstraße 40', 'Address 2 - City': 'Berlin', 'Address 2 - Postal Code': '10119', 'Address 2 - Country': 'DE',
    'Organization 1 - Name': 'Lichtblick Optik GmbH', 'Organization 1 - Title': 'Geschäftsführerin', 'Website 1 - Type': 'Work', 'Website 1 - Value': 'https://lichtblick-optik.example',
  }, {
    'Given Name': 'Ole', 'Family Name': 'Brandt', 'Phone 1 - Type': 'Pager', 'Phone 1 - Value': '030 5550111', 'Phone 2 - Type': '* Other', 'Phone 2 - Value': '030 5550112',
  }];
  const r = importText(exportCsv(GOOGLE, rows));

  it('recognises the shape and pairs value columns with their type columns', () => {
    expect(r.vendor?.id).toBe('google');
    expect(targetOf(r, 'Phone 1 - Value')).toBe('phone');
    expect(targetOf(r, 'Phone 1 - Type')).toBeNull();
    expect(r.columns[r.headers.indexOf('Phone 1 - Value')]?.typeColumn).toBe(r.headers.indexOf('Phone 1 - Type'));
  });

  it('routes mobile, work and fax numbers, takes the work address whole, and keeps the rest as alternatives', () => {
    expect(r.rejected).toEqual([]);
    expect(values(r)[0]).toEqual({
      firstName: 'Mira', lastName: 'Sandner', companyName: 'Lichtblick Optik GmbH', role: 'Geschäftsführerin', email: 'm.sandner@lichtblick-optik.example',
      personEmail: 'mira.sandner@mailbox.example', mobile: '+49 160 5550147', phone: '030 5550180', fax: '030 5550189', street: 'Torstraße 40', city: 'Berlin',
      postalCode: '10119', country: 'DE', website: 'https://lichtblick-optik.example',
    });
    expect(alternatives(r)[0]).toEqual(['phone: 030 5550181']);
  });

  it('never takes a pager for the phone', () => {
    expect(values(r)[1]).toEqual({ firstName: 'Ole', lastName: 'Brandt', phone: '030 5550112' });
  });

  it('reads the 2024 export with labels the same way', () => {
    const r24 = importText(exportCsv(GOOGLE_2024, [{
      'First Name': 'Mira', 'Last Name': 'Sandner', 'Organization Name': 'Lichtblick Optik GmbH', 'Organization Title': 'Geschäftsführerin', Labels: '* myContacts',
      'E-mail 1 - Label': '* Work', 'E-mail 1 - Value': 'm.sandner@lichtblick-optik.example', 'Phone 1 - Label': 'Mobile', 'Phone 1 - Value': '0160 5550147',
      'Phone 2 - Label': 'Work', 'Phone 2 - Value': '030 5550180', 'Address 1 - Label': 'Work', 'Address 1 - Formatted': 'Torstraße 40\n10119 Berlin\nDeutschland',
    }]));
    expect(r24.vendor?.id).toBe('google-2024');
    expect(values(r24)).toEqual([{
      firstName: 'Mira', lastName: 'Sandner', companyName: 'Lichtblick Optik GmbH', role: 'Geschäftsführerin', email: 'm.sandner@lichtblick-optik.example',
      mobile: '0160 5550147', phone: '030 5550180', street: 'Torstraße 40', postalCode: '10119', city: 'Berlin', country: 'Deutschland',
    }]);
  });
});

describe('Thunderbird and Apple: work columns are the company', () => {
  it('reads the English and the German Thunderbird export', () => {
    const en = importText(exportCsv(THUNDERBIRD_EN, [{ 'First Name': 'Ines', 'Last Name': 'Wolter', 'Primary Email': 'ines@wolter-bau.example',
      'Work Phone': '0351 5550110', 'Home Phone': '0351 5550999', 'Work Address': 'Elbufer 7', 'Work City': 'Dresden', 'Work ZipCode': '01067',
      'Home City': 'Radebeul', Organization: 'Wolter Bau KG', 'Job Title': 'Bauleiterin', 'Web Page 1': 'https://wolter-bau.example' }]));
    expect(en.vendor?.id).toBe('thunderbird-en');
    expect(values(en)).toEqual([{ firstName: 'Ines', lastName: 'Wolter', email: 'ines@wolter-bau.example', phone: '0351 5550110', street: 'Elbufer 7',
      city: 'Dresden', postalCode: '01067', role: 'Bauleiterin', companyName: 'Wolter Bau KG', website: 'https://wolter-bau.example' }]);
    const de = importText(exportCsv(THUNDERBIRD_DE, [{ Vorname: 'Ines', Nachname: 'Wolter', 'Primäre E-Mail-Adresse': 'ines@wolter-bau.example',
      'Tel. dienstlich': '0351 5550110', 'Tel. privat': '0351 5550999', 'Mobil-Tel.-Nr.': '0170 5550110', 'Dienstlich: Adresse': 'Elbufer 7',
      'Dienstlich: Ort': 'Dresden', 'Dienstlich: PLZ': '01067', 'Privat: Ort': 'Radebeul', Organisation: 'Wolter Bau KG', Arbeitstitel: 'Bauleiterin' }]));
    expect(de.vendor?.id).toBe('thunderbird-de');
    expect(values(de)[0]).toMatchObject({ phone: '0351 5550110', mobile: '0170 5550110', street: 'Elbufer 7', city: 'Dresden', postalCode: '01067', companyName: 'Wolter Bau KG' });
  });

  it('reads Apple’s Arbeitsadresse columns and leaves the Privatadresse out', () => {
    const r = importText(exportCsv(APPLE_DE, [{ Vorname: 'Paul', Nachname: 'Reuter', Firma: 'Reuter Feinmechanik', Jobtitel: 'Inhaber',
      'Telefon (Arbeit)': '0711 5550130', 'Telefon (Privat)': '0711 5550999', 'E-Mail (Arbeit)': 'paul@reuter-fm.example', 'Arbeitsadresse Straße': 'Werkstraße 2',
      'Arbeitsadresse Ort': 'Stuttgart', 'Arbeitsadresse PLZ': '70173', 'Privatadresse Straße': 'Gartenweg 1', 'Privatadresse Ort': 'Esslingen' }]));
    expect(r.vendor?.id).toBe('apple-de');
    expect(values(r)).toEqual([{ firstName: 'Paul', lastName: 'Reuter', companyName: 'Reuter Feinmechanik', role: 'Inhaber', phone: '0711 5550130',
      email: 'paul@reuter-fm.example', street: 'Werkstraße 2', city: 'Stuttgart', postalCode: '70173' }]);
  });
});

describe('LinkedIn connections: a preamble before the header', () => {
  const csv = exportCsv(LINKEDIN, [
    { 'First Name': 'Aylin', 'Last Name': 'Kaya', URL: 'https://www.linkedin.com/in/aylin-kaya-invented', 'Email Address': '', Company: 'Nordlicht Logistik', Position: 'Head of Sales', 'Connected On': '03 Mar 2025' },
    { 'First Name': 'Ben', 'Last Name': 'Fischer', URL: 'https://www.linkedin.com/in/ben-fischer-invented', 'Email Address': 'ben.fischer@mail.example', Company: '', Position: '', 'Connected On': '11 Jan 2024' },
  ], { preamble: LINKEDIN_PREAMBLE, eol: '\n' });
  const r = importText(csv);

  it('finds the header row, says what was skipped and numbers rows as the file has them', () => {
    expect(r.vendor?.id).toBe('linkedin');
    expect(r.issues).toContainEqual({ code: 'preamble-skipped', params: { lines: 3, first: 'Notes:' } });
    expect(r.dataRows).toBe(2);
    expect(values(r)).toEqual([
      { firstName: 'Aylin', lastName: 'Kaya', companyName: 'Nordlicht Logistik', role: 'Head of Sales' },
      { firstName: 'Ben', lastName: 'Fischer', personEmail: 'ben.fischer@mail.example' },
    ]);
  });

  it('keeps the profile URL as a social profile, not as the company website', () => {
    expect(targetOf(r, 'URL')).toBe('profileUrl');
    expect(r.leads[0]?.socials.map((s) => s.value)).toEqual(['https://www.linkedin.com/in/aylin-kaya-invented']);
  });
});
