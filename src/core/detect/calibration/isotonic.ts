/**
 * The calibration curve the engine applies: a piecewise-linear map from a detector's confidence to
 * the share of values at that confidence that were right. The curve is fitted by the calibration
 * script (scripts/calibration/fit.ts, isotonic regression), which the extension never runs.
 */

/** One candidate the calibration saw: its detector confidence and whether its value was right. */
export interface Outcome {
  confidence: number;
  right: boolean;
}

/** Points [raw confidence, calibrated probability], raw ascending; between them the curve is linear. */
export type Curve = readonly (readonly [number, number])[];

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
