// Addresses outside the formats written for German-speaking pages: the page's country and its postal-code
// format (from postcode-validator) decide what a code is. All data invented.
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { isPostalCodeOf } from '../../../src/core/detect/detectors/address/postal-codes';
import { parsePostalLine } from '../../../src/core/detect/detectors/address/postal-line';
import { run } from '../../support/detect';

function best(body: string, url: string, lang: string) {
  return run(addressDetector, body, { url, lang }).record.address?.value ?? null;
}

describe('postal-code formats per country', () => {
  it.each([
    ['637 00', 'CZ', true],
    ['63700', 'CZ', true],
    ['98-235', 'PL', true],
    ['98235', 'PL', false],
    ['74150-130', 'BR', true],
    ['150', 'OM', true],
    ['02970', 'FI', true],
    ['2290', 'AU', true],
    ['12345', 'AU', false],
    ['', 'NG', false],
  ])('%s in %s: %s', (code, country, valid) => {
    expect(isPostalCodeOf(code, country)).toBe(valid);
  });
});

describe('lines in the formats of the page country', () => {
  it.each([
    ['Hornická 12, 637 00 Brno', ['CZ'], { street: 'Hornická 12', postalCode: '637 00', city: 'Brno', country: 'CZ' }],
    ['Polna 7, 98-235 Błaszki', ['PL'], { street: 'Polna 7', postalCode: '98-235', city: 'Błaszki', country: 'PL' }],
    ['Suite 2B, 14 Ocean Parade, Seaview NSW 2290', ['AU'], { street: 'Suite 2B, 14 Ocean Parade', postalCode: '2290', city: 'Seaview' }],
    ['Rua das Flores, 120, Campinas - SP, 13010-111, Brasil', ['BR'], { postalCode: '13010-111', city: 'Campinas', country: 'BR' }],
    ['Calle Luna 5, colonia Centro, C.P. 06000, CDMX', ['MX'], { postalCode: '06000', city: 'CDMX', country: 'MX' }],
    ['Way No. 12, 4 Harbour St, Ruwi 112', ['OM'], { street: 'Way No. 12, 4 Harbour St', postalCode: '112', city: 'Ruwi', country: 'OM' }],
  ])('%s', (line, countries, want) => {
    expect(parsePostalLine(line, countries)).toMatchObject(want);
  });

  it('reads spaced and hyphenated codes of the old formats', () => {
    expect(parsePostalLine('Seeweg 4 • CH - 6000 Luzern')).toMatchObject({ street: 'Seeweg 4', postalCode: '6000', city: 'Luzern', country: 'CH' });
    expect(parsePostalLine('D- 45470 Mülheim an der Ruhr')).toMatchObject({ postalCode: '45470', city: 'Mülheim an der Ruhr', country: 'DE' });
    expect(parsePostalLine('#12-300 Main Ave. North Vale, BC V7M-1A1')).toMatchObject({ postalCode: 'V7M 1A1', city: 'North Vale', street: '#12-300 Main Ave.' });
  });

  it('takes no bare number of a country the page does not point at', () => {
    expect(parsePostalLine('Seeb 150', [])).toBeNull();
    expect(parsePostalLine('Seeb 150', ['DE'])).toBeNull();
    // A bare number with a town after it needs a street to count.
    expect(parsePostalLine('150 Seats', ['OM'])?.needsStreet).toBe(true);
  });

  it('does not read a country name as the town', () => {
    expect(parsePostalLine('Ireland, D02 X285')?.city ?? '').toBe('');
  });
});

