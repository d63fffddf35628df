// Address lines in the orders pages write them: a label glued before the street, a state written out
// between town and code, the street after the town. All data invented.
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { dropLeadIn } from '../../../src/core/detect/detectors/address/street';
import { run } from '../../support/detect';

function best(body: string, url: string, lang = 'en') {
  return run(addressDetector, body, { url, lang }).record.address?.value ?? null;
}

describe('a label glued before the street', () => {
  it.each([
    ['Adresse Fjellvegen 12', 'Fjellvegen 12'],
    ['Adresse 101 Main St', '101 Main St'],
    ['Siège social 4 rue de la Paix', '4 rue de la Paix'],
    ['We are located at Suite 4A', 'Suite 4A'],
    ['Find us 12 High Street', '12 High Street'],
    ['Sede legale Via Roma 58', 'Via Roma 58'],
    // A sentence's lead-in before the street, in the words of the page's language.
    ['con dirección en Av. 27 de Octubre 412', 'Av. 27 de Octubre 412'],
    ['mit Sitz in der Lindenallee 7', 'Lindenallee 7'],
    ['com endereço na Rua das Flores 88', 'Rua das Flores 88'],
  ])('%s', (written, street) => {
    expect(dropLeadIn(written)).toBe(street);
  });

  it('reads the street out of the sentence of a legal notice', () => {
    const page = '<p>Este sitio web es propiedad de Lavado Ejemplo &amp; Café, con dirección en Av. 27 de Octubre 412, Santiago de los Caballeros 51000, República Dominicana.</p>';
    expect(best(page, 'https://lavado.example.do/aviso-legal', 'es')).toMatchObject({ street: 'Av. 27 de Octubre 412', postalCode: '51000', city: 'Santiago de los Caballeros' });
  });

  it('keeps the street name of a label-value row', () => {
    const page = '<div><span>Adresse</span> <span>Fjellvegen 12, 7320 Bygdeby</span></div>';
    expect(best(page, 'https://snekker.example.no/kontakt', 'no')).toMatchObject({ street: 'Fjellvegen 12', postalCode: '7320', city: 'Bygdeby' });
  });
});

describe('offices listed town first', () => {
  it('reads "Town — street, code"', () => {
    const page = '<h4>Sedi</h4><p>Torino — Via Garibaldi 14, 10122</p><p>Bologna — Via Indipendenza 8, 40121</p>';
    expect(best(page, 'https://studio.example.it/contatti', 'it')).toMatchObject({ street: 'Via Garibaldi 14', postalCode: '10122', city: 'Torino' });
  });
});

describe('a postal code spaced around its hyphen', () => {
  it('reads "08 - 400 Town" as the code 08-400', () => {
    const page = '<div>Ul. Lipowa 3</div><div>08 - 400 Garwolin</div><div>rejestracja@przychodnia.example.pl</div>';
    expect(best(page, 'https://przychodnia.example.pl/kontakt', 'pl')).toMatchObject({ street: 'Ul. Lipowa 3', postalCode: '08-400', city: 'Garwolin' });
  });
});

describe('floor, building and area lines above the postal line', () => {
  it('reads them as the street under an address heading', () => {
    const page = '<h3>Registered Office</h3><p>9th Floor</p><p>Lotus Chambers</p><p>Fort Area</p><p>Mumbai – 400 001</p><p>Maharashtra, India.</p>';
    expect(best(page, 'https://www.lotus-pharma.example.in/contact.html')).toMatchObject({ street: '9th Floor, Lotus Chambers, Fort Area', postalCode: '400001', city: 'Mumbai' });
  });

  it('takes neither a person nor a company line above for the street, nor lines under another heading', () => {
    expect(best('<h3>Address</h3><p>Anita Sharma</p><p>5th Floor</p><p>Lotus Chambers</p><p>Pune – 411 001</p>', 'https://x.example.in/')?.street ?? null).toBeNull();
    expect(best('<h3>Our Team</h3><p>Unit 4</p><p>Lotus Chambers</p><p>Pune – 411 001</p>', 'https://x.example.in/')?.street ?? null).toBeNull();
  });
});

describe('a state written out between town and code', () => {
  it.each([
    ['<p>30-34 Wattle St<br>Kooragang, Victoria 3999</p>', 'Kooragang', '3999'],
    ['<p>5 Banksia Rd<br>Yarrabin Victoria 3998</p>', 'Yarrabin', '3998'],
    ['<p>5 Banksia Rd, Mullaway, New South Wales 2998</p>', 'Mullaway', '2998'],
  ])('%s', (page, city, postalCode) => {
    expect(best(page, 'https://plumbing.example.com.au/contact')).toMatchObject({ city, postalCode, country: 'AU' });
  });
});

describe('the street after the town', () => {
  it.each([
    ['<p>20199 Milano Via Esempio 14</p>', 'https://ditta.example.it/contatti', 'Via Esempio 14', '20199', 'Milano'],
    ['<p>08999 Barcelona Carrer Exemple 3</p>', 'https://empresa.example.es/contacto', 'Carrer Exemple 3', '08999', 'Barcelona'],
  ])('%s', (page, url, street, postalCode, city) => {
    expect(best(page, url, 'it')).toMatchObject({ street, postalCode, city });
  });

  it('still reads a town of several words before the street', () => {
    expect(best('<p>20099 Sesto San Giovanni Viale Esempio 7</p>', 'https://ditta.example.it/contatti', 'it')).toMatchObject({ city: 'Sesto San Giovanni', street: 'Viale Esempio 7' });
  });
});

describe('parts around the town and code', () => {
  it('drops a province in brackets from the town', () => {
    expect(best('<p>Adresse : 1820 rue Exemple, Rawdon (Québec) J0K 1S0, Canada</p>', 'https://charpente.example.ca/contact', 'fr')).toMatchObject({
      street: '1820 rue Exemple',
      postalCode: 'J0K 1S0',
      city: 'Rawdon',
    });
  });

  it('reads a Hungarian street named before its type word after the town', () => {
    expect(best('<p>2085 Pilisvörösvár Minta út 83, 2. emelet</p>', 'https://szalon.example.hu/kapcsolat', 'hu')).toMatchObject({
      street: 'Minta út 83',
      postalCode: '2085',
      city: 'Pilisvörösvár',
    });
  });

  it('reads the code after an e-mail address glued before it by inline markup', () => {
    const page = '<div>\n<a href="mailto:szalon@minta-szalon.hu">szalon@minta-szalon.hu</a>\n<span>2085 Pilisvörösvár Minta út 83</span>\n</div>';
    expect(best(page, 'https://szalon.example.hu/kapcsolat', 'hu')).toMatchObject({ postalCode: '2085', city: 'Pilisvörösvár' });
  });
});
