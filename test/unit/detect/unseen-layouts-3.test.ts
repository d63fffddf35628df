/**
 * Layouts from a third round of unseen pages: sole traders named only by their trading name or with
 * a name-only line, "Geschaeftsfuehrer" written with ae/ue, Italian company tables, team cards with
 * degrees after a comma, French SIRET, Italian REA, Austrian courts of two words, partnerships
 * without a legal form, lower-case brands, "X is a trademark of Y Ltd", addresses inside prose and
 * Indian PINs in two groups.
 */
import { detectBody } from '../../support/detect';
import { describe, expect, it } from 'vitest';
import { parsePostalLine } from '../../../src/core/detect/detectors/address/postal-line';
import { legalFormOf } from '../../../src/core/names/legal-forms';
import { parseName } from '../../../src/core/detect/detectors/people/person-names';


const names = (record: ReturnType<typeof detectBody>) => record.people.map((p) => p.value.name);

describe('sole traders', () => {
  it('reads the owner below a trading name that looks like a name, not the trading name', () => {
    const record = detectBody(
      '<h1>Impressum</h1><h2>Angaben gemäß § 5 TMG</h2><p>Sonnig Kioske</p><p>Erika Sommer</p><p>Talweg 3</p><p>12345 Musterstadt</p>',
      'https://sonnig-kioske.de/impressum',
    );
    expect(record.company?.value.name).toBe('Sonnig Kioske');
    expect(names(record)).toEqual(['Erika Sommer']);
  });

  it('keeps the provider when a weaker company reading is the same name', () => {
    const record = detectBody(
      '<h2>Angaben gemäß § 5 TMG</h2><p>Max Lindner</p><p>Talweg 3</p><p>12345 Musterstadt</p><footer><p>© 2026 3D Beispiel · Max Lindner</p></footer>',
      'https://3dbeispiel.de/impressum',
    );
    expect(names(record)).toEqual(['Max Lindner']);
  });

  it('gives a <dt> role to the <dd> below it, never to the value above', () => {
    const record = detectBody(
      '<dl><dt>Geschäftsbezeichnung</dt><dd>Malerbetrieb Beispiel</dd><dt>Inhaber</dt><dd>Hans Kober</dd><dt>Anschrift</dt><dd>Talweg 3</dd><dd>12345 Musterstadt</dd></dl>',
      'https://maler-beispiel.de/impressum',
    );
    expect(names(record)).toEqual(['Hans Kober']);
    expect(record.people[0]?.value.role).toBe('Inhaber');
  });

  it('takes a name-only line under "Verantwortliche Person", also with the surname Meister', () => {
    const record = detectBody(
      '<h2>Verantwortliche Person</h2><p>Jonas Meister</p><p>Talweg 3</p><p>6300 Zug</p>',
      'https://meister-beispiel.ch/impressum',
    );
    expect(names(record)).toEqual(['Jonas Meister']);
  });

  it('reads the owner from "operado por" in a long paragraph, up to the end of the sentence', () => {
    const filler = ' Al acceder a este sitio web aceptas cumplir los siguientes términos y condiciones de uso.'.repeat(4);
    const record = detectBody(
      `<p>1. Información general: Este sitio web es propiedad y está operado por Lucía Ejemplo Pérez. Nuestra dirección principal es Calle Mayor Nº12, 28013. Madrid.${filler}</p>`,
      'https://ejemplo.es/aviso-legal',
      'es',
      'Aviso legal',
    );
    expect(names(record)).toEqual(['Lucía Ejemplo Pérez']);
    expect(record.address?.value).toMatchObject({ street: 'Calle Mayor Nº12', postalCode: '28013', city: 'Madrid' });
  });
});

describe('role words', () => {
  it('reads "Geschaeftsfuehrer" under a "Vertreten durch" heading without taking the heading for a person', () => {
    const record = detectBody('<h3>Vertreten durch</h3>Geschaeftsfuehrer Dr. Max Lindner<h3>Kontakt</h3>', 'https://beispiel.de/impressum');
    expect(names(record)).toEqual(['Dr. Max Lindner']);
  });

  it('reads Italian "Soci amministratori" with names split by an em dash', () => {
    const record = detectBody(
      '<table><tr><th>Denominazione</th><td>ESEMPIO S.n.c. di Mario Rossi &amp; C.</td></tr><tr><th>Sede legale</th><td>Via Roma 1, 12100 Cuneo (CN)</td></tr>' +
        '<tr><th>Numero REA</th><td>CN – 123456</td></tr><tr><th>Soci amministratori</th><td>Mario Rossi — Anna Bianchi</td></tr></table><p>© 2026 ESEMPIO S.n.c.</p>',
      'https://www.esempio.it/note-legali',
      'it',
      'Note legali',
    );
    expect(names(record)).toEqual(['Mario Rossi', 'Anna Bianchi']);
    expect(record.company?.value.name).toBe('ESEMPIO S.n.c. di Mario Rossi & C.');
    expect(record.register?.value.number).toBe('CN 123456');
  });

  it('reads a team card with degrees after a comma and the role in the next heading', () => {
    const record = detectBody(
      '<h1>Our Team</h1><h3>Jane Example, CPA</h3><h4>Managing Director</h4><p>Email: jane@example.com</p>',
      'https://www.example.com/contact',
      'en',
      'Contact',
    );
    expect(names(record)).toEqual(['Jane Example']);
    expect(parseName('Jane Roe, MBA, PhD')?.name).toBe('Jane Roe');
  });
});

