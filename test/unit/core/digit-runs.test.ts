import { describe, expect, it } from 'vitest';
import { isCountingRun, isRepeatedDigit } from '../../../src/core/text/digit-runs';

describe('digit runs that only templates print', () => {
  it('finds one digit repeated, from the length asked', () => {
    expect(isRepeatedDigit('0000000', 7)).toBe(true);
    expect(isRepeatedDigit('000000', 7)).toBe(false);
    expect(isRepeatedDigit('5555505', 5)).toBe(false);
  });

  it('finds digits counted up or down, across 9 to 0, from the length asked', () => {
    for (const run of ['12345678', '0123456789', '78901234', '98765432', '21098765']) expect(isCountingRun(run, 8)).toBe(true);
    expect(isCountingRun('1234567', 8)).toBe(false);
    // Real register numbers and SIRENs that merely contain a run.
    for (const real of ['04817263', '482731650', '0000123456', '123456785']) expect(isCountingRun(real, 8)).toBe(false);
  });
});
