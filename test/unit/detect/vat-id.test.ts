import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { vatIdDetector } from '../../../src/core/detect/detectors/vat-id';
import { checkVat } from '../../../src/core/detect/detectors/vat-id/checksums';
import { parseHtml } from '../../../src/node/parse-html';
import { detectBody, run } from '../../support/detect';

const vat = (body: string, opts: Parameters<typeof run>[2] = {}) => run(vatIdDetector, body, opts).record.vatId?.value ?? null;

describe('vat checksums', () => {
  it.each([
    'DE276418357', 'ATU63918522', 'CHE316742586', 'NL006418250B99', 'NL004495445B01', 'BE0403170701', 'FR40303265045',
    'IT00743110157', 'GB372819430', 'DK13585628', 'ESB12345674', 'NO923609016MVA', 'PL5260250274', 'SE556036079301',
  ])('accepts %s', (v) => expect(checkVat(v)).toBe('valid'));
  it.each(['DE276418358', 'ATU63918523', 'CHE316742585', 'BE0403170702', 'GB372819431', 'DK13585629'])('rejects %s', (v) =>
    expect(checkVat(v)).toBe('invalid'));
});

describe('vatIdDetector', () => {
  it('reads labelled ids of many countries and writes them compactly', () => {
    expect(vat('<p>USt-IdNr.: DE 276 418 357</p>')).toBe('DE276418357');
    expect(vat('<p>UID-Nummer: ATU 63918522</p>', { url: 'https://x.at/' })).toBe('ATU63918522');
    expect(vat('<p>MWST-Nr.: CHE-316.742.586 MWST</p>', { url: 'https://x.ch/' })).toBe('CHE316742586');
    expect(vat('<p>N° TVA intracommunautaire : FR 40 303 265 045</p>', { lang: 'fr' })).toBe('FR40303265045');
    expect(vat('<p>BTW-nummer: NL004495445B01</p>', { lang: 'nl' })).toBe('NL004495445B01');
    expect(vat('<p>BTW BE 0403.170.701</p>', { lang: 'nl' })).toBe('BE0403170701');
    expect(vat('<p>Moms: DK 13585628</p>', { lang: 'da' })).toBe('DK13585628');
  });

  it('prefixes a bare number with the country the label and page point to', () => {
    expect(vat('<ul><li>VAT Registered: 372819430</li></ul>', { url: 'https://www.example.co.uk/contact', lang: 'en', country: 'GB' })).toBe('GB372819430');
    expect(vat('<p>P.IVA 00743110157</p>', { url: 'https://www.example.it/', lang: 'it', country: 'IT' })).toBe('IT00743110157');
  });

  it('takes a Spanish N.I.F. as written', () => {
    expect(vat('<p>El titular es Pablo Ejemplo, con N.I.F. 36814527-Z, con domicilio en Toledo.</p>', { lang: 'es' })).toBe('36814527Z');
  });

  it('reads the value from the line under a bare label', () => {
    expect(vat('<address>UID:<br>CHE-316.742.586</address>', { url: 'https://x.ch/' })).toBe('CHE316742586');
    expect(vat('<p>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG:</p><p>DE276418357</p>')).toBe('DE276418357');
  });

  it('keeps a labelled id whose check digit fails, but only just', () => {
    const { candidates } = run(vatIdDetector, '<p>Umsatzsteuer-Identifikationsnummer: ATU 57138204</p>', { url: 'https://x.at/' });
    expect(candidates[0]?.value).toBe('ATU57138204');
    expect(candidates[0]?.confidence).toBeLessThan(0.7);
  });

  it('ignores placeholders, tax numbers and bank data', () => {
    expect(vat('<p>USt-IdNr.: DE XXXXXXXXX</p>')).toBeNull();
    expect(vat('<p>Umsatzsteuer-ID: DE [Nummer einfügen]</p>')).toBeNull();
    expect(vat('<p>N° TVA intracommunautaire : &lt;à compléter si applicable&gt;</p>', { lang: 'fr' })).toBeNull();
    expect(vat('<p>N° TVA : A remplir</p>', { lang: 'fr' })).toBeNull();
    expect(vat('<p>Steuernummer: 21/815/08154</p>')).toBeNull();
    expect(vat('<p>IBAN: DE89 3704 0044 0532 0130 00</p>')).toBeNull();
  });

  it('accepts an unlabelled id only with a valid check digit', () => {
    expect(vat('<footer>Muster GmbH · DE276418357</footer>')).toBe('DE276418357');
    expect(vat('<footer>Muster GmbH · DE276418358</footer>')).toBeNull();
  });

  it('keeps the hosting provider\'s id below ACCEPT', () => {
    const body = '<h2>Hosting</h2><p>Example Hosting GmbH</p><p>USt-IdNr.: DE276418357</p>';
    expect(vat(body)).toBeNull();
    expect(run(vatIdDetector, body).candidates).toHaveLength(1);
  });

  it('reads vatID from JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Organization","name":"X","vatID":"DE 276418357"}</script></head><body></body></html>`;
    expect(detect(parseHtml(html), 'https://x.de/').record.vatId?.value).toBe('DE276418357');
  });
});

describe('Venezuelan RIF', () => {
  it('reads the RIF as the tax id, with its check digit from stdnum', () => {
    expect(vat('<p>Términos y Condiciones   RIF. J-31234567-5</p>')).toBe('J312345675');
    // A wrong check digit keeps the number the page prints, but only just.
    const sure = run(vatIdDetector, '<p>RIF: J-31234567-5</p>').record.vatId?.confidence ?? 0;
    const misprinted = run(vatIdDetector, '<p>RIF: J-31234567-4</p>').record.vatId?.confidence ?? 0;
    expect(misprinted).toBeLessThan(sure);
  });
});

describe('Swiss UID', () => {
  it('reads "CHE-… MWST" as the VAT id even when the same UID is the register number', () => {
    const record = detectBody(
      '<h2>Handelsregister-Eintrag</h2><p>Handelsregister Nr: CHE-116.281.710</p><h2>Mehrwertsteuer</h2><p>CHE-116.281.710 MWST</p>',
      'https://muster-ag.ch/impressum',
    );
    expect(record.vatId?.value).toBe('CHE116281710');
    expect(record.register?.value.number).toBe('CHE-116.281.710');
  });

  it('reads the UID under a "Mehrwertsteuer-Nummer" heading', () => {
    const record = detectBody('<h3>Mehrwertsteuer-Nummer:</h3><p>CHE-116.281.710</p>', 'https://muster-ag.ch/impressum');
    expect(record.vatId?.value).toBe('CHE116281710');
  });

  it('reads a register number written with a non-breaking hyphen (U+2011)', () => {
    const record = detectBody('<h3>Firmennummer</h3><p>CHE\u2011116.281.710\nHandelsregister des Kantons Bern</p>', 'https://muster-ag.ch/impressum');
    expect(record.register?.value.number).toBe('CHE-116.281.710');
  });
});
