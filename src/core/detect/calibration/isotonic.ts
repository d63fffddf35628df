/**
 * Isotonic regression (pool adjacent violators): the monotone step function that best fits whether
 * candidates at each confidence were right, turned into a piecewise-linear curve. Pure and small, so
 * the fitting the calibration script does and the mapping the engine applies are one piece of code.
 */

/** One candidate the calibration saw: its detector confidence and whether its value was right. */
export interface Outcome {
  confidence: number;
  right: boolean;
}

/** Points [raw confidence, calibrated probability], raw ascending; between them the curve is linear. */
export type Curve = readonly (readonly [number, number])[];

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

/**
 * The calibrated probability of a raw confidence: linear between the curve's points. Beyond the points
 * the line runs on to 0 at confidence 0 and to 1 at confidence 1, so a field whose candidates were all
 * right at 0.8 does not lend 0.95 to a candidate its detector gave 0.3.
 */
export function applyCurve(curve: Curve, confidence: number): number {
  if (!curve.length) return confidence;
  const points: Curve = [[0, 0], ...curve, [1, 1]];
  const x = Math.min(1, Math.max(0, confidence));
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (x > x1) continue;
    const [x0, y0] = points[i - 1]!;
    return x1 === x0 ? y1 : round(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
  }
  return 1;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
