/**
 * Isotonic regression (pool adjacent violators): the monotone step function that best fits whether
 * candidates at each confidence were right, turned into the piecewise-linear curve the engine applies
 * (src/core/detect/calibration/isotonic.ts). Only the calibration script fits; the extension maps.
 */
import type { Curve, Outcome } from '../../src/core/detect/calibration';

interface Block {
  /** Sum of raw confidences, right answers and count, so blocks pool by simple addition. */
  x: number;
  right: number;
  n: number;
}

/** Probability of a block with one right and one wrong answer added: no claim of 0 or 1 from few cases. */
const smoothed = (b: Block): number => (b.right + 1) / (b.n + 2);

function pool(blocks: Block[], value: (b: Block) => number): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    out.push({ ...b });
    while (out.length > 1 && value(out[out.length - 2]!) >= value(out[out.length - 1]!)) {
      const last = out.pop()!;
      const prev = out[out.length - 1]!;
      prev.x += last.x;
      prev.right += last.right;
      prev.n += last.n;
    }
  }
  return out;
}

/**
 * Fits the curve. Equal confidences form one block; blocks that break monotonicity are pooled, first
 * on the raw share right, then once more on the smoothed share, which a small block can reverse.
 */
export function fitIsotonic(outcomes: readonly Outcome[]): Curve {
  if (!outcomes.length) return [];
  const sorted = [...outcomes].sort((a, b) => a.confidence - b.confidence);
  const blocks: Block[] = [];
  for (const o of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && Math.abs(last.x / last.n - o.confidence) < 1e-9) {
      last.x += o.confidence;
      last.right += o.right ? 1 : 0;
      last.n++;
    } else blocks.push({ x: o.confidence, right: o.right ? 1 : 0, n: 1 });
  }
  const pooled = pool(pool(blocks, (b) => b.right / b.n), smoothed);
  // Blocks whose mean confidences round to one point become one point (pooling neighbours keeps it monotone).
  const merged: Block[] = [];
  for (const b of pooled) {
    const last = merged[merged.length - 1];
    if (last && round(last.x / last.n) === round(b.x / b.n)) {
      last.x += b.x;
      last.right += b.right;
      last.n += b.n;
    } else merged.push({ ...b });
  }
  return merged.map((b) => [round(b.x / b.n), round(smoothed(b))] as const);
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
