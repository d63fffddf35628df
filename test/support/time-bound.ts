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

/** One timed reading: how long the reader took, the floor taken beside it, and what it returned. */
export interface TimedAttempt<T> {
  ms: number;
  floor: number;
  value: T;
}

/** Attempts a bound gets: a load spike on the shared cores rarely lands on three in a row; a super-linear reader fails all. */
const ATTEMPTS = 3;

/**
 * Holds a reading against its bound, taking it anew (up to three times) while it is over: only the machine's
 * load differs between attempts, so an over-bound figure that a second attempt does not repeat was the load's.
 */
export function expectAttemptWithinBound<T>(attempt: () => TimedAttempt<T>, bound: { ms: number; floors?: number } = { ms: 1500 }): T {
  let last = attempt();
  for (let i = 1; i < ATTEMPTS && last.ms >= Math.max(bound.ms, (bound.floors ?? 4) * last.floor); i++) last = attempt();
  expectWithinBound(last.ms, last.floor, bound);
  return last.value;
}

/**
 * Times `run` between two floors of the same page and holds it against the larger one, so a load spike
 * that lands on the timed run alone (others' tests, a browser starting) lifts its floor with it.
 */
export function expectRunWithinBound<T>(html: string, run: () => T, bound?: { ms: number; floors?: number }): T {
  return expectAttemptWithinBound(() => {
    const before = parseFloorMs(html);
    const started = performance.now();
    const value = run();
    const ms = performance.now() - started;
    return { ms, floor: Math.max(before, parseFloorMs(html)), value };
  }, bound);
}

function timedMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * For readers whose floor is not parsing (a JSON-LD block is one text node to the HTML parser): a
 * linear `floorRun` over the same input (parsing and re-serialising the block) is the floor. Floor and
 * reader are timed in turns (floor, reader, floor, reader, floor) and each one's fastest run counts, so
 * a load spike that lands on one run does not decide; a busy machine slows both alike, as both are
 * single-threaded CPU work. A super-linear reader outgrows any small multiple of the floor. Each runs
 * once untimed first, so compiling the code is no part of either.
 */
export function expectWithinWorkFloor<T>(run: () => T, floorRun: () => unknown, bound: { factor: number }): T {
  floorRun();
  let value = run();
  const floors = [timedMs(floorRun)];
  const reads: number[] = [];
  for (let i = 0; i < 2; i++) {
    reads.push(timedMs(() => (value = run())));
    floors.push(timedMs(floorRun));
  }
  const elapsed = Math.min(...reads);
  const floor = Math.min(...floors);
  expect(elapsed, `${elapsed.toFixed(0)} ms; floor (linear work on the same input) ${floor.toFixed(0)} ms`).toBeLessThan(bound.factor * floor);
  return value;
}
