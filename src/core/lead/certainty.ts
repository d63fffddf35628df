/**
 * Whether a found value is shown as a fact or as a suggestion to check. The engine's confidences are
 * calibrated (core/detect/calibration): 0.8 means values like it were right about 8 times in 10.
 */

/** From this calibrated confidence on, a found value is shown as a fact. */
export const FACT_FROM = 0.8;

export type Certainty = 'fact' | 'suggestion';

export function certaintyOf(confidence: number): Certainty {
  return confidence >= FACT_FROM ? 'fact' : 'suggestion';
}

/** "About N in 10": how often values at this confidence were right, for the marker's hint. */
export function rightInTen(confidence: number): number {
  return Math.max(0, Math.min(10, Math.round(confidence * 10)));
}
