/**
 * Layouts found on imprint and contact pages outside the dev corpus: imprints pasted into <pre>,
 * run-on address lines from inline markup, table rows whose label cell is glued to the address,
 * a bracketed country code, Italian REA numbers next to phones.
 */
import { describe, expect, it } from 'vitest';
import { parsePostalLine } from '../../../src/core/detect/detectors/address/postal-line';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { findPhones } from '../../../src/core/detect/detectors/phones';
import { pageOf, run } from '../../support/detect';

describe('<pre> imprints', () => {
  it('breaks a line at every newline inside <pre>', () => {
    const page = pageOf('<pre>Beispielverein e.V.\nLindenweg 4\n12345 Musterdorf</pre><p>danach</p>');
    expect(page.lines.map((l) => l.text)).toEqual(['Beispielverein e.V.', 'Lindenweg 4', '12345 Musterdorf', 'danach']);
  });

  it('leaves newlines outside <pre> as spaces', () => {
    expect(pageOf('<p>Lindenweg 4\n12345 Musterdorf</p>').lines.map((l) => l.text)).toEqual(['Lindenweg 4 12345 Musterdorf']);
  });
});

describe('run-on address lines', () => {
  it.each([
    ['Lindenweg 4 12345 Musterdorf', { street: 'Lindenweg 4', postalCode: '12345', city: 'Musterdorf' }],
    ['Musterverein e.V. Talweg 7 D-54321 Bergstadt Tel.: 0123-4567-0', { street: 'Talweg 7', postalCode: '54321', city: 'Bergstadt', country: 'DE' }],
    ['Beispielstraße 40 10115 Berlin Telefon: +49 30 1234567', { street: 'Beispielstraße 40', postalCode: '10115', city: 'Berlin' }],
    ['Via Garibaldi 12 20121 Milano', { street: 'Via Garibaldi 12', postalCode: '20121', city: 'Milano' }],
  ])('%s', (line, want) => {
    expect(parsePostalLine(line)).toMatchObject(want);
  });

  it('does not read a phone or a date run as an address', () => {
    expect(parsePostalLine('Telefon 0221 12345 Köln')).toBeNull();
    expect(parsePostalLine('Stand 12 2024 Sommer')).toBeNull();
  });

  it('finds the address written in inline spans of an <address> block', () => {
    const body = '<h2>Anbieter</h2><div>Kanzlei Muster</div><address><span>Beispielstraße 40</span> <span>10115 Berlin</span> <span>Telefon: 030 1234567</span></address>';
    expect(run(addressDetector, body).record.address?.value).toMatchObject({ street: 'Beispielstraße 40', postalCode: '10115', city: 'Berlin' });
  });
});

describe('table rows with a label cell', () => {
  it('takes the registered seat over a local unit and drops the label from the street', () => {
    const body = '<table><tr><th>Sede legale</th><td>Via Garibaldi 12, 20121 Milano (MI), Italia</td></tr>'
      + '<tr><th>Unità locale</th><td>Via Verdi 3, 20900 Monza (MB), Italia</td></tr></table>';
    expect(run(addressDetector, body, { url: 'https://www.esempio.it/note-legali', lang: 'it' }).record.address?.value)
      .toMatchObject({ street: 'Via Garibaldi 12', postalCode: '20121', city: 'Milano' });
  });
});

describe('phone look-alikes and bracketed codes', () => {
  it('reads "(+91) 98xxxxxxxx" with the country code in brackets', () => {
    const found = findPhones(pageOf('<p>Contact No.: (+91) 9812345678, (+91) 9912345678</p>', 'https://www.example.in/contact', 'en'), ['IN']);
    expect(found.filter((c) => c.confidence >= 0.5).map((c) => c.value.e164).sort()).toEqual(['+919812345678', '+919912345678']);
  });

  it('does not take an Italian REA number for a phone', () => {
    const found = findPhones(pageOf('<p>REA MI – 123456</p><p>Numero REA: 654321</p>', 'https://www.esempio.it/', 'it'), ['IT']);
    expect(found.filter((c) => c.confidence >= 0.5)).toEqual([]);
  });
});