describe('address blocks over several lines', () => {
  it('reads a Czech block with the code on its own line after street and town', () => {
    const a = best('<div>Adresa</div><div>Hornická 12 Brno - Líšeň</div><div>637 00</div>', 'https://www.priklad.cz/kontakt', 'cs');
    expect(a).toMatchObject({ street: 'Hornická 12', postalCode: '637 00', city: 'Brno' });
  });

  it('reads an Irish block whose last line holds the country and the Eircode', () => {
    const a = best('<p>Contact Info</p><p>Unit 4 Riverside Park</p><p>Cashel, Co. Tipperary</p><p>Ireland, E25 X123</p>', 'https://www.example.ie/contact', 'en');
    expect(a).toMatchObject({ street: 'Unit 4 Riverside Park', postalCode: 'E25 X123', city: 'Cashel' });
  });

  it('reads a Polish and a Finnish block with the street on the line above', () => {
    expect(best('<p>Adres</p><p>Polna 7A</p><p>98-235 Błaszki</p>', 'https://www.przyklad.pl/kontakt', 'pl')).toMatchObject({ street: 'Polna 7A', postalCode: '98-235', city: 'Błaszki', country: 'PL' });
    expect(best('<p>Esimerkkitie 3 B</p><p>00740 Helsinki</p>', 'https://www.esimerkki.fi/yhteystiedot', 'fi')).toMatchObject({ street: 'Esimerkkitie 3 B', postalCode: '00740', city: 'Helsinki' });
  });

  it('joins a number line and a street line above the town', () => {
    const a = best('<address>2 Mill Yard,<br>Station Road,<br>Cambridge,<br>CB1 2AB</address>', 'https://www.example.org.uk/contact', 'en');
    expect(a).toMatchObject({ street: '2 Mill Yard, Station Road', postalCode: 'CB1 2AB', city: 'Cambridge' });
  });

  it('does not take a heading above a lone code as the town', () => {
    const a = best('<h3>Datos de contacto</h3><p>C.P. 06000</p>', 'https://www.ejemplo.mx/contacto', 'es');
    expect(a?.city ?? null).not.toBe('Datos de contacto');
  });
});

describe('which of several addresses is the organisation’s', () => {
  it('prefers the visiting address to a post-office box', () => {
    const a = best('<h3>Postadresse:</h3><div>Postboks 1200</div><div>5020 Bergen</div><h3>Besøksadresse:</h3><div>Eksempelveien 4</div><div>5262 Arnatveit</div>', 'https://www.eksempel.no/kontakt', 'nb');
    expect(a).toMatchObject({ street: 'Eksempelveien 4', city: 'Arnatveit' });
  });

  it('does not read a US house number as a postal code, so a street line stays the street', () => {
    const a = best('<p>Hobart Office</p><p>7000 Main Blvd.</p><p>Hobart, IN 46342</p><p>Phone: 219-555-0100</p><p>Gary Office</p><p>8000 Broadway.</p><p>Gary, IN 46402</p>', 'https://www.example-surgeons.com/contact', 'en-us');
    expect(a).toMatchObject({ street: '7000 Main Blvd.', city: 'Hobart' });
  });

  it('drops the words that announce the street, and reads them as the seat', () => {
    expect(best('<p>Siège social 12 rue des Lilas</p><p>24700 Montpon-Ménestérol</p>', 'https://www.exemple.fr/mentions', 'fr')?.street).toBe('12 rue des Lilas');
    expect(best('<p>We are located at Suite 2B, 14 Ocean Parade, Seaview, NSW, 2290</p>', 'https://www.example.com.au/contact', 'en')?.street).toBe('Suite 2B, 14 Ocean Parade');
  });

  it('reads the town before a province and a region abbreviation after the town', () => {
    expect(parsePostalLine('Lethbridge, AB, T1J 3Z4')).toMatchObject({ city: 'Lethbridge', postalCode: 'T1J 3Z4' });
    expect(parsePostalLine('4081 Hartkirchen OÖ')).toMatchObject({ city: 'Hartkirchen', postalCode: '4081' });
  });
});

describe('pages of people’s addresses', () => {
  it('takes no address from a board page whose cards give each member’s private address', () => {
    const card = (role: string, name: string, street: string, town: string) => `<h5>${role}</h5><p>${name}</p><p>${street}</p><p>${town}</p><p>Tlf: 070-123 45 67</p>`;
    const body = `<h1>Styrelsen</h1>${card('Ordförande', 'Anna Exempel', 'Bygatan 5', '590 32 Klockrike')}${card('Kassör', 'Erik Prov', 'Skolvägen 9', '619 35 Trosa')}${card('Ledamot', 'Karin Test', 'Ormåker', '611 99 Tystberga')}`;
    expect(best(body, 'https://www.exempelklubben.se/styrelsen', 'sv')).toBeNull();
  });

  it('keeps a sole trader’s address under the owner’s name', () => {
    expect(best('<p>Anna Exempel</p><p>Bygatan 5</p><p>590 32 Klockrike</p>', 'https://www.annaexempel.se/kontakt', 'sv')).toMatchObject({ street: 'Bygatan 5', city: 'Klockrike' });
  });
});
