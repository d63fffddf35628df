// Addresses written without a postal code, towns after a place label, the street below a code-first
// postal line, and country names and domains from maintained data (i18n-iso-countries). All data invented.
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { splitPlaceLabel, townName } from '../../../src/core/detect/detectors/address/place-label';
import { countryFromTld } from '../../../src/core/detect/context/country';
import { countryOfName } from '../../../src/core/names/countries';
import { run } from '../../support/detect';

function best(body: string, url = 'https://example.org/contact', lang = 'en') {
  return run(addressDetector, body, { url, lang }).record.address?.value ?? null;
}

describe('a street and town without a postal code', () => {
  it('reads the town and country after the street on one line', () => {
    expect(best('<footer><p>Domicilio: Jr. Los Pinos N° 52, Int 3, urb. Las Flores, Arequipa-Peru.</p></footer>', 'https://pinos.example/', 'es')).toMatchObject({
      street: 'Jr. Los Pinos N° 52',
      postalCode: null,
      city: 'Arequipa',
      country: 'PE',
    });
    expect(best('<p>Encuéntranos</p><p>Prolongación Tacna N° 118- Trujillo</p>', 'https://tacna.example/', 'es')).toMatchObject({ street: 'Prolongación Tacna N° 118', city: 'Trujillo' });
  });

  it('reads the town after a marked house number when a label announces the address', () => {
    expect(best('<p>Adresa: 12 Maja br. 7 Donji Grad</p><p>Telefon: +381 11 555 0101</p>', 'https://med.example/', 'sr')).toMatchObject({
      street: '12 Maja br. 7',
      city: 'Donji Grad',
    });
  });

  it('reads the street line and a town line with its country, or with a contact line below', () => {
    expect(best('<h5>Liepų g. 4b</h5><p>Birštonas. Lietuva</p><h5>+37060000001</h5>')).toMatchObject({ street: 'Liepų g. 4b', city: 'Birštonas', country: 'LT' });
    expect(best('<p>Lale Caddesi No:7</p><p>Gül Apartmanı, Kat:2 No:5</p><p>Kadıköy / İzmir</p><p>bilgi@lale.example</p>', 'https://lale.example/', 'tr')).toMatchObject({
      street: 'Lale Caddesi No:7',
      city: 'İzmir',
    });
  });

  it('reads a street, town and province of the page\'s country on one line, without a label', () => {
    expect(best('<h3>Contacto</h3><ul><li>Calle Olmos 1820, Rosario, Santa Fe</li><li>+54 341 555 0101</li></ul>', 'https://clinica-olmos.example.com.ar/contacto', 'es')).toMatchObject({
      street: 'Calle Olmos 1820',
      postalCode: null,
      city: 'Rosario',
      country: 'AR',
    });
    // Two towns and no province: no evidence of an address.
    expect(best('<h3>Sedes</h3><p>Equipo 24, Rosario, Córdoba y Mendoza</p>', 'https://x.example.com.ar/', 'es')).toBeNull();
  });

  it('reads the town in brackets after a named street', () => {
    expect(best('<h5>CONTACTO</h5><ul><li>Carrer del Pi 12 (Lleida)</li><li>hola@dojo-pi.example.es</li></ul>', 'https://dojo-pi.example.es/', 'es')).toMatchObject({ street: 'Carrer del Pi 12', city: 'Lleida' });
  });

  it('reads a list of towns, each before its street, under a plural place label', () => {
    expect(best('<div>Adresy</div><ul><li>Ostrava: Nádražní 12/3</li><li>Frýdek: dům č. 40</li></ul>', 'https://servis.example.cz/', 'cs')).toMatchObject({ street: 'Nádražní 12/3', city: 'Ostrava' });
    // Without the label a "Word: value" line is no address.
    expect(best('<ul><li>Ostrava: Nádražní 12/3</li></ul>', 'https://servis.example.cz/', 'cs')).toBeNull();
  });

  it('takes no heading, person or sentence for a town', () => {
    expect(best('<p>Angaben gemäß § 5 TMG:</p><p>Erika Probst</p>', 'https://probst.example/', 'de')).toBeNull();
    expect(best('<p>Contact</p><p>Secretary of Club 24 Members</p><p>Send an email</p>')).toBeNull();
    expect(best('<p>Room 12</p><p>Opening hours</p>')).toBeNull();
  });

  it('loses to any postal address on the page', () => {
    const v = best('<p>Adresa: 3 Lipa br. 9 Novo Selo</p><p>Hauptstraße 5, 8010 Graz</p>', 'https://x.example/', 'de');
    expect(v).toMatchObject({ postalCode: '8010', city: 'Graz' });
  });
});

