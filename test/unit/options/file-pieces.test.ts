import { describe, expect, it } from 'vitest';
import { pieces } from '../../../src/options/file-pieces';

describe('a file handed over for import in pieces', () => {
  it('joins back to the file, never splitting a character written as a surrogate pair', () => {
    const text = `Firma;Ort\n${'Ä😀b'.repeat(1_000)}`;
    const parts = pieces(text, 7);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => p.length <= 7 && !/[\uD800-\uDBFF]$/.test(p) && !/^[\uDC00-\uDFFF]/.test(p))).toBe(true);
    expect(pieces('', 7)).toEqual(['']);
  });
});
