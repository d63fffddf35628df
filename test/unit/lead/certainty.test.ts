import { describe, expect, it } from 'vitest';
import { certaintyOf, FACT_FROM, rightInTen } from '../../../src/core/lead/certainty';

describe('certainty of a found value', () => {
  it('is a fact from the calibrated 0.8 on and a suggestion below', () => {
    expect(certaintyOf(FACT_FROM)).toBe('fact');
    expect(certaintyOf(0.97)).toBe('fact');
    expect(certaintyOf(0.79)).toBe('suggestion');
    expect(rightInTen(0.64)).toBe(6);
  });
});
