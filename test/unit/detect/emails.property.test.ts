import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailsDetector } from '../../../src/core/detect/detectors/emails';
import { socialsDetector } from '../../../src/core/detect/detectors/socials';
import { websiteDetector } from '../../../src/core/detect/detectors/website';
import { emailsInText } from '../../../src/core/detect/detectors/emails/text';
import { assembledStrings } from '../../../src/core/detect/detectors/emails/script-strings';
import { readPage } from '../../support/detect';
import { parseHtml } from '../../../src/node/parse-html';
import { expectRunWithinBound } from '../../support/time-bound';

const EMAIL_SHAPE = /^[a-z0-9][\w.%+-]*@[a-z0-9.-]+\.[a-z]{2,24}$/;

function runAll(html: string) {
  const page = readPage(parseHtml(html), 'https://www.firma.de/kontakt');
  const found = [...emailsDetector.detect(page, { country: undefined, found: [] })];
  found.push(...websiteDetector.detect(page, { country: undefined, found }));
  found.push(...socialsDetector.detect(page, { country: undefined, found }));
  return found;
}

const nasty = fc.constantFrom('@', '.', '-', '[at]', '(dot)', ' at ', ' dot ', 'a', '1', ' ', '<i>@</i>', '<b>', '</b>', 'x.de', '@@', '..', '__');

describe('e-mail text reading (property)', () => {
  it('returns only well-formed lower-case addresses for any text', () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 200 }).map((a) => a.join('')), (text) => {
        for (const e of emailsInText(text)) expect(e.email).toMatch(EMAIL_SHAPE);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a long line of dots, @ and dashes', () => {
    for (const unit of ['@', '.', '-', 'a@', '@.', 'a.', ' at ', '(at)', 'a@b.', '1']) {
      const line = unit.repeat(Math.ceil(4000 / unit.length)).slice(0, 4000);
      const t = performance.now();
      emailsInText(line);
      expect(performance.now() - t).toBeLessThan(200);
    }
  });

  it('reads a script of any shape without running it, in bounded time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("'", '"', '`', '+', '=', 'a', '@', ';', 'var ', '\\', '/*', '//', '\n', 'String.fromCharCode(', ')', '64', ','), { maxLength: 300 }).map((a) => a.join('')), (src) => {
        const out = assembledStrings(src);
        expect(Array.isArray(out)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('e-mail / website / socials detectors on hostile pages (property)', () => {
  it('handle 5 MB of text in bounded time with valid output', () => {
    const chunk = '<p>' + 'info@'.repeat(200) + ' 0123456789'.repeat(50) + ' [at] (dot) ' + '.-@'.repeat(300) + '</p>';
    const html = `<html><body>${chunk.repeat(Math.ceil(5_000_000 / chunk.length))}</body></html>`;
    const found = expectRunWithinBound(html, () => runAll(html));
    for (const c of found) if (c.field === 'email') expect(c.value).toMatch(EMAIL_SHAPE);
  }, 120_000);

  it('handle deeply nested tags and many links', () => {
    const nested = '<span>'.repeat(3000) + 'a<i>@</i>b.de' + '</span>'.repeat(3000);
    const links = Array.from({ length: 3000 }, (_, i) => `<a href="https://www.facebook.com/p${i}">f</a><a href="mailto:x${i}@firma.de">m</a>`).join('');
    const html = `<html><body><div>${nested}</div><footer>${links}</footer></body></html>`;
    const found = expectRunWithinBound(html, () => runAll(html));
    for (const c of found) {
      if (c.field === 'social') expect((c.value as { url: string }).url).toMatch(/^https:\/\/[a-z0-9.-]+\/\S*$/);
      if (c.field === 'website') expect(c.value).toMatch(/^https?:\/\/[^/\s]+/);
    }
  }, 120_000);

  it('never throws on random markup', () => {
    const piece = fc.constantFrom('<a href="mailto:', '">', '</a>', '<a href="https://twitter.com/', 'x', '@', '.de', '<script>var a=\'i\'+\'@\'+\'b.de\';</script>', '<span data-user="a" data-domain="b.de">', '</span>', '<h2>Webdesign</h2>', '<footer>', '</footer>', '<img alt="@">');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((a) => a.join('')), (html) => {
        expect(() => runAll(`<html><body>${html}</body></html>`)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
