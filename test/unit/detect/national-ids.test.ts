// Business and tax identifiers outside the German-speaking registers, checked with stdnum's validators.
// Numbers invented, with correct check digits unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { registerDetector } from '../../../src/core/detect/detectors/register';
import { readNationalId } from '../../../src/core/detect/detectors/register/national-ids';
import { vatIdDetector } from '../../../src/core/detect/detectors/vat-id';
import { run } from '../../support/detect';

describe('national business identifiers', () => {
  it.each([
    ['Y-tunnus 1234567-1', '1234567-1', true],
    ['Y-tunnus: 1234567-2', '1234567-2', false],
    ['IČO: 12345679', '12345679', true],
    ['IČ: 123 45 679', '12345679', true],
    ['CNPJ: 12.345.678/0001-95', '12.345.678/0001-95', true],
    ['Org.nr 556123-1233', '556123-1233', true],
    ['ACN 123 456 780', '123456780', true],
    ['KRS 0000123456', '0000123456', true],
    ['C.F.07654320584', '07654320584', true],
    ['Cod. Fisc. 07654320582', '07654320582', false],
    ['Registered charity no. 205999', '205999', true],
    ['Scottish Charity Number SC012345', 'SC012345', true],
    ['ОГРН 1027700132195', '1027700132195', true],
    ['ОГРНИП: 304770100123450', '304770100123450', true],
    ['ОГРН 1027700132196', '1027700132196', false],
    ['Код ЄДРПОУ 32145678', '32145678', true],
    ['УНП 191234563', '191234563', true],
    ['БИН 123456789012', '123456789012', true],
    ['NIPC 509 123 457', '509123457', true],
  ])('%s', (line, number, strong) => {
    expect(readNationalId(line)).toMatchObject({ number, strong });
  });

  it('reads a number under a line that is only its label ("ОГРН" above the digits)', () => {
    expect(run(registerDetector, '<p>ОГРН</p><p>1027700132195</p>', { lang: 'ru' }).record.register?.value.number).toBe('1027700132195');
  });

  it('does not read the "IČ" inside "DIČ", a US ZIP code after "Crown Point", or a bare number', () => {
    expect(readNationalId('DIČ: CZ12345679')).toBeNull();
    expect(run(registerDetector, '<p>Crown Point, IN 46307</p>', { lang: 'en' }).record.register).toBeNull();
    expect(readNationalId('Tel. 12345679')).toBeNull();
  });

  it('keeps a labelled number whose check digit fails, as printed but weakly', () => {
    const c = run(registerDetector, '<p>IČ: 24681357</p>', { lang: 'cs' }).candidates[0]!;
    expect(c.value).toMatchObject({ number: '24681357' });
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
    expect(c.confidence).toBeLessThan(0.85);
  });

  it('reads a German register number with its court letter', () => {
    expect(run(registerDetector, '<p>Handelsregister Potsdam / HRB 12345 P</p>').record.register?.value.number).toBe('HRB 12345 P');
  });
});

describe('tax ids as VAT ids', () => {
  const vat = (body: string, url: string, lang: string) => run(vatIdDetector, body, { url, lang }).record.vatId?.value ?? null;

  it('reads the Czech DIČ and the Australian ABN behind their labels', () => {
    expect(vat('<p>DIČ: CZ12345679</p>', 'https://www.priklad.cz/', 'cs')).toBe('CZ12345679');
    expect(vat('<p>ABN 18 123 456 789</p>', 'https://www.example.org.au/', 'en')).toBe('18123456789');
  });

  it('weighs an ABN with a wrong check digit less than a valid one', () => {
    const conf = (abn: string) => run(vatIdDetector, `<p>ABN ${abn}</p>`, { url: 'https://www.example.org.au/', lang: 'en' }).candidates[0]!.confidence;
    expect(conf('19 123 456 789')).toBeLessThan(conf('18 123 456 789'));
  });

  it('reads the number on the line after a label line ending in a colon', () => {
    expect(vat('<p>Umsatzsteuer-Identifikationsnummer gemäß §27 a Umsatzsteuergesetz:</p><p>DE 136 695 976</p>', 'https://www.beispiel.de/impressum', 'de')).toBe('DE136695976');
  });

  it('does not take a footer menu link "Credits" as the label of the lines after it', () => {
    const body = '<footer><ul><li><a href="/sitemap.html">Sitemap</a></li><li><a href="/credits.html">Credits</a></li><li>ABN 18 123 456 789</li><li>Design by Example Studio</li></ul></footer>';
    const c = run(vatIdDetector, body, { url: 'https://www.example.org.au/', lang: 'en' }).candidates[0]!;
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
