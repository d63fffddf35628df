import { describe, expect, it } from 'vitest';
import { emailsDetector } from '../../../src/core/detect/detectors/emails';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { phonesDetector } from '../../../src/core/detect/detectors/phones';
import { vatIdDetector } from '../../../src/core/detect/detectors/vat-id';
import { websiteDetector } from '../../../src/core/detect/detectors/website';
import { AUTHORITY, CREDITS, foreignLine, kindsAnywhere, kindsAtStart, PARTNERS, thirdPartyKinds, WEB_LABEL } from '../../../src/core/detect/context/third-party';
import { detectBody, pageOf, run } from '../../support/detect';

const emails = (body: string) => run(emailsDetector, body, { url: 'https://www.firma.de/impressum' }).record.emails.map((c) => c.value);
const phones = (body: string) => run(phonesDetector, body, { country: 'DE' }).record.phones.map((c) => c.value.e164);

describe('third-party words', () => {
  it('tells the kinds apart', () => {
    expect(kindsAtStart('Webdesign: Agentur Blau')).toBe(CREDITS);
    expect(kindsAtStart('Zuständige Kammer: IHK München')).toBe(AUTHORITY);
    expect(kindsAtStart('Partner')).toBe(PARTNERS);
    expect(kindsAnywhere('Konzept und Umsetzung durch Agentur Blau')).toBe(CREDITS);
    expect(kindsAnywhere('Geschäftsführer: Max Berg')).toBe(0);
  });

  it('knows the credit lines of Central Europe, the Nordics and the Baltics', () => {
    for (const line of ['Projekt i wykonanie: Jan Przykład', 'Tvorba webu: Studio Vzor', 'Toteutus: Mainostoimisto Esimerkki', 'Készítette: Minta Stúdió', 'Veebilahendus: Näidis OÜ']) {
      expect(kindsAtStart(line)).toBe(CREDITS);
    }
    expect(kindsAnywhere('© 2024 Vzor s.r.o. · web vytvořil Studio Vzor')).toBe(CREDITS);
    expect(kindsAnywhere('Firmu založil Jan Novák v roce 1990.')).toBe(0);
  });

  it('reads a bare "Web:" line as a credits label only for phone numbers, a bare "Fotos" only as a heading', () => {
    expect(kindsAtStart('Internet:')).toBe(WEB_LABEL);
    expect(kindsAtStart('Fotos', true)).toBe(CREDITS);
    expect(kindsAtStart('Unsere Kunden', true)).toBe(PARTNERS);
    expect(kindsAtStart('Unsere Kunden')).toBe(0);
  });
});

describe('one third-party context for every field', () => {
  it('keeps the agency below a "Webdesign:" label out of the record, and the firm above it in', () => {
    const body = '<p>Firma Muster GmbH</p><p>Telefon: 089 1234567</p><p>E-Mail: info@firma.de</p>' +
      '<p>Webdesign:</p><p>Agentur Blau</p><p>Tel. 030 7654321</p><p>E-Mail: hallo@agentur-blau.de</p>';
    expect(emails(body)).toEqual(['info@firma.de']);
    expect(phones(body)).toEqual(['+49891234567']);
  });

  it('reads everything under a credits heading as somebody else’s, up to the next heading', () => {
    const body = '<h2>Kontakt</h2><p>E-Mail: info@firma.de</p><h2>Fotos</h2><p>Studio Licht, studio@licht-foto.de</p><h2>Haftung</h2><p>Text</p>';
    expect(emails(body)).toEqual(['info@firma.de']);
    const page = pageOf(body);
    const studio = page.lines.findIndex((l) => l.text.startsWith('Studio Licht'));
    expect(foreignLine(page, studio)).toBe(true);
    expect(foreignLine(page, studio + 2)).toBe(false);
  });

  it('keeps a law firm’s partner and the own website under their labels', () => {
    expect(emails('<p>Partner: Dr. Anna Berg, berg@kanzlei-berg.de</p>')).toEqual(['berg@kanzlei-berg.de']);
    const site = run(websiteDetector, '<p>Web:</p><p>Internet: www.firma-muster.de</p>', { url: 'https://firma-muster.github.io/impressum' }).record.website;
    expect(site?.value).toBe('https://www.firma-muster.de');
    // The same bare label over a phone number introduces the web agency's number.
    expect(phones('<p>Telefon: 089 1234567</p><p>Web:</p><p>Pixel Werk</p><p>Tel. 030 7654321</p>')).toEqual(['+49891234567']);
  });

  it('puts the person under a short credits line above into the agency’s block', () => {
    const body = '<p>Verantwortlich für den Inhalt:</p><p>Dr. Lena Vogt</p><p>Verantwortlich für die technische Umsetzung:</p><p>Tim Kaiser</p>';
    expect(run(peopleDetector, body).record.people.map((c) => c.value.name)).toEqual(['Dr. Lena Vogt']);
    const page = pageOf(body);
    expect(thirdPartyKinds(page, 3) & CREDITS).toBe(CREDITS);
  });

  it('does not let a remark in a sentence above mark the next line', () => {
    const body = '<p>Die Berufsbezeichnung wird vom Staatsministerium der Justiz verliehen.</p><p>USt-IdNr.: DE136695976</p>';
    expect(run(vatIdDetector, body).record.vatId?.value).toBe('DE136695976');
  });
});

describe('lists of "Label: value" pairs', () => {
  const body =
    '<ul><li>Beispiel Forschung GmbH</li><li>Lindengasse 12</li><li>3100 Sankt Pölten</li>' +
    '<li>Geschäftsführung: Anna Beispiel</li><li>Aufsichtsbehörde: Bezirkshauptmannschaft Sankt Pölten</li>' +
    '<li>UID-Nr.: ATU 123 45 675</li><li>Firmenbuch Nr.: 123456a</li><li>Firmenbuchgericht: Landesgericht Sankt Pölten</li></ul>';

  it('does not give the organisation’s UID and Firmenbuch number to the authority named in the pair above', () => {
    const record = detectBody(body, 'https://www.beispiel.at/impressum');
    expect(record.vatId?.value).toBe('ATU12345675');
    expect(record.register?.value.number).toBe('FN 123456a');
  });

  it('still treats the lines under a bare "Webdesign:" label as the agency’s', () => {
    const record = detectBody(
      '<p>Beispiel GmbH</p><p>Webdesign:</p><p>Agentur Muster</p><p>USt-IdNr.: DE 123 456 788</p>',
      'https://www.beispiel.de/impressum',
    );
    expect(record.vatId ?? null).toBeNull();
  });
});
