import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { registerDetector } from '../../../src/core/detect/detectors/register';
import { vatIdDetector } from '../../../src/core/detect/detectors/vat-id';
import { checkVat } from '../../../src/core/detect/detectors/vat-id/checksums';
import type { AnyCandidate } from '../../../src/core/detect/types';
import { pageOf } from '../../support/detect';
import { expectRunWithinBound } from '../../support/time-bound';

const detectors = [vatIdDetector, registerDetector, peopleDetector];

function runAll(body: string): AnyCandidate[] {
  const page = pageOf(body);
  const found: AnyCandidate[] = [];
  for (const d of detectors) found.push(...d.detect(page, { country: 'DE', found }));
  return found;
}

function assertWellFormed(all: AnyCandidate[]) {
  for (const c of all) {
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    if (c.field === 'vatId') expect(c.value).toMatch(/^[A-Z0-9]{8,16}$/);
    if (c.field === 'register') expect(c.value.number.length).toBeLessThan(40);
    if (c.field === 'person') {
      expect(c.value.name.length).toBeLessThanOrEqual(60);
      expect(c.value.name).not.toMatch(/[\d@<>]/);
    }
  }
}

const PIECES = ['USt-IdNr.: ', 'DE', '276418357', 'HRB ', 'FN ', 'Geschäftsführer: ', 'Max ', 'Berg', ', ', ' und ', '@', '.', '-', '1', ' ', '<b>', '</b>', '<br>', '<p>', '</p>', 'Vertreten durch', 'RCS Paris ', 'KvK ', ':', 'CHE-', '§ 5 TMG'];

describe('vat, register and people detectors on hostile input', () => {
  it('return well-formed values for random markup made of label fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), (parts) => {
        assertWellFormed(runAll(parts.join('')));
      }),
      { numRuns: 200 },
    );
  });

  it('never accept an unlabelled id with a wrong check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (digits) => {
        const vat = `DE${digits}`;
        const got = vatIdDetector.detect(pageOf(`<p>Muster GmbH ${vat}</p>`), { country: undefined, found: [] });
        if (checkVat(vat) !== 'valid') expect(got).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['digits', '7'.repeat(5_000_000)],
    ['dots', '.'.repeat(5_000_000)],
    ['at signs', '@'.repeat(5_000_000)],
    ['dashes', '-'.repeat(5_000_000)],
    ['label runs', 'USt-IdNr. DE 1 '.repeat(300_000)],
    ['names', 'Geschäftsführer: Max Berg, '.repeat(200_000)],
    ['register runs', 'HRB 1 2 3 4 5 6 7 8 9 '.repeat(200_000)],
  ])('stay fast on 5 MB of %s', (_, text) => {
    const html = `<p>${text}</p>`;
    assertWellFormed(expectRunWithinBound(html, () => runAll(html)));
  }, 120_000);

  it.each([
    ['digit lines', '7'.repeat(3_999)],
    ['label lines', 'USt-IdNr. DE 1 HRB 2 Geschäftsführer: Max Berg, '.repeat(80)],
    ['name lines', 'Anna Berg, '.repeat(360)],
  ])('stay fast on 5 MB of long %s', (_, line) => {
    const body = `<p>${line}</p>`.repeat(Math.ceil(5_000_000 / line.length));
    const page = pageOf(body);
    const found = expectRunWithinBound(body, () => {
      const out: AnyCandidate[] = [];
      for (const d of detectors) out.push(...d.detect(page, { country: 'DE', found: out }));
      return out;
    });
    assertWellFormed(found);
  }, 120_000);

  it('stay fast on many short lines and deep nesting', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `<p>${i % 2 ? 'Geschäftsführung:' : 'Max Berg'}</p>`).join('');
    const nested = `${'<div><span>'.repeat(2_000)}Inhaber: Max Berg${'</span></div>'.repeat(2_000)}`;
    for (const body of [lines, nested]) assertWellFormed(expectRunWithinBound(body, () => runAll(body)));
  });
});
