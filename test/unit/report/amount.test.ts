import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/report/amount';

describe('an amount typed by the rep', () => {
  it('reads German and English decimals and thousands', () => {
    expect(parseAmount('1.250,50')).toBe(1250.5);
    expect(parseAmount('1,250.50')).toBe(1250.5);
    expect(parseAmount('400')).toBe(400);
    expect(parseAmount(' 12,5 ')).toBe(12.5);
    expect(parseAmount('3 000')).toBe(3000);
  });

  it('takes nothing as no cost and refuses what is no amount', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-5')).toBeUndefined();
    expect(parseAmount('abc')).toBeUndefined();
  });
});
