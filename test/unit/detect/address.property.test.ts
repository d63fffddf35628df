import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostalLine } from '../../../src/core/detect/detectors/address/postal-line';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { companyDetector } from '../../../src/core/detect/detectors/company';
import { legalFormOf } from '../../../src/core/names/legal-forms';
import { detectBody, readPage } from '../../support/detect';
import { parseHtml } from '../../../src/node/parse-html';
import { expectAttemptWithinBound, expectRunWithinBound, parseFloorMs } from '../../support/time-bound';

const pieces = fc.constantFrom('1', '12345', '8200', 'A-', 'CH-', ' ', ',', '.', '-', ' – ', '@', 'Wien', 'straße', ' 12', 'FL ', 'L7G 0J2', 'SW1A 1AA', ':', '(', ')', '©', 'GmbH', 'e.V.', '\u2011', '|', 'Tel');

function detectAll(body: string) {
  const html = body.startsWith("<html") ? body : `<html><body>${body}</body></html>`;
  const page = readPage(parseHtml(html), 'https://www.firma.de/impressum');
  const ctx = { country: undefined, found: [] };
  const started = performance.now();
  const out = [...addressDetector.detect(page, ctx), ...companyDetector.detect(page, ctx)];
  lastMs = performance.now() - started;
  return out;
}

/** Time the two detectors took on the last page, without parsing (linkedom is not shipped). */
let lastMs = 0;

describe('address and company detectors (property)', () => {
  it('parse any line into well-formed values', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }).map((a) => a.join('')), (line) => {
        const hit = parsePostalLine(line);
        if (hit) {
          expect(hit.city.length).toBeGreaterThan(0);
          expect(hit.postalCode ?? '').toMatch(/^[\dA-Z -]*$/);
        }
        legalFormOf(line);
      }),
      { numRuns: 400 },
    );
  });

  it('return candidates with confidence in 0..1 for random pages', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('p', 'div', 'h2', 'br'), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''))), { maxLength: 40 }), (blocks) => {
        const html = blocks.map(([tag, text]) => (tag === 'br' ? `${text}<br>` : `<${tag}>${text}</${tag}>`)).join('');
        for (const c of detectAll(html)) {
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          if (c.field === 'company') expect(c.value.name.trim().length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['digits', '1234 '.repeat(1_000_000)],
    ['separators', ', – ·'.repeat(1_000_000)],
    ['dots and at-signs', '.@-'.repeat(1_600_000)],
    ['postal lines', 'Musterstraße 12, 80331 München GmbH © 2024<br>'.repeat(100_000)],
  ])('stay fast on 5 MB of %s', (_name, text) => {
    const html = `<html><body><p>${text}</p></body></html>`;
    expectAttemptWithinBound(() => {
      const floor = parseFloorMs(html);
      detectAll(html);
      return { ms: lastMs, floor, value: undefined };
    });
  }, 120_000);

  it('stay fast on deeply nested tags', () => {
    const html = `${'<div><span>'.repeat(5000)}Lindenweg 9<br>87719 Mindelheim${'</span></div>'.repeat(5000)}`;
    expectAttemptWithinBound(() => {
      const floor = parseFloorMs(html);
      detectAll(html);
      return { ms: lastMs, floor, value: undefined };
    });
  });
});

describe('long prose stays fast', () => {
  it('reads 2 MB of address-like sentences in paragraphs within the time bound', () => {
    const sentence = 'Our address is Calle Mayor Nº12, 28013. Madrid. Operated by Lucía Ejemplo. Registered trademark of Example Ltd. ';
    const body = Array.from({ length: 500 }, () => `<p>${sentence.repeat(38)}</p>`).join('');
    const record = expectRunWithinBound(`<html><body>${body}</body></html>`, () => detectBody(body, 'https://ejemplo.es/', 'es', 'Ejemplo'));
    expect(record.address === null || typeof record.address.value.postalCode === 'string').toBe(true);
  });
});
