import { describe, expect, it } from 'vitest';
import { IMPORT_CHUNK, chunk, sendInChunks } from '../../../src/options/chunks';

describe('chunk', () => {
  it('splits into pieces of at most 2000, in order, without losing any', () => {
    const items = Array.from({ length: 4501 }, (_, i) => i);
    const parts = chunk(items);
    expect(parts.map((p) => p.length)).toEqual([2000, 2000, 501]);
    expect(parts.flat()).toEqual(items);
    expect(IMPORT_CHUNK).toBeLessThanOrEqual(5000);
  });

  it('handles empty input and exact multiples', () => {
    expect(chunk([])).toEqual([]);
    expect(chunk([1, 2, 3, 4], 2)).toEqual([[1, 2], [3, 4]]);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
  });
});

describe('sendInChunks', () => {
  it('sends in order and reports progress after each chunk', async () => {
    const sent: number[][] = [];
    const progress: [number, number][] = [];
    await sendInChunks([1, 2, 3, 4, 5], async (part) => { sent.push(part); return part.length; }, (d, t) => progress.push([d, t]), 2);
    expect(sent).toEqual([[1, 2], [3, 4], [5]]);
    expect(progress).toEqual([[0, 5], [2, 5], [4, 5], [5, 5]]);
  });

  it('stops at the first failing chunk', async () => {
    const sent: number[][] = [];
    await expect(sendInChunks([1, 2, 3, 4], async (part) => {
      if (part[0] === 3) throw new Error('quota');
      sent.push(part);
    }, () => {}, 2)).rejects.toThrow('quota');
    expect(sent).toEqual([[1, 2]]);
  });
});
