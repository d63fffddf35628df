/**
 * Loss classes of the first held-out look of session 3 (accuracy3-set1), each on invented pages:
 * quote authors in a carousel, a service heading over a phone line, a street run together with
 * the ids before it, an address glued to the next text, ids read as phone numbers.
 */
import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { emailsInText, unglueTld } from '../../../src/core/detect/detectors/emails/text';
import { detectBody, run } from '../../support/detect';

const names = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value.name);

describe('people: quotations are not the team', () => {
  const member = (n: string, role: string) => `<div class="col"><div class="name"><h4>${n}</h4><p>${role}</p></div></div>`;
  const quote = (text: string, author: string) => `<div class="item"><div class="title"></div><div class="text">${text}</div><div class="who">${author}</div></div>`;

  it('reads the members and leaves the authors of a quote carousel out', () => {
    const body = `<h1>Zespół</h1><div class="row">${member('Halina Kowalczyk', 'Radca prawny')}${member('Tomasz Zieliński', 'Radca prawny')}</div>
      <section><h2>Cytaty</h2><div class="carousel">${quote('"Prawo jest sztuką tego, co dobre i słuszne."', '- Anna Nowicka')}${quote('"Sprawiedliwość jest cnotą duszy."', '- Piotr Malinowski')}${quote('“Lex retro non agit, powiadali starzy.”', '– Jan Wiśniewski')}</div></section>`;
    expect(names(body, 'pl').sort()).toEqual(['Halina Kowalczyk', 'Tomasz Zieliński']);
  });

  it('still reads cards whose name follows a dash when nothing is quoted', () => {
    const cards = ['Maria Lopes', 'Rui Costa', 'Ana Sousa'].map((n) => `<li class="p"><strong>${n}</strong><span>Gerente</span></li>`).join('');
    expect(names(`<h2>Equipa</h2><ul>${cards}</ul>`, 'pt').sort()).toEqual(['Ana Sousa', 'Maria Lopes', 'Rui Costa']);
  });

  it('takes a heading over a phone line as a contact person only when it starts with a known first name', () => {
    const box = (heading: string) => `<div class="box"><p>${heading}</p><ul><li>Tel. 074-512999</li></ul></div>`;
    const record = (heading: string) => detectBody(`<footer>${box(heading)}</footer>`, 'https://www.ejemplo.pe/equipo', 'es', 'Equipo');
    expect(record('Asesoría Directa').people).toEqual([]);
    expect(record('Lucía Paredes').people.map((p) => p.value.name)).toEqual(['Lucía Paredes']);
  });
});

describe('address: a street run together with the ids before it', () => {
  it('reads the street after the last label or identifier of a run-on card', () => {
    const body = '<div class="card"><h2>Y-tunnus &amp; Osoite</h2><div>Y-tunnus: 1234567-8\nVAT: FI12345678\nKoivukuja 17, 90100 Oulu</div></div>';
    expect(run(addressDetector, body, { url: 'https://www.esimerkki.fi/yhteystiedot', lang: 'fi' }).record.address?.value).toMatchObject({ street: 'Koivukuja 17', postalCode: '90100', city: 'Oulu' });
  });

  it('does not take an identifier-free sentence as the street', () => {
    const body = '<p>Tilaa uutiskirje: kerran kuussa, 90100 Oulu</p>';
    expect(run(addressDetector, body, { url: 'https://www.esimerkki.fi/', lang: 'fi' }).record.address?.value.street ?? null).toBeNull();
  });
});

describe('e-mail: an address glued to the next text', () => {
  it('cuts a capitalised word off a known top-level domain (Public Suffix List)', () => {
    expect(unglueTld('info@tradgard.seSvar')).toBe('info@tradgard.se');
    expect(emailsInText('info@tradgard.seSvar inom 24 timmar').map((e) => e.email)).toEqual(['info@tradgard.se']);
  });

  it('keeps endings that are top-level domains themselves, and lower-case runs it cannot split', () => {
    expect(unglueTld('office@studio.Photography')).toBe('office@studio.Photography');
    expect(unglueTld('kontakt@firma.museum')).toBe('kontakt@firma.museum');
    expect(unglueTld('kontakt@firma.dekontakt')).toBe('kontakt@firma.dekontakt');
  });
});

describe('phones: identifiers are not numbers to call', () => {
  it('drops a number that is the page VAT id or register number written without its label', () => {
    const body = '<p>Y-tunnus: 0623456-7</p><p>VAT: FI06234567</p><p>Puh: +358 40 123 4567</p><p>Paperilaskut:</p><p>Esimerkki Oy, 06234567</p>';
    const record = detectBody(body, 'https://www.esimerkki.fi/yhteystiedot', 'fi', 'Yhteystiedot');
    expect(record.phones.map((p) => p.value.e164)).toEqual(['+358401234567']);
  });

  it('reads Finnish identifier labels (…tunnus, verkkolasku) as not-a-phone', () => {
    const body = '<p>Puh: +358 40 123 4567</p><p>Verkkolasku: 003712345678</p><p>Välittäjätunnus: 003721291126</p>';
    const record = detectBody(body, 'https://www.esimerkki.fi/yhteystiedot', 'fi', 'Yhteystiedot');
    expect(record.phones.map((p) => p.value.e164)).toEqual(['+358401234567']);
  });
});

describe('address: a town and its country on a line of their own', () => {
  const address = (body: string) => run(addressDetector, body, { url: 'https://www.priklad.cz/kontakty', lang: 'cs' }).record.address?.value ?? null;

  it('reads the town when the page gives no postal address', () => {
    expect(address('<h3>Lokalita</h3><p>Ústí nad Labem, Česká republika</p>')).toEqual({ street: null, postalCode: null, city: 'Ústí nad Labem', country: 'CZ' });
  });

  it('lets a postal address win, and leaves a person with her country alone', () => {
    expect(address('<p>Brno, Česká republika</p><p>Lidická 12, 602 00 Brno</p>')).toMatchObject({ street: 'Lidická 12', postalCode: '602 00' });
    expect(address('<blockquote>Skvělá spolupráce!</blockquote><p>Jana Nováková, Česká republika</p>')).toBeNull();
  });
});

describe('address: an agency in the organisation\'s own name', () => {
  const address = (body: string, url: string) => run(addressDetector, body, { url, lang: 'da' }).record.address?.value ?? null;
  const block = (name: string) => `<p>${name}</p><address>Havnegade 7,<br/> 5000 Odense</address><p>Created by Pixelhus</p>`;

  it('keeps the address of a firm whose name spells its own domain, agency word and all', () => {
    expect(address(block('Trygt Hjem Forsikringsagentur'), 'https://www.trygthjem-forsikring.dk/kontakt')).toMatchObject({ street: 'Havnegade 7', postalCode: '5000', city: 'Odense' });
  });

  it('still takes a web agency named on another firm\'s page as a third party', () => {
    expect(address(block('Webdesign: Pixelhus Reklameagentur'), 'https://www.trygthjem-forsikring.dk/kontakt')).toBeNull();
  });
});
