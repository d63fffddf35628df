/**
 * Layouts from a second round of unseen imprint pages: utility-CSS spans that render as blocks,
 * a "Sitz: PLZ Ort" line repeating the full address above it, lists of "Label: value" pairs where
 * an authority's pair sits just above the organisation's own ids, and "Einzelunternehmen" lines.
 */
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { detectBody, pageOf, run } from '../../support/detect';


describe('utility-CSS block spans', () => {
  it('starts a new line at span.block and a.d-block, not at inline-block', () => {
    const page = pageOf(
      '<address><span class="block font-semibold">Erika Beispiel</span><span class="block">Talweg 3</span><span class="inline-block">8000</span> <span>Zürich</span><a class="d-block" href="#">Karte</a></address>',
    );
    expect(page.lines.map((l) => l.text)).toEqual(['Erika Beispiel', 'Talweg 3', '8000 Zürich', 'Karte']);
  });
});

describe('a seat line repeating the full address', () => {
  it('keeps the street of the block above when "Firmensitz: PLZ Ort" names the same place', () => {
    const { record } = run(
      addressDetector,
      '<ul><li>Beispiel Forschung GmbH</li><li>Lindengasse 12</li><li>3100 Sankt Pölten</li><li>Telefon: +43 2742 123 45</li><li>Firmensitz: 3100 Sankt Pölten</li></ul>',
      { url: 'https://www.beispiel.at/impressum' },
    );
    expect(record.address?.value).toMatchObject({ street: 'Lindengasse 12', postalCode: '3100', city: 'Sankt Pölten' });
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

describe('sole traders written out', () => {
  it('does not read "<Brand> Einzelunternehmen" as a person, and keeps the name above as one', () => {
    const record = detectBody(
      '<h2>Verantwortliche Person</h2><address><span class="block">Erika Beispiel</span><span class="block">Beispiel Beschriftungen Einzelunternehmen</span><span class="block">Talweg 3</span><span class="block">6300 Zug</span></address>',
      'https://www.beispiel.ch/impressum',
    );
    const names = (record.people ?? []).map((p) => p.value.name);
    expect(names.some((n) => /Einzelunternehmen/.test(n))).toBe(false);
    expect(record.address?.value).toMatchObject({ street: 'Talweg 3', postalCode: '6300', city: 'Zug' });
    expect(record.company?.value.name).toBe('Beispiel Beschriftungen');
  });
});
