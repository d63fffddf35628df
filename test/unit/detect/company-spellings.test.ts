// One organisation written several ways on its page: "&" and "and", a legal form in lower case, the
// full name beside a shorter one, the name repeated in an eyebrow line; and the menu's first item
// pointing home is no name. All data invented.
import { describe, expect, it } from 'vitest';
import { companyDetector } from '../../../src/core/detect/detectors/company';
import { nameKey } from '../../../src/core/detect/detectors/company/name-text';
import { resolve } from '../../../src/core/detect/resolve';
import type { Candidate } from '../../../src/core/detect/types';
import { legalFormOf } from '../../../src/core/names/legal-forms';
import { parseHtml } from '../../../src/node/parse-html';
import { readPage } from '../../support/detect';

function company(body: string, opts: { url?: string; title?: string; lang?: string } = {}): string | null {
  const html = `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><title>${opts.title ?? ''}</title></head><body>${body}</body></html>`;
  const page = readPage(parseHtml(html), opts.url ?? 'https://beispiel.github.io/site/page.html');
  return resolve(companyDetector.detect(page, { country: undefined, found: [] }) as Candidate<'company'>[]).company?.value.name ?? null;
}

describe('"&" and "and" spell one name', () => {
  it.each([
    ['Kiwi Wellness and Spa', 'Kiwi Wellness & Spa'],
    ['Huber und Söhne GmbH', 'Huber & Söhne GmbH'],
    ['Casa e Cucina', 'Casa & Cucina'],
    ['Pérez y Gómez', 'Pérez & Gómez'],
  ])('%s = %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('names the organisation in the spelling the page uses most', () => {
    const page = '<nav><h1>Kiwi Wellness and Spa</h1></nav><p>At Kiwi Wellness and Spa we take time.</p><footer><p>© 2024 Kiwi Wellness &amp; Spa. All Rights Reserved.</p></footer>';
    expect(company(page, { title: 'Kiwi Wellness and Spa' })).toBe('Kiwi Wellness and Spa');
  });
});

describe('legal forms in lower case', () => {
  it.each([
    ['Esempio Servizi s.r.l.', 's.r.l.'],
    ['Esempio Servizi srl', 'srl'],
    ['Vzor a.s.', 'a.s.'],
    ['Sample Trading ltd', 'ltd'],
  ])('%s', (name, form) => {
    expect(legalFormOf(name)).toBe(form);
  });

  it.each(['Wellness spa', 'Rock and co.', 'Helsing as'])('no form in %s', (name) => {
    expect(legalFormOf(name)).toBeUndefined();
  });
});

describe('the full name beside a shorter one', () => {
  it('takes the main heading that spells the registered name out over the masthead', () => {
    const page = '<div class="masthead"><h3>Esempio Servizi s.r.l.</h3><ul><li><a href="index.html">Home</a></li><li><a href="contatti.html">Contatti</a></li></ul></div><h1>Verbania Esempio Servizi srl</h1><p>20199 Milano Via Esempio 14</p>';
    expect(company(page, { title: 'Esempio Servizi', lang: 'it' })).toBe('Verbania Esempio Servizi srl');
  });

  it('does not take a label or a page word before the name as part of it', () => {
    const page = '<h1>Contact Sample Chemicals Ltd</h1><footer><h4>Sample Chemicals Ltd</h4><p>© 2024 Sample Chemicals Ltd</p></footer>';
    expect(company(page, { title: 'Contact us' })).toBe('Sample Chemicals Ltd');
  });
});

describe('the name repeated in an eyebrow line', () => {
  it('counts "KONTAKT · NAME" as the page naming it again, over a footer left from a template', () => {
    const page =
      '<p class="eyebrow">KONTAKT · FJELLBU SNEKKERI AS</p><h1>Kontakt oss.</h1><p>E-post post@fjellbusnekkeri.no</p>' +
      '<footer><div>Vestvik Tømmer AS</div><p>© 2026 Vestvik Tømmer AS — Org.nr. 000 000 000</p></footer>';
    expect(company(page, { title: 'Kontakt oss — Fjellbu Snekkeri AS', url: 'https://fjellbusnekkeri.no/kontakt-oss.html', lang: 'no' })).toBe('Fjellbu Snekkeri AS');
  });
});

describe('the first item of the menu pointing home', () => {
  it('is not the name of a site that writes none', () => {
    const page =
      '<div class="logo"><a href="index.html"><img src="logo.png" alt="cat logo"></a></div>' +
      '<ul class="menu"><a href="index.html"><li>Acerca de mi</li></a><a href="portfolio.html"><li>Mis Trabajos</li></a><a href="contact.html"><li>Contáctame</li></a></ul>';
    expect(company(page, { title: 'Contáctame', lang: 'es' })).toBeNull();
  });

  it('still reads a brand link that stands apart from the menu', () => {
    const page = '<header><a href="index.html">Lumen Ilustración</a><ul><li><a href="index.html">Inicio</a></li><li><a href="obras.html">Obras</a></li><li><a href="contacto.html">Contacto</a></li></ul></header><p>Escríbeme.</p>';
    expect(company(page, { title: 'Contacto | Lumen Ilustración', lang: 'es' })).toBe('Lumen Ilustración');
  });
});
