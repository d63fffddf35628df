import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../src/core/detect/detectors/phones';
import { readPage } from '../../support/detect';
import { parseRun } from '../../../src/core/detect/detectors/phones/number';
import { findRuns } from '../../../src/core/detect/detectors/phones/runs';
import { parseHtml } from '../../../src/node/parse-html';
import { expectAttemptWithinBound } from '../../support/time-bound';

const E164 = /^\+[1-9]\d{5,16}$/;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

function phonesOf(html: string, url = 'https://www.example.de/kontakt') {
  return findPhones(readPage(parseHtml(html), url), ['DE', 'IN']);
}

/** Reading the numbers off a parsed page, timed, beside the time parsing that page takes (the floor). */
function timedPhones(html: string) {
  const parsed = timed(() => parseHtml(html));
  const floor = parsed.ms;
  const page = readPage(parsed.value, 'https://www.example.de/kontakt');
  const run = timed(() => findPhones(page, ['DE', 'IN']));
  // A second floor after the run: a load spike during the run alone lifts the floor with it.
  return { ...run, floor: Math.max(floor, timed(() => parseHtml(html)).ms) };
}

describe('phones under pathological input', () => {
  it('returns well-formed candidates for arbitrary text', () => {
    const chars = fc.constantFrom('0', '1', '7', '9', ' ', '-', '/', '.', '(', ')', '+', '\u2011', '\u2013', 'T', 'e', 'l', 'F', 'a', 'x', ':', '@', '\t');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 200 }), { maxLength: 20 }), (lines) => {
        const html = `<body>${lines.map((l) => `<p>${l.replace(/[<&]/g, ' ')}</p>`).join('')}</body>`;
        for (const c of phonesOf(html)) {
          expect(c.value.e164).toMatch(E164);
          expect(['voice', 'mobile', 'fax']).toContain(c.value.kind);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('parses any run without throwing and yields E.164 only', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const run of findRuns(s)) for (const n of parseRun(run.text, ['DE', 'FR'])) expect(n.e164).toMatch(E164);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['digits', '0123456789'.repeat(1)],
    ['digits with spaces', '0208 / 432880 '],
    ['dots', '...1.2.3'],
    ['dashes', '-\u2011\u2013-0-'],
    ['at signs', '@@ 0171 @'],
    ['labels', 'Tel./Fax: 0 '],
  ])('stays fast on 5 MB of %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const html = `<body><p>${text}</p><div>${text.slice(0, 1_000_000).replace(/ /g, '<br>')}</div></body>`;
    const value = expectAttemptWithinBound(() => timedPhones(html));
    for (const c of value) expect(c.value.e164).toMatch(E164);
  }, 120_000);

  it('stays fast on deeply nested tags and many tel: links', () => {
    const nested = `${'<span>'.repeat(5000)}Tel. 089 1234567${'</span>'.repeat(5000)}`;
    const links = Array.from({ length: 5000 }, (_, i) => `<a href="tel:+49 89 ${1000000 + i}">Fax ${i}</a>`).join('');
    const value = expectAttemptWithinBound(() => timedPhones(`<body>${nested}${links}</body>`));
    expect(value.length).toBeGreaterThan(0);
  });
});
