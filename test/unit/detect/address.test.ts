import { describe, expect, it } from 'vitest';
import { parsePostalLine } from '../../../src/core/detect/detectors/address/postal-line';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { run } from '../../support/detect';

function best(body: string, opts: { url?: string; lang?: string } = {}) {
  return run(addressDetector, body, opts).record.address?.value ?? null;
}

describe('postal line formats', () => {
  it.each([
    ['A-8200 Eggersdorf bei Graz', { postalCode: '8200', city: 'Eggersdorf bei Graz', country: 'AT' }],
    ['CH-4053 Basel', { postalCode: '4053', city: 'Basel', country: 'CH' }],
    ['1234 AB Amsterdam', { postalCode: '1234 AB', city: 'Amsterdam', country: 'NL' }],
    ['Ocala, FL 34474\u20114301', { postalCode: '34474-4301', city: 'Ocala', country: 'US' }],
    ['Georgetown, Ontario L7G 0J2', { postalCode: 'L7G 0J2', city: 'Georgetown', country: 'CA' }],
    ['London SW1A 1AA', { postalCode: 'SW1A 1AA', city: 'London', country: 'GB' }],
    ['Dublin, D02 X285', { postalCode: 'D02 X285', city: 'Dublin', country: 'IE' }],
    ['Raipur – 492007 (C.G.)', { postalCode: '492007', city: 'Raipur', country: 'IN' }],
    ['63067 Offenbach/Frankfurt am Main', { postalCode: '63067', city: 'Offenbach' }],
    ['20304 Irún (Gipuzkoa)', { postalCode: '20304', city: 'Irún' }],
  ])('%s', (line, want) => {
    expect(parsePostalLine(line)).toMatchObject(want);
  });

  it('reads the street on the same line, before or (Austrian order) after the town', () => {
    expect(parsePostalLine('Lindenweg 9, 87719 Mindelheim')?.street).toBe('Lindenweg 9');
    expect(parsePostalLine('Hauptbüro: 1090 Wien, Kirchengasse 5-9/2/3a')).toMatchObject({ street: 'Kirchengasse 5-9/2/3a', city: 'Wien', label: 'hauptbüro' });
    expect(parsePostalLine('Adresse : Tour Horizon, 8 avenue de Lyon, 92400 Courbevoie')?.street).toBe('Tour Horizon, 8 avenue de Lyon');
    expect(parsePostalLine('420 Canal Street Suite 1500 New Orleans, LA 70130')).toMatchObject({ street: '420 Canal Street Suite 1500', city: 'New Orleans' });
  });

  it('stops the town at phone labels and shouted words', () => {
    expect(parsePostalLine('Kontakt: Uhlandstraße 4, 10713 Berlin KONTAKTFORMULAR 0157 - 50120 428')?.city).toBe('Berlin');
    expect(parsePostalLine('Skolevej 14B, 6760 Ribe mail@ribe.dk')?.city).toBe('Ribe');
  });

  it('ignores numbers that are not postal codes', () => {
    expect(parsePostalLine('Telefon: 0861 41007 oder 43822')).toBeNull();
    expect(parsePostalLine('Nach §§ 8 bis 10 TMG sind wir')).toBeNull();
  });
});

describe('address detector', () => {
  it('reads a street line followed by a "PLZ Ort" line', () => {
    expect(best('<p>Muster GmbH</p><p>Musterstraße 12</p><p>80331 München</p>')).toEqual({ street: 'Musterstraße 12', postalCode: '80331', city: 'München', country: 'DE' });
  });

  it('keeps a partial address: postal code and town only', () => {
    expect(best('<h2>Kontakt</h2><div>Verein</div><div>Beispiel Cluster</div><div>6460 Altdorf</div>', { url: 'https://www.beispiel.ch/' })).toEqual({ street: null, postalCode: '6460', city: 'Altdorf', country: 'CH' });
  });

  it('takes structured PostalAddress data of the organisation', () => {
    const ld = { '@type': 'Organization', name: 'X', address: { '@type': 'PostalAddress', streetAddress: 'Lindenweg 9', postalCode: '87719', addressLocality: 'Mindelheim', addressCountry: 'DE' } };
    expect(best(`<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Hallo</p>`)).toMatchObject({ street: 'Lindenweg 9', city: 'Mindelheim' });
  });

  it('gives hoster, chamber and bank addresses a confidence below 0.5', () => {
    const body = `<p>Notar Dr. Max Muster</p><p>Hauptstraße 1</p><p>84028 Landshut</p>
      <h2>Aufsichtsbehörden:</h2><p>Landesnotarkammer Bayern</p><p>Ottostraße 10</p><p>80333 München</p>
      <p>Hébergement : OVH – Siège social : 2 rue Kellermann – 59100 Roubaix – France.</p>
      <h3>Bankverbindung</h3><p>Bank: Wise, Rue du Trône 100, 1050 Brüssel, Belgien</p>`;
    const { candidates, record } = run(addressDetector, body);
    expect(record.address?.value.street).toBe('Hauptstraße 1');
    for (const city of ['München', 'Roubaix', 'Brüssel']) expect(candidates.find((c) => c.field === 'address' && c.value.city === city)!.confidence).toBeLessThan(0.5);
  });

  it('prefers the registered office over an earlier branch and a foreign studio', () => {
    const body = `<p>Zweigstelle: 3712 Maissau, Wilhelmsdorf 6</p><p>Studio Budapest: Lágymányosi u. 15, 1111 Budapest, Ungarn</p>
      <h3>Firmensitz</h3><p>Schwedenplatz 2, 1010 Wien, Österreich</p>`;
    expect(best(body, { url: 'https://www.beispiel.at/impressum' })).toMatchObject({ street: 'Schwedenplatz 2', city: 'Wien', country: 'AT' });
  });

  it('does not read a copyright year as a postal code', () => {
    expect(best('<p>© 2024 Steirisch Ursprung</p>')).toBeNull();
  });

  it('reads multi-line US and Canadian blocks', () => {
    expect(best('<div>P.O. BOX 772862</div><div>3131 SW 45th Ave.</div><div>Ocala, FL 34474‑4301</div>', { url: 'https://x.org/', lang: 'en' })).toEqual({ street: '3131 SW 45th Ave.', postalCode: '34474-4301', city: 'Ocala', country: 'US' });
    expect(best('<div>Unit 5, 210 King St</div><div>Georgetown, Ontario L7G 0J2</div>', { url: 'https://x.ca/', lang: 'en' })).toMatchObject({ street: 'Unit 5, 210 King St', postalCode: 'L7G 0J2' });
  });
});
