import { describe, expect, it } from 'vitest';
import { FirstInOrder } from '../../../src/core/lead/first-in-order';

/** A small deterministic generator, so a failure can be replayed. */
function numbers(seed: number, n: number, range: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % range;
  });
}

describe('the first k items in an order', () => {
  it('are the first k of the whole stream sorted, ties included', () => {
    const byValue = (a: { v: number; i: number }, b: { v: number; i: number }) => a.v - b.v || a.i - b.i;
    for (const [seed, n, range, k] of [[1, 1000, 50, 10], [2, 500, 1000, 499], [3, 30, 5, 100], [4, 2000, 3, 1]] as const) {
      const items = numbers(seed, n, range).map((v, i) => ({ v, i }));
      const first = new FirstInOrder(k, byValue);
      for (const item of items) first.add(item);
      expect(first.sorted()).toEqual([...items].sort(byValue).slice(0, k));
    }
  });

  it('tell which item a newcomer must come before, once k are kept', () => {
    const first = new FirstInOrder<number>(2, (a, b) => a - b);
    first.add(5);
    expect(first.last).toBeUndefined();
    first.add(9);
    first.add(1);
    expect(first.last).toBe(5);
    expect(new FirstInOrder<number>(0, (a, b) => a - b).sorted()).toEqual([]);
  });
});
