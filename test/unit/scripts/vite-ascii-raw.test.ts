import { describe, expect, it } from 'vitest';
import { asciiRawTemplates } from '../../../scripts/vite-ascii-raw';

/** The value of `code`'s last expression, with `x` in scope. */
const run = (code: string): unknown => new Function('x', `return (${code});`)('X');

describe('String.raw templates in ASCII', () => {
  it.each([
    'String.raw`gesch(?:[äa]|ae)ftsf(?:[üu]|ue)hrer`',
    'String.raw`a\\ä b\\\\ä c`',
    'String.raw`é${x}ø😀${x}`',
    '[String.raw`\\bpr[äaée]sident`, "Straße", `ß${x}`]',
  ])('gives the same value, written in ASCII: %s', (code) => {
    const out = asciiRawTemplates(code);
    expect(run(out)).toEqual(run(code));
    expect(/String\.raw`[^`]*[\u0080-\uffff]/.test(out)).toBe(false);
  });

  it('leaves every other template and string alone', () => {
    const code = 'tag`ä${x}` + `ü` + "ö" + other.raw`é`';
    expect(asciiRawTemplates(code)).toBe(code);
    expect(asciiRawTemplates('String.raw`plain ascii`')).toBe('String.raw`plain ascii`');
  });

  it('finds the templates after non-ASCII text elsewhere in the code', () => {
    const code = 'const a = "ÄÖÜ"; const r = String.raw`[äa]`; r';
    const out = asciiRawTemplates(code);
    expect(out).toContain('String.raw`[${"\\u00e4"}a]`');
    expect(new Function(`${out.replace(/; r$/, '')}; return r;`)()).toBe('[äa]');
  });
});
