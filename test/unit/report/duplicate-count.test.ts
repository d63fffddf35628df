/**
 * Numbering join keys: equal keys get one number, different keys different ones, also when their
 * hashes are equal ("email:x884409@a.de" and "email:x1908302@a.de" share their 32-bit FNV-1a hash).
 */
import { describe, expect, it } from 'vitest';
import { keyNumbers } from '../../../src/core/report/duplicate-count';

/** Whether two numberings split the keys alike. */
function sameClasses(keys: readonly string[], ids: Int32Array): boolean {
  return keys.every((k, i) => keys.every((other, j) => (k === other) === (ids[i] === ids[j])));
}

describe('keyNumbers', () => {
  it('numbers equal keys alike and different keys apart, 0 … distinct - 1', () => {
    const keys = ['phone:+4989', 'email:a@b.de', 'phone:+4989', 'company:b.de', 'email:a@b.de', 'email:A@b.de'];
    const { ids, distinct } = keyNumbers(keys);
    expect(distinct).toBe(4);
    expect([...new Set(ids)].sort()).toEqual([0, 1, 2, 3]);
    expect(sameClasses(keys, ids)).toBe(true);
  });

  it('tells apart keys whose hashes collide', () => {
    const keys = ['email:x884409@a.de', 'email:x1908302@a.de', 'email:x884409@a.de', 'phone:1', 'email:x1908302@a.de'];
    const { ids, distinct } = keyNumbers(keys);
    expect(distinct).toBe(3);
    expect(sameClasses(keys, ids)).toBe(true);
  });

  it('numbers many keys as a Map of their texts would', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `phone:+49${(i * 7919) % 1_301}`);
    const { ids, distinct } = keyNumbers(keys);
    expect(distinct).toBe(new Set(keys).size);
    const first = new Map<string, number>();
    keys.forEach((k, i) => first.set(k, first.get(k) ?? ids[i]!));
    expect(keys.every((k, i) => first.get(k) === ids[i])).toBe(true);
    expect(new Set(first.values()).size).toBe(distinct);
  });
});
