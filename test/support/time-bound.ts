/**
 * Time bounds that mean the same on a quiet and on a busy machine. A bound in milliseconds alone fails
 * when other work shares the two cores, so each timing is held against a floor taken in the same moment:
 * parsing the same HTML, which is linear in its size and which every detection run needs anyway. A reader
 * that turned super-linear blows through any small multiple of that floor.
 */
import { expect } from 'vitest';
import { parseHtml } from '../../src/node/parse-html';

/** How long parsing `html` takes now, in ms. */
export function parseFloorMs(html: string): number {
  const started = performance.now();
  parseHtml(html);
  return performance.now() - started;
}

/** At most `ms` milliseconds, or `floors` times the floor when the machine is slower than that now. */
export function expectWithinBound(elapsedMs: number, floorMs: number, bound: { ms: number; floors?: number } = { ms: 1500 }): void {
  const limit = Math.max(bound.ms, (bound.floors ?? 4) * floorMs);
  expect(elapsedMs, `${elapsedMs.toFixed(0)} ms; floor (parsing the same page) ${floorMs.toFixed(0)} ms`).toBeLessThan(limit);
}

/**
 * Times `run` between two floors of the same page and holds it against the larger one, so a load spike
 * that lands on the timed run alone (others' tests, a browser starting) lifts its floor with it.
 */
export function expectRunWithinBound<T>(html: string, run: () => T, bound?: { ms: number; floors?: number }): T {
  const before = parseFloorMs(html);
  const started = performance.now();
  const value = run();
  const elapsed = performance.now() - started;
  expectWithinBound(elapsed, Math.max(before, parseFloorMs(html)), bound);
  return value;
}