describe('a town after a place label', () => {
  it('reads "Lokacija: Novi sad" and a label glued to "Town, Country"', () => {
    expect(best('<p>📍 Lokacija: Novi sad</p>', 'https://plocice.example/', 'sr')).toMatchObject({ street: null, city: 'Novi sad' });
    expect(best('<div><span>Staðsetning</span> <span>Akureyri, Ísland</span></div>', 'https://radgjof.example/', 'is')).toMatchObject({ city: 'Akureyri', country: 'IS' });
  });

  it('splits only known labels', () => {
    expect(splitPlaceLabel('Ubicación: Cusco')).toEqual({ label: 'Ubicación', value: 'Cusco' });
    expect(splitPlaceLabel('Opening hours: Monday')).toBeNull();
    expect(townName('Send an email', true)).toBeNull();
    expect(townName('Yvonne Witt', true)).toBeNull();
    expect(townName('Frankfurt am Main', true)).toBe('Frankfurt am Main');
  });
});

describe('the street below a code-first postal line', () => {
  it('takes "8500 Pápa" / "Harangöntő utca 26." as one address', () => {
    expect(best('<div><h3>Cím</h3><p>9021 Győr<br>Kossuth utca 14.</p></div>', 'https://fog.example/', 'hu')).toMatchObject({
      street: 'Kossuth utca 14.',
      postalCode: '9021',
      city: 'Győr',
    });
  });

  it('never under a US city line, and never for a bare number', () => {
    const v = best('<p>Hobart Office</p><p>12 Main St.</p><p>Hobart, IN 46342</p><p>Suite 4</p>', 'https://clinic.example/', 'en');
    expect(v).toMatchObject({ street: '12 Main St.', postalCode: '46342' });
  });
});

describe('a key cell glued to its value by CSS', () => {
  it('reads the street without the key written against it', () => {
    const body = '<div class="row"><span class="k">Vinnustofa</span><span class="v">Lækjargata 3b<br>101 Reykjavík, Ísland</span></div>';
    expect(best(body, 'https://stofa.example/', 'is')).toMatchObject({ street: 'Lækjargata 3b', postalCode: '101', city: 'Reykjavík' });
  });
});

describe('country names and domains from i18n-iso-countries', () => {
  it('knows names in the languages of the pages', () => {
    expect(countryOfName('Lietuva')).toBe('LT');
    expect(countryOfName('Ísland')).toBe('IS');
    expect(countryOfName('Shqipëri')).toBe('AL');
    expect(countryOfName('Magyarország')).toBe('HU');
    expect(countryOfName('Türkiye')).toBe('TR');
    expect(countryOfName('England')).toBe('GB');
  });

  it('reads no short word as a country', () => {
    expect(countryOfName('Man')).toBeUndefined();
    expect(countryOfName('us')).toBeUndefined();
  });

  it('reads every country-code domain, but not the ones sold as generic names', () => {
    expect(countryFromTld('grupo.pe')).toBe('PE');
    expect(countryFromTld('micka.al')).toBe('AL');
    expect(countryFromTld('shop.co.uk')).toBe('GB');
    expect(countryFromTld('startup.io')).toBeUndefined();
    expect(countryFromTld('brand.co')).toBeUndefined();
    expect(countryFromTld('example.com')).toBeUndefined();
  });
});
