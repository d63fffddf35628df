import { describe, expect, it } from 'vitest';
import { expectAttemptWithinBound } from '../../support/time-bound';

describe('expectAttemptWithinBound', () => {
  it('fails a reader that is over its bound on every attempt, as a super-linear one is', () => {
    let attempts = 0;
    const slow = () => {
      attempts++;
      return { ms: 500, floor: 10, value: 'x' };
    };
    expect(() => expectAttemptWithinBound(slow, { ms: 100 })).toThrow(/500 ms; floor/);
    expect(attempts).toBe(3);
  });

  it('takes the reading anew when one attempt was over, and keeps the value of the one that held', () => {
    const readings = [
      { ms: 900, floor: 10, value: 'spike' },
      { ms: 40, floor: 10, value: 'held' },
    ];
    let attempts = 0;
    expect(expectAttemptWithinBound(() => readings[attempts++]!, { ms: 100 })).toBe('held');
    expect(attempts).toBe(2);
  });

  it('allows four floors when the machine is slower than the bound in milliseconds', () => {
    expect(expectAttemptWithinBound(() => ({ ms: 350, floor: 100, value: 1 }), { ms: 100 })).toBe(1);
  });
});
