/** Sole traders: a business named after its owner, a trading name that reads like a person's, the owner's name above the business. */
import { describe, expect, it } from 'vitest';
import { detectBody } from '../../support/detect';

const personNames = (record: ReturnType<typeof detectBody>) => record.people.map((p) => p.value.name);

describe('sole traders written out', () => {
  it('does not read "<Brand> Einzelunternehmen" as a person, and keeps the name above as one', () => {
    const record = detectBody(
      '<h2>Verantwortliche Person</h2><address><span class="block">Erika Beispiel</span><span class="block">Beispiel Beschriftungen Einzelunternehmen</span><span class="block">Talweg 3</span><span class="block">6300 Zug</span></address>',
      'https://www.beispiel.ch/impressum',
    );
    const names = (record.people ?? []).map((p) => p.value.name);
    expect(names.some((n) => /Einzelunternehmen/.test(n))).toBe(false);
    expect(record.address?.value).toMatchObject({ street: 'Talweg 3', postalCode: '6300', city: 'Zug' });
    expect(record.company?.value.name).toBe('Beispiel Beschriftungen');
  });
});

describe('sole traders', () => {
  it('reads the owner below a trading name that looks like a name, not the trading name', () => {
    const record = detectBody(
      '<h1>Impressum</h1><h2>Angaben gemäß § 5 TMG</h2><p>Sonnig Kioske</p><p>Erika Sommer</p><p>Talweg 3</p><p>12345 Musterstadt</p>',
      'https://sonnig-kioske.de/impressum',
    );
    expect(record.company?.value.name).toBe('Sonnig Kioske');
    expect(personNames(record)).toEqual(['Erika Sommer']);
  });

  it('keeps the provider when a weaker company reading is the same name', () => {
    const record = detectBody(
      '<h2>Angaben gemäß § 5 TMG</h2><p>Max Lindner</p><p>Talweg 3</p><p>12345 Musterstadt</p><footer><p>© 2026 3D Beispiel · Max Lindner</p></footer>',
      'https://3dbeispiel.de/impressum',
    );
    expect(personNames(record)).toEqual(['Max Lindner']);
  });

  it('gives a <dt> role to the <dd> below it, never to the value above', () => {
    const record = detectBody(
      '<dl><dt>Geschäftsbezeichnung</dt><dd>Malerbetrieb Beispiel</dd><dt>Inhaber</dt><dd>Hans Kober</dd><dt>Anschrift</dt><dd>Talweg 3</dd><dd>12345 Musterstadt</dd></dl>',
      'https://maler-beispiel.de/impressum',
    );
    expect(personNames(record)).toEqual(['Hans Kober']);
    expect(record.people[0]?.value.role).toBe('Inhaber');
  });

  it('takes a name-only line under "Verantwortliche Person", also with the surname Meister', () => {
    const record = detectBody(
      '<h2>Verantwortliche Person</h2><p>Jonas Meister</p><p>Talweg 3</p><p>6300 Zug</p>',
      'https://meister-beispiel.ch/impressum',
    );
    expect(personNames(record)).toEqual(['Jonas Meister']);
  });

  it('reads the owner from "operado por" in a long paragraph, up to the end of the sentence', () => {
    const filler = ' Al acceder a este sitio web aceptas cumplir los siguientes términos y condiciones de uso.'.repeat(4);
    const record = detectBody(
      `<p>1. Información general: Este sitio web es propiedad y está operado por Lucía Ejemplo Pérez. Nuestra dirección principal es Calle Mayor Nº12, 28013. Madrid.${filler}</p>`,
      'https://ejemplo.es/aviso-legal',
      'es',
      'Aviso legal',
    );
    expect(personNames(record)).toEqual(['Lucía Ejemplo Pérez']);
    expect(record.address?.value).toMatchObject({ street: 'Calle Mayor Nº12', postalCode: '28013', city: 'Madrid' });
  });
});

describe('owner above the business named after him', () => {
  const body =
    '<h1>Impressum</h1><h2>Angaben gemäß § 5 DDG</h2><p>Jonas Kerber<br>Malerbetrieb Kerber<br>Lindenhof 4<br>31134 Hildesheim</p>' +
    '<h2>Kontakt</h2><p>Telefon: 05121 998877</p>';

  it('takes the business line as the company and the person as its owner', () => {
    const record = detectBody(body, 'https://kerber-maler.example.de/impressum');
    expect(record.company?.value.name).toBe('Malerbetrieb Kerber');
    expect(record.people.map((p) => p.value)).toEqual([{ name: 'Jonas Kerber', role: 'Inhaber' }]);
  });

  it('keeps two people of one family as people', () => {
    const record = detectBody('<h2>Angaben gemäß § 5 TMG</h2><p>Jonas Kerber<br>Lena Kerber<br>Lindenhof 4<br>31134 Hildesheim</p>', 'https://kerber.example.de/impressum');
    expect(record.company?.value.name).not.toBe('Lena Kerber');
  });
});
