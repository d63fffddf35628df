import type { CountryCode } from './detectors/phones/phone-lib';
import type { Page } from './page';
import type { AnyCandidate } from './types';

/** What earlier detectors found, for detectors that read values in relation to others. */
export interface DetectContext {
  /** Default country for numbers written without +prefix; undefined when the page does not tell. */
  country: CountryCode | undefined;
  /** Candidates of the detectors that ran before this one. */
  found: readonly AnyCandidate[];
}

/** One detector per file; the engine runs them in the order of `detectors/index.ts`. */
export interface Detector {
  id: string;
  detect(page: Page, ctx: DetectContext): AnyCandidate[];
}

/** Candidates at or above this confidence make it into the best record. */
export const ACCEPT = 0.5;

export function shorten(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
