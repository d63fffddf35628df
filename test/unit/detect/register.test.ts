import { describe, expect, it } from 'vitest';
import { registerDetector } from '../../../src/core/detect/detectors/register';
import { run } from './helpers';

const reg = (body: string, opts: Parameters<typeof run>[2] = {}) => run(registerDetector, body, opts).record.register?.value ?? null;

describe('registerDetector', () => {
  it('reads German register types with their court', () => {
    expect(reg('<p>AG Köln HRB 23 522</p>')).toEqual({ court: 'Amtsgericht Köln', number: 'HRB 23522' });
    expect(reg('<p>Registergericht: Amtsgericht Memmingen</p><p>Handelsregister: HRA 14201</p>')).toEqual({ court: 'Amtsgericht Memmingen', number: 'HRA 14201' });
    expect(reg('<p>Registernummer: VR 201088</p>')?.number).toBe('VR 201088');
    expect(reg('<p>Eingetragen im Handelsregister des Amtsgerichts Charlottenburg unter HRB 123456 B</p>')?.number).toBe('HRB 123456 B');
  });

  it('does not take VR or PR from running text', () => {
    expect(reg('<p>Wir sind Kunde der VR 24 Bank und machen PR 2000</p>')).toBeNull();
  });

  it('reads the Austrian Firmenbuch number', () => {
    expect(reg('<p>Firmenbuchnummer: FN 157977w</p>', { url: 'https://x.at/' })?.number).toBe('FN 157977w');
    expect(reg('<p>Firmenbuch-Nr. 123456 x, Handelsgericht Wien</p>', { url: 'https://x.at/' })).toEqual({ court: 'Handelsgericht Wien', number: 'FN 123456x' });
  });

  it('reads a Swiss UID only in the Handelsregister context', () => {
    expect(reg('<p>Handelsregister-Nr.: CHE-201.388.239</p>')?.number).toBe('CHE-201.388.239');
    expect(reg('<p>UID: CHE-201.388.239</p>')).toBeNull();
  });

  it('reads UK, FR, NL, BE, DK, NO and IN numbers', () => {
    expect(reg('<li>Company Number: 07551763</li>', { lang: 'en' })?.number).toBe('07551763');
    expect(reg('<p>Registered in England and Wales No. SC123456</p>', { lang: 'en' })?.number).toBe('SC123456');
    expect(reg('<p>RCS Evry B 798 905 758</p>', { lang: 'fr' })).toEqual({ court: 'RCS Evry', number: 'B 798 905 758' });
    expect(reg('<p>552 081 317 R.C.S. Paris</p>', { lang: 'fr' })?.number).toBe('552 081 317');
    expect(reg('<p>SIREN : 552 081 317</p>', { lang: 'fr' })?.number).toBe('552 081 317');
    expect(reg('<div>KvK 99274175 • BTW NL005380198B12</div>', { lang: 'nl' })).toEqual({ court: 'KvK', number: '99274175' });
    expect(reg('<p>Ondernemingsnummer: 0403.170.701</p>', { lang: 'nl' })?.number).toBe('0403.170.701');
    expect(reg('<p>CVR-nr.: 13585628</p>', { lang: 'da' })?.number).toBe('13585628');
    expect(reg('<p>Org.nr. 923 609 016 MVA</p>', { lang: 'nb' })?.number).toBe('923609016');
    expect(reg('<p>CIN: U27100CT2003PTC015784</p>', { lang: 'en' })?.number).toBe('U27100CT2003PTC015784');
  });

  it('reads the number from the line under its label', () => {
    expect(reg('<ul><li>Company Registration Number:</li><li>07551763</li></ul>', { lang: 'en' })?.number).toBe('07551763');
  });

  it('ignores placeholders', () => {
    expect(reg('<p>Registergericht: Amtsgericht Frankfurt am Main</p><p>Registernummer: HRB [Nummer einfügen]</p>')).toBeNull();
    expect(reg('<p>HRB XXXXX</p>')).toBeNull();
    expect(reg('<p>Numéro SIREN : &lt;à compléter&gt;</p>', { lang: 'fr' })).toBeNull();
  });

  it('keeps the entries of the host and of the general partner below ACCEPT', () => {
    expect(reg('<h2>Hosting</h2><p>Hoster GmbH, Amtsgericht Ansbach, HRB 6089</p>')).toBeNull();
    const kg = '<p>Muster GmbH &amp; Co. KG</p><p>Amtsgericht Ulm HRA 5678</p><p>Persönlich haftende Gesellschafterin: Muster Verwaltungs GmbH</p><p>Amtsgericht Ulm HRB 1234</p>';
    expect(reg(kg)?.number).toBe('HRA 5678');
    const kgFirst = '<p>Persönlich haftende Gesellschafterin: Muster Verwaltungs GmbH, Amtsgericht Ulm HRB 1234</p><p>Amtsgericht Ulm HRA 5678</p>';
    expect(reg(kgFirst)?.number).toBe('HRA 5678');
  });
});
