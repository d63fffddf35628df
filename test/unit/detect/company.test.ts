import { describe, expect, it } from 'vitest';
import { companyDetector } from '../../../src/core/detect/detectors/company';
import { legalFormOf } from '../../../src/core/detect/detectors/legal-forms';
import { readPage } from '../../../src/core/detect/page';
import { resolve } from '../../../src/core/detect/resolve';
import type { Candidate } from '../../../src/core/detect/types';
import { parseHtml } from '../../../src/node/parse-html';

function company(body: string, opts: { url?: string; title?: string; lang?: string } = {}) {
  const html = `<!doctype html><html lang="${opts.lang ?? 'de'}"><head><title>${opts.title ?? 'Impressum'}</title></head><body>${body}</body></html>`;
  const page = readPage(parseHtml(html), opts.url ?? 'https://www.beispiel.de/impressum');
  const candidates = companyDetector.detect(page, { country: undefined, found: [] }) as Candidate<'company'>[];
  return { candidates, name: resolve(candidates).company?.value.name ?? null };
}

describe('legal forms', () => {
  it.each([
    ['Muster GmbH & Co. KG', 'GmbH & Co. KG'],
    ['SOLAB Haustechnik e. K.', 'e. K.'],
    ['Beispiel UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)'],
    ['Alm-Bräu HandelsgesmbH', 'gesmbH'],
    ['Hartley, APLC', 'APLC'],
    ['Vejle Bryggeri ApS', 'ApS'],
    ['Acme Pvt. Ltd.', 'Pvt. Ltd.'],
    ['Dupont SARL', 'SARL'],
    ['Szabó Péter e.U.', 'e.U.'],
  ])('%s', (name, form) => expect(legalFormOf(name)).toBe(form));

  it('does not read ordinary words as forms', () => {
    expect(legalFormOf('Kanzlei Eva Roth')).toBeUndefined();
    expect(legalFormOf('so was as')).toBeUndefined();
  });
});

describe('company detector', () => {
  it('takes the name above the imprint address, preferring the one with a legal form over the brand', () => {
    const body = `<h2>Erlebnishotel Steirisch Ursprung</h2><p>Alm-Bräu HandelsgesmbH</p><p>Almweg 85</p><p>A-8200 Eggersdorf bei Graz</p>
      <h5>Steirisch Ursprung</h5><p>Almweg 85</p><p>A-8200 Eggersdorf bei Graz</p><p>© 2026 Steirisch Ursprung</p>`;
    expect(company(body, { url: 'https://www.steirischursprung.at/kontakt/', title: 'Kontakt — Steirisch Ursprung' }).name).toBe('Alm-Bräu HandelsgesmbH');
  });

  it('reads labelled imprint lines', () => {
    expect(company('<p>Firmenname: Beispiel Norbert e.U.</p><p>Inhaber: Norbert Beispiel</p>').name).toBe('Beispiel Norbert e.U.');
    expect(company('<p>Denominación: Clínica Dental Ejemplo</p><p>Domicilio: San Marcos, 12 bajo, 20304 Irún</p>', { lang: 'es', url: 'https://x.es/' }).name).toBe('Clínica Dental Ejemplo');
  });

  it('reads the line after "Medieninhaber:" / "Angaben gemäß § 5 TMG"', () => {
    expect(company('<p>Medieninhaber:</p><p>Architekt DI Max Muster</p><p>Hauptbüro: 1090 Wien, Marktgasse 3</p>', { url: 'https://www.muster.at/' }).name).toBe('Architekt DI Max Muster');
  });

  it('prefers the fuller practice name over a bare person name', () => {
    const body = `<h2>Angaben gemäß § 5 TMG:</h2><p>Yvonne Beispiel</p><p>Logopädische Praxis</p><p>Hafenstrasse 38</p><p>25335 Elmshorn</p>
      <div>Copyright © 2025 Logopädie Yvonne Beispiel – OnePress Theme von FameThemes</div>`;
    expect(company(body, { url: 'https://www.beispiel-logopaedie.de/impressum/', title: 'Impressum – Logopädie Yvonne Beispiel' }).name).toBe('Logopädie Yvonne Beispiel');
  });

  it('joins an organisation-type word above the name', () => {
    expect(company('<h2>Kontakt</h2><div>Verein</div><div>Digital Cluster Beispiel</div><div>6460 Altdorf</div><p>© 2021 - Digital Cluster Beispiel</p>').name).toBe('Verein Digital Cluster Beispiel');
  });

  it('reads the copyright line and the title when nothing else names the organisation', () => {
    expect(company('<p>Copyright © 2015, Liberis Example. All rights reserved.</p>', { title: 'Liberis Example - Contact us', url: 'https://liberisexample.com/', lang: 'en' }).name).toBe('Liberis Example');
    expect(company('<li>© ABCConsultingLtd</li>', { title: 'ABC Consulting Ltd - Contact', lang: 'en', url: 'https://www.scbcounsellingltd.co.uk/' }).name).toBe('ABC Consulting Ltd');
  });

  it('never takes the web agency, a label or a social network', () => {
    const body = `<h3>Konzept, Webdesign &amp; technische Umsetzung</h3><h4>WESEO Internetagentur GmbH</h4><p>Agenturweg 1, 8010 Graz</p>
      <div>Facebook</div><div>3290 Diest</div>`;
    const { candidates } = company(body);
    expect(candidates.filter((c) => c.confidence >= 0.5).map((c) => c.value.name)).toEqual([]);
  });

  it('uses structured data legalName', () => {
    const ld = { '@type': 'Organization', name: 'ALAB Energiesysteme', legalName: 'SOLAB Haustechnik e. K.' };
    const r = company(`<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Hallo</p>`);
    expect(r.name).toBe('SOLAB Haustechnik e. K.');
    expect(r.candidates.find((c) => c.value.name === 'SOLAB Haustechnik e. K.')?.value.legalForm).toBe('e. K.');
  });
});
