import { describe, expect, it } from 'vitest';
import { parsePostalLine } from '../../../src/core/detect/detectors/address/postal-line';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { detectBody, run } from '../../support/detect';

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

describe('run-on address lines', () => {
  it.each([
    ['Lindenweg 4 12345 Musterdorf', { street: 'Lindenweg 4', postalCode: '12345', city: 'Musterdorf' }],
    ['Musterverein e.V. Talweg 7 D-54321 Bergstadt Tel.: 0123-4567-0', { street: 'Talweg 7', postalCode: '54321', city: 'Bergstadt', country: 'DE' }],
    ['Beispielstraße 40 10115 Berlin Telefon: +49 30 1234567', { street: 'Beispielstraße 40', postalCode: '10115', city: 'Berlin' }],
    ['Via Garibaldi 12 20121 Milano', { street: 'Via Garibaldi 12', postalCode: '20121', city: 'Milano' }],
  ])('%s', (line, want) => {
    expect(parsePostalLine(line)).toMatchObject(want);
  });

  it('does not read a phone or a date run as an address', () => {
    expect(parsePostalLine('Telefon 0221 12345 Köln')).toBeNull();
    expect(parsePostalLine('Stand 12 2024 Sommer')).toBeNull();
  });

  it('finds the address written in inline spans of an <address> block', () => {
    const body = '<h2>Anbieter</h2><div>Kanzlei Muster</div><address><span>Beispielstraße 40</span> <span>10115 Berlin</span> <span>Telefon: 030 1234567</span></address>';
    expect(run(addressDetector, body).record.address?.value).toMatchObject({ street: 'Beispielstraße 40', postalCode: '10115', city: 'Berlin' });
  });
});

describe('table rows with a label cell', () => {
  it('takes the registered seat over a local unit and drops the label from the street', () => {
    const body = '<table><tr><th>Sede legale</th><td>Via Garibaldi 12, 20121 Milano (MI), Italia</td></tr>'
      + '<tr><th>Unità locale</th><td>Via Verdi 3, 20900 Monza (MB), Italia</td></tr></table>';
    expect(run(addressDetector, body, { url: 'https://www.esempio.it/note-legali', lang: 'it' }).record.address?.value)
      .toMatchObject({ street: 'Via Garibaldi 12', postalCode: '20121', city: 'Milano' });
  });
});

describe('a seat line repeating the full address', () => {
  it('keeps the street of the block above when "Firmensitz: PLZ Ort" names the same place', () => {
    const { record } = run(
      addressDetector,
      '<ul><li>Beispiel Forschung GmbH</li><li>Lindengasse 12</li><li>3100 Sankt Pölten</li><li>Telefon: +43 2742 123 45</li><li>Firmensitz: 3100 Sankt Pölten</li></ul>',
      { url: 'https://www.beispiel.at/impressum' },
    );
    expect(record.address?.value).toMatchObject({ street: 'Lindengasse 12', postalCode: '3100', city: 'Sankt Pölten' });
  });
});

describe('Indian PINs', () => {
  it('reads a PIN written in two groups of three', () => {
    expect(parsePostalLine('Plot 4, Bharat Nagar, Hyderabad - 500 039 (T.S.)')).toMatchObject({ postalCode: '500039', city: 'Hyderabad', country: 'IN' });
    expect(parsePostalLine('Chennai 600 028')).toMatchObject({ postalCode: '600028', city: 'Chennai' });
    expect(parsePostalLine('Telefon 089 123')).toBeNull();
  });
});

describe('one-line address with the number first', () => {
  it('reads "Siège social : 7 IMPASSE DES TILLEULS 69003 LYON"', () => {
    const record = detectBody(
      '<h2>Éditeur du site</h2><p><strong>Dénomination :</strong> ATELIER BRUNEL<br><strong>Siège social :</strong> 7 IMPASSE DES TILLEULS 69003 LYON</p>',
      'https://atelier-brunel.example.fr/mentions-legales',
      'fr',
      'Mentions légales',
    );
    expect(record.address?.value).toMatchObject({ street: '7 IMPASSE DES TILLEULS', postalCode: '69003', city: 'LYON' });
  });

  it('reads "12 bis rue des Lilas 33000 Bordeaux" and the capitals of German and Italian lines', () => {
    const fr = detectBody('<p>Adresse : 12 bis rue des Lilas 33000 Bordeaux</p>', 'https://lilas.example.fr/contact', 'fr', 'Contact');
    expect(fr.address?.value).toMatchObject({ street: '12 bis rue des Lilas', postalCode: '33000', city: 'Bordeaux' });
    const de = detectBody('<p>Anschrift: MÜHLBACHWEG 3 79098 FREIBURG</p>', 'https://muehlbach.example.de/impressum');
    expect(de.address?.value).toMatchObject({ street: 'MÜHLBACHWEG 3', postalCode: '79098', city: 'FREIBURG' });
    const it_ = detectBody('<p>Sede legale: VIA DEI MILLE 21 10123 TORINO</p>', 'https://mille.example.it/contatti', 'it', 'Contatti');
    expect(it_.address?.value).toMatchObject({ street: 'VIA DEI MILLE 21', postalCode: '10123', city: 'TORINO' });
  });

  it('reads no address from numbers that only look like one', () => {
    const record = detectBody('<p>Gegründet 2019 mit 12 Mitarbeitern 2020 Berlin</p>', 'https://example.de/ueber-uns', 'de', 'Über uns');
    expect(record.address).toBeNull();
  });
});
