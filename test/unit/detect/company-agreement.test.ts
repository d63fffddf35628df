import { describe, expect, it } from 'vitest';
import { companyDetector } from '../../../src/core/detect/detectors/company';
import { resolve } from '../../../src/core/detect/resolve';
import type { Candidate } from '../../../src/core/detect/types';
import { parseHtml } from '../../../src/node/parse-html';
import { readPage } from '../../support/detect';

function company(body: string, opts: { url?: string; title?: string; lang?: string } = {}): string | null {
  const html = `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><title>${opts.title ?? ''}</title></head><body>${body}</body></html>`;
  const page = readPage(parseHtml(html), opts.url ?? 'https://beispiel.github.io/site/page.html');
  return resolve(companyDetector.detect(page, { country: undefined, found: [] }) as Candidate<'company'>[]).company?.value.name ?? null;
}

describe('company: the copyright line names the holder, not what follows it', () => {
  it.each([
    ['cs', '© 2025 Lázně Studio. Všechna práva vyhrazena.', 'Lázně Studio'],
    ['pl', '© 2022 Nowak Kancelaria. Wszelkie prawa zastrzeżone', 'Nowak Kancelaria'],
    ['pt', '© Copyright 2024 - Bem Viver - Todos os direitos Reservados.', 'Bem Viver'],
    ['cs', '© 2020 Vzor technik s.r.o. - všechna práva vyhrazena', 'Vzor technik s.r.o.'],
    ['nb', '© 2024 Eksempel Borettslag. Utviklet av Vestland Webbyrå AS', 'Eksempel Borettslag'],
    ['en', '© 2024 Mr. Parcel Courier. All rights reserved.', 'Mr. Parcel Courier'],
    ['en', '© 2008-18 3/12th Field Regiment Association Inc', '3/12th Field Regiment Association Inc'],
  ])('%s: %s', (lang, line, name) => {
    expect(company(`<main><p>Welcome.</p></main><footer><p>${line}</p></footer>`, { lang })).toBe(name);
  });

  it('drops a closing run of lower-case words glued to the name', () => {
    expect(company('<footer><p>© 2020 Vzorek všechna práva vyhrazena!</p></footer>', { lang: 'cs' })).toBe('Vzorek');
  });
});

describe('company: the title is "section | site"', () => {
  it('leaves out the part that is the page heading or a link to a section', () => {
    const nav = '<nav><ul><li><a href="index.html">Inicio</a></li><li><a href="equipo.html">Nuestro Equipo</a></li></ul></nav>';
    expect(company(`${nav}<h1>Nuestro Equipo</h1><p>Tres socias.</p>`, { title: 'Nuestro Equipo | Ruiz y Abogadas', lang: 'es' })).toBe('Ruiz y Abogadas');
    expect(company('<h1>Nossa equipe</h1><p>Em breve.</p>', { title: 'Nossa equipe — Chaveiro Rápido', lang: 'pt' })).toBe('Chaveiro Rápido');
  });

  it('keeps a title part that is the link home: the site names itself there', () => {
    const nav = '<nav><a href="/">Turpin Avocat</a><a href="/contact">Contact</a></nav>';
    expect(company(`${nav}<h1>Fiscalité</h1>`, { title: 'Turpin Avocat – TVA & Fiscalité', lang: 'fr' })).toBe('Turpin Avocat');
  });

  it('splits a title at guillemets too', () => {
    expect(company('<footer><p>© 2024 Porter Surgical Associates</p></footer>', { title: 'Porter Surgical Associates &raquo; Contact Porter Surgical Associates' })).toBe('Porter Surgical Associates');
  });

  it('takes no placeholder title for a name', () => {
    expect(company('<p>Hietalanniementie 5, 35820 Mänttä</p>', { title: 'Document', lang: 'fi' })).toBeNull();
  });

  it('prefers the name the home link gives over the title phrase built on it', () => {
    const body = '<div class="header"><span><a href="index.html">Brf Ekbacken</a></span></div><h2>Styrelse</h2><ul><li>Anna Berg</li></ul>';
    expect(company(body, { title: 'Brf Ekbackens styrelse', lang: 'sv' })).toBe('Brf Ekbacken');
  });
});

describe('company: names in a third party block', () => {
  it('does not take the host named under its heading', () => {
    const body = `<h2>Éditeur</h2><table><tbody><tr><td>Dénomination sociale</td><td>EXEMPLUM</td></tr></tbody></table>
      <h2>Hébergeur</h2><table><tbody><tr><td>Raison sociale</td><td>Nuage Hosting, Inc.</td></tr><tr><td>Adresse</td><td>1 Cloud Street</td></tr></tbody></table>`;
    expect(company(body, { title: 'Mentions légales — EXEMPLUM', lang: 'fr', url: 'https://exemplum.fr/mentions' })).toBe('EXEMPLUM');
  });
});

describe('company: an "@" inside a word', () => {
  it('is the letter it stands for, while a word with an e-mail address is no name', () => {
    expect(company('<footer><p>Copyright © 1999-2020 N@SS e.K.</p></footer>', { title: 'N@SS e.K. - Impressum', lang: 'de' })).toBe('NASS e.K.');
    expect(company('<footer><p>© 2024 info@beispiel.de</p></footer>', { lang: 'de' })).toBeNull();
  });
});
