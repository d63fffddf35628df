/**
 * Layouts from a fifth round of unseen pages: a sole trader's business named after the owner written
 * under the owner's name, and a labelled one-line French address in capitals with the number first.
 */
import { detectBody } from '../../support/detect';
import { describe, expect, it } from 'vitest';


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
