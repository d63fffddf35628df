import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { vatIdDetector } from '../../../src/core/detect/detectors/vat-id';
import { checkVat } from '../../../src/core/detect/detectors/vat-checksums';
import { parseHtml } from '../../../src/node/parse-html';
import { run } from './helpers';

const vat = (body: string, opts: Parameters<typeof run>[2] = {}) => run(vatIdDetector, body, opts).record.vatId?.value ?? null;

describe('vat checksums', () => {
  it.each([
    'DE811575324', 'ATU80445314', 'CHE201388239', 'NL005380198B12', 'NL004495445B01', 'BE0403170701', 'FR40303265045',
    'IT00743110157', 'GB405869573', 'DK13585628', 'ESB12345674', 'NO923609016MVA', 'PL5260250274', 'SE556036079301',
  ])('accepts %s', (v) => expect(checkVat(v)).toBe('valid'));
  it.each(['DE811575325', 'ATU80445315', 'CHE201388238', 'BE0403170702', 'GB405869574', 'DK13585629'])('rejects %s', (v) =>
    expect(checkVat(v)).toBe('invalid'));
});

describe('vatIdDetector', () => {
  it('reads labelled ids of many countries and writes them compactly', () => {
    expect(vat('<p>USt-IdNr.: DE 811 575 324</p>')).toBe('DE811575324');
    expect(vat('<p>UID-Nummer: ATU 80445314</p>', { url: 'https://x.at/' })).toBe('ATU80445314');
    expect(vat('<p>MWST-Nr.: CHE-201.388.239 MWST</p>', { url: 'https://x.ch/' })).toBe('CHE201388239');
    expect(vat('<p>N° TVA intracommunautaire : FR 40 303 265 045</p>', { lang: 'fr' })).toBe('FR40303265045');
    expect(vat('<p>BTW-nummer: NL004495445B01</p>', { lang: 'nl' })).toBe('NL004495445B01');
    expect(vat('<p>BTW BE 0403.170.701</p>', { lang: 'nl' })).toBe('BE0403170701');
    expect(vat('<p>Moms: DK 13585628</p>', { lang: 'da' })).toBe('DK13585628');
  });

  it('prefixes a bare number with the country the label and page point to', () => {
    expect(vat('<ul><li>VAT Registered: 405869573</li></ul>', { url: 'https://www.example.co.uk/contact', lang: 'en', country: 'GB' })).toBe('GB405869573');
    expect(vat('<p>P.IVA 00743110157</p>', { url: 'https://www.example.it/', lang: 'it', country: 'IT' })).toBe('IT00743110157');
  });

  it('takes a Spanish N.I.F. as written', () => {
    expect(vat('<p>El titular es Juan Pérez, con N.I.F. 15247234-M, con domicilio en Irún.</p>', { lang: 'es' })).toBe('15247234M');
  });

  it('reads the value from the line under a bare label', () => {
    expect(vat('<address>UID:<br>CHE-201.388.239</address>', { url: 'https://x.ch/' })).toBe('CHE201388239');
    expect(vat('<p>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG:</p><p>DE811575324</p>')).toBe('DE811575324');
  });

  it('keeps a labelled id whose check digit fails, but only just', () => {
    const { candidates } = run(vatIdDetector, '<p>Umsatzsteuer-Identifikationsnummer: ATU 42433004</p>', { url: 'https://x.at/' });
    expect(candidates[0]?.value).toBe('ATU42433004');
    expect(candidates[0]?.confidence).toBeLessThan(0.7);
  });

  it('ignores placeholders, tax numbers and bank data', () => {
    expect(vat('<p>USt-IdNr.: DE XXXXXXXXX</p>')).toBeNull();
    expect(vat('<p>Umsatzsteuer-ID: DE [Nummer einfügen]</p>')).toBeNull();
    expect(vat('<p>N° TVA intracommunautaire : &lt;à compléter si applicable&gt;</p>', { lang: 'fr' })).toBeNull();
    expect(vat('<p>N° TVA : A remplir</p>', { lang: 'fr' })).toBeNull();
    expect(vat('<p>Steuernummer: 13/197/61951</p>')).toBeNull();
    expect(vat('<p>IBAN: DE21 1005 0000 0190 6524 97</p>')).toBeNull();
  });

  it('accepts an unlabelled id only with a valid check digit', () => {
    expect(vat('<footer>Muster GmbH · DE811575324</footer>')).toBe('DE811575324');
    expect(vat('<footer>Muster GmbH · DE811575325</footer>')).toBeNull();
  });

  it('keeps the hosting provider\'s id below ACCEPT', () => {
    const body = '<h2>Hosting</h2><p>Example Hosting GmbH</p><p>USt-IdNr.: DE811575324</p>';
    expect(vat(body)).toBeNull();
    expect(run(vatIdDetector, body).candidates).toHaveLength(1);
  });

  it('reads vatID from JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Organization","name":"X","vatID":"DE 811575324"}</script></head><body></body></html>`;
    expect(detect(parseHtml(html), 'https://x.de/').record.vatId?.value).toBe('DE811575324');
  });
});
