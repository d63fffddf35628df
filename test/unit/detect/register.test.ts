import { describe, expect, it } from 'vitest';
import { registerDetector } from '../../../src/core/detect/detectors/register';
import { detectBody, run } from '../../support/detect';

const reg = (body: string, opts: Parameters<typeof run>[2] = {}) => run(registerDetector, body, opts).record.register?.value ?? null;

describe('registerDetector', () => {
  it('reads German register types with their court', () => {
    expect(reg('<p>AG Bonn HRB 41 736</p>')).toEqual({ court: 'Amtsgericht Bonn', number: 'HRB 41736' });
    expect(reg('<p>Registergericht: Amtsgericht Landau</p><p>Handelsregister: HRA 38207</p>')).toEqual({ court: 'Amtsgericht Landau', number: 'HRA 38207' });
    expect(reg('<p>Registernummer: VR 204517</p>')?.number).toBe('VR 204517');
    expect(reg('<p>Eingetragen im Handelsregister des Amtsgerichts Charlottenburg unter HRB 123456 B</p>')?.number).toBe('HRB 123456 B');
  });

  it('does not take VR or PR from running text', () => {
    expect(reg('<p>Wir sind Kunde der VR 24 Bank und machen PR 2000</p>')).toBeNull();
  });

  it('reads the Austrian Firmenbuch number', () => {
    expect(reg('<p>Firmenbuchnummer: FN 284613z</p>', { url: 'https://x.at/' })?.number).toBe('FN 284613z');
    expect(reg('<p>Firmenbuch-Nr. 123456 x, Handelsgericht Wien</p>', { url: 'https://x.at/' })).toEqual({ court: 'Handelsgericht Wien', number: 'FN 123456x' });
  });

  it('reads a Swiss UID only in the Handelsregister context', () => {
    expect(reg('<p>Handelsregister-Nr.: CHE-316.742.586</p>')?.number).toBe('CHE-316.742.586');
    expect(reg('<p>UID: CHE-316.742.586</p>')).toBeNull();
  });

  it('reads UK, FR, NL, BE, DK, NO and IN numbers', () => {
    expect(reg('<li>Company Number: 09184627</li>', { lang: 'en' })?.number).toBe('09184627');
    expect(reg('<p>Registered in England and Wales No. SC123456</p>', { lang: 'en' })?.number).toBe('SC123456');
    expect(reg('<p>RCS Nanterre B 736 829 144</p>', { lang: 'fr' })).toEqual({ court: 'RCS Nanterre', number: 'B 736 829 144' });
    expect(reg('<p>552 081 317 R.C.S. Paris</p>', { lang: 'fr' })?.number).toBe('552 081 317');
    expect(reg('<p>SIREN : 552 081 317</p>', { lang: 'fr' })?.number).toBe('552 081 317');
    expect(reg('<div>KvK 86413902 • BTW NL006418250B99</div>', { lang: 'nl' })).toEqual({ court: 'KvK', number: '86413902' });
    expect(reg('<p>Ondernemingsnummer: 0403.170.701</p>', { lang: 'nl' })?.number).toBe('0403.170.701');
    expect(reg('<p>CVR-nr.: 13585628</p>', { lang: 'da' })?.number).toBe('13585628');
    expect(reg('<p>Org.nr. 923 609 016 MVA</p>', { lang: 'nb' })?.number).toBe('923609016');
    expect(reg('<p>CIN: U27100CT2003PTC015784</p>', { lang: 'en' })?.number).toBe('U27100CT2003PTC015784');
  });

  it('reads the number from the line under its label', () => {
    expect(reg('<ul><li>Company Registration Number:</li><li>09184627</li></ul>', { lang: 'en' })?.number).toBe('09184627');
  });

  it('ignores placeholders', () => {
    expect(reg('<p>Registergericht: Amtsgericht Frankfurt am Main</p><p>Registernummer: HRB [Nummer einfügen]</p>')).toBeNull();
    expect(reg('<p>HRB XXXXX</p>')).toBeNull();
    expect(reg('<p>Numéro SIREN : &lt;à compléter&gt;</p>', { lang: 'fr' })).toBeNull();
    // A template's zeros or counted digits are no entry.
    expect(reg('<p>© 2026 Eksempel AS — Org.nr. 000 000 000</p>', { lang: 'no' })).toBeNull();
    expect(reg('<p>Company No. 12345678</p>', { lang: 'en' })).toBeNull();
  });

  it('keeps the entries of the host and of the general partner below ACCEPT', () => {
    expect(reg('<h2>Hosting</h2><p>Hoster GmbH, Amtsgericht Ansbach, HRB 6089</p>')).toBeNull();
    const kg = '<p>Muster GmbH &amp; Co. KG</p><p>Amtsgericht Ulm HRA 5678</p><p>Persönlich haftende Gesellschafterin: Muster Verwaltungs GmbH</p><p>Amtsgericht Ulm HRB 1234</p>';
    expect(reg(kg)?.number).toBe('HRA 5678');
    const kgFirst = '<p>Persönlich haftende Gesellschafterin: Muster Verwaltungs GmbH, Amtsgericht Ulm HRB 1234</p><p>Amtsgericht Ulm HRA 5678</p>';
    expect(reg(kgFirst)?.number).toBe('HRA 5678');
  });
});

describe('Norwegian organisation number', () => {
  it('reads it behind "Org:" grouped in threes, checked with stdnum', () => {
    expect(reg('<footer><p>Org: 912 345 688<br>Moholt - Trondheim</p></footer>', { url: 'https://studentlag.example.no/kontakt' })).toEqual({ court: null, number: '912345688' });
    expect(reg('<p>Org.nr. 912345688</p>')?.number).toBe('912345688');
    // A domain's ".org" before a number is no label.
    expect(reg('<p>www.studentlag.org 912 345 688</p>')).toBeNull();
  });
});

describe('register numbers', () => {
  it('takes the SIREN out of a SIRET', () => {
    const record = detectBody('<p>RCS Paris</p><p>SIRET 73282932000074 - code APE 6202A</p>', 'https://www.exemple.fr/mentions-legales', 'fr', 'Mentions légales');
    expect(record.register?.value.number).toBe('732829320');
  });
});

describe('Danish CVR', () => {
  it('keeps a bare CVR number in the register, not in the VAT id', () => {
    const record = detectBody('<footer><p>Muster ApS<br>CVR-nummer: 32306772</p></footer>', 'https://muster.dk/', 'da', 'Muster');
    expect(record.register?.value.number).toBe('32306772');
    expect(record.vatId).toBeNull();
  });

  it('still reads the VAT id when it is printed with its DK prefix', () => {
    const record = detectBody('<footer><p>Muster ApS<br>CVR: DK32306772</p></footer>', 'https://muster.dk/', 'da', 'Muster');
    expect(record.vatId?.value).toBe('DK32306772');
  });
});