describe('company names', () => {
  it('keeps "di … & C." as part of an Italian partnership’s legal form', () => {
    expect(legalFormOf('ESEMPIO S.n.c. di Mario Rossi & C.')).toBe('S.n.c. di Mario Rossi & C.');
    expect(legalFormOf('Mario Rossi & C.')).toBeUndefined();
  });

  it('reads a lower-case brand with a legal form above register lines and the address', () => {
    const record = detectBody(
      '<p>beispieldruck e.U.</p><p>Rechtsform: eingetragenes Einzelunternehmen</p><p>Firmenbuchnummer: FN123456a</p><p>Firmenbuchgericht: Landesgericht Wiener Neustadt</p><p>Hauptplatz 1</p><p>2700 Wiener Neustadt</p>',
      'https://beispieldruck.at/impressum',
    );
    expect(record.company?.value.name).toBe('beispieldruck e.U.');
    expect(record.register?.value).toEqual({ court: 'Landesgericht Wiener Neustadt', number: 'FN 123456a' });
  });

  it('takes the company that owns the site’s brand, but not the owner of another firm’s mark', () => {
    const own = detectBody(
      '<footer><p>© 2020 Ex Logic. All rights reserved. Ex Logic is a registered trademark of Example Logic Ltd. Registered in England and Wales.</p></footer>',
      'https://www.exlogic.co.uk/',
      'en',
      'Ex Logic - IT support',
    );
    expect(own.company?.value.name).toBe('Example Logic Ltd');
    const other = detectBody('<footer><p>© 2020 Ex Logic. Mac is a trademark of Fruit Inc.</p></footer>', 'https://www.exlogic.co.uk/', 'en', 'Ex Logic');
    expect(other.company?.value.name).not.toBe('Fruit Inc');
  });

  it('reads a partnership without a legal form from a heading', () => {
    const record = detectBody(
      '<h2>Ravi Example &amp; Associates</h2><h2>CHARTERED ACCOUNTANTS</h2><p>Email: info@example.in</p>',
      'https://example.github.io/ca-ravi/contact.html',
      'en',
      'Contact Us',
    );
    expect(record.company?.value.name).toBe('Ravi Example & Associates');
  });
});

describe('register numbers', () => {
  it('takes the SIREN out of a SIRET', () => {
    const record = detectBody('<p>RCS Paris</p><p>SIRET 73282932000074 - code APE 6202A</p>', 'https://www.exemple.fr/mentions-legales', 'fr', 'Mentions légales');
    expect(record.register?.value.number).toBe('732829320');
  });
});

describe('Indian PINs', () => {
  it('reads a PIN written in two groups of three', () => {
    expect(parsePostalLine('Plot 4, Bharat Nagar, Hyderabad - 500 039 (T.S.)')).toMatchObject({ postalCode: '500039', city: 'Hyderabad', country: 'IN' });
    expect(parsePostalLine('Chennai 600 028')).toMatchObject({ postalCode: '600028', city: 'Chennai' });
    expect(parsePostalLine('Telefon 089 123')).toBeNull();
  });
});

describe('long prose stays fast', () => {
  it('reads 2 MB of address-like sentences in paragraphs within the time bound', () => {
    const sentence = 'Our address is Calle Mayor Nº12, 28013. Madrid. Operated by Lucía Ejemplo. Registered trademark of Example Ltd. ';
    const body = Array.from({ length: 500 }, () => `<p>${sentence.repeat(38)}</p>`).join('');
    const started = performance.now();
    const record = detectBody(body, 'https://ejemplo.es/', 'es', 'Ejemplo');
    expect(performance.now() - started).toBeLessThan(1500);
    expect(record.address === null || typeof record.address.value.postalCode === 'string').toBe(true);
  });
});
