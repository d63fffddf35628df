import { describe, expect, it } from 'vitest';
import { WARMUP_DELAY_MS, WARMUP_RETRY_MS, WARMUP_ROUNDS, WARMUP_SNAPSHOT, WARMUP_SNAPSHOTS, warmEngine, warmEngineWhenIdle, warmBeforeFirstRun } from '../../../src/background/engine-warmup';
import { detectPage, engineHasRun } from '../../../src/background/engine';
import { acceptSnapshot } from '../../../src/background/snapshot-shape';

describe('the engine warm-up', () => {
  it('is a snapshot the background would accept, and exercises every detector', () => {
    expect(acceptSnapshot(WARMUP_SNAPSHOT)).not.toBeNull();
    const { record } = detectPage(WARMUP_SNAPSHOT);
    expect(record.company?.value.name).toBe('Beispiel Technik GmbH');
    expect(record.phones.length).toBeGreaterThan(0);
    expect(record.faxes.length).toBe(1);
    expect(record.emails.length).toBeGreaterThan(0);
    expect(record.address?.value.city).toBe('Musterstadt');
    expect(record.vatId).not.toBeNull();
    expect(record.register?.value.number).toBe('HRB 12345');
    expect(record.people.map((p) => p.value.name)).toContain('Jonas Lindqvist');
    expect(record.socials.length).toBe(1);
  });

  it('also reads invented pages of other countries and shapes, each a snapshot the background would accept', () => {
    expect(WARMUP_SNAPSHOTS.length).toBeGreaterThan(3);
    const records = WARMUP_SNAPSHOTS.map((s) => {
      expect(acceptSnapshot(s)).not.toBeNull();
      return detectPage(s).record;
    });
    // What the imprint alone never reaches: other countries' numbers and addresses, tax and register formats, people on cards.
    const countries = new Set(records.flatMap((r) => r.phones.map((p) => p.value.e164.slice(0, 3))));
    for (const prefix of ['+49', '+44', '+12', '+64', '+55', '+33', '+34', '+48']) expect(countries).toContain(prefix);
    expect(records.map((r) => r.vatId?.value.slice(0, 2))).toEqual(expect.arrayContaining(['DE', 'GB', 'FR', 'PL']));
    expect(records.filter((r) => r.register).length).toBeGreaterThanOrEqual(4);
    expect(records.filter((r) => r.address?.value.city).length).toBe(WARMUP_SNAPSHOTS.length);
    expect(records.flatMap((r) => r.people.map((p) => p.value.name))).toEqual(expect.arrayContaining(['Jordan Ellison', 'Claire Fontaine']));
  });

  it('waits until no request is being served, then reads one page per task, giving way to requests', () => {
    const timers: { run: () => void; ms: number }[] = [];
    let busy = true;
    const rounds: number[] = [];
    warmEngineWhenIdle(() => busy, (round) => (rounds.push(round), true), (run, ms) => timers.push({ run, ms }));
    expect(timers.map((t) => t.ms)).toEqual([WARMUP_DELAY_MS]);
    timers.shift()!.run();
    timers.shift()!.run();
    expect(rounds).toEqual([]);
    busy = false;
    const next = timers.shift()!;
    expect(next.ms).toBe(WARMUP_RETRY_MS);
    next.run();
    expect(rounds).toEqual([0]);
    busy = true;
    timers.shift()!.run();
    expect(rounds).toEqual([0]);
    busy = false;
    while (timers.length) timers.shift()!.run();
    expect(rounds).toEqual(Array.from({ length: WARMUP_ROUNDS * WARMUP_SNAPSHOTS.length }, (_, i) => i));
  });

  it('stops at the first page the engine fails on', () => {
    const timers: (() => void)[] = [];
    const steps: number[] = [];
    warmEngineWhenIdle(() => false, (step) => (steps.push(step), step < 2), (run) => timers.push(run));
    while (timers.length) timers.shift()!();
    expect(steps).toEqual([0, 1, 2]);
    expect(warmEngine(WARMUP_SNAPSHOTS.length)).toBe(true);
  });

  it('runs the invented imprint before the first run of the engine only, and says how long it took', () => {
    const steps: number[] = [];
    const warm = (step: number) => (steps.push(step), true);
    let clock = 10;
    expect(warmBeforeFirstRun((step) => ((clock += 40), warm(step)), () => false, () => clock)).toBe(40);
    expect(steps).toEqual([0]);
    expect(warmBeforeFirstRun(warm, () => true, () => clock)).toBe(0);
    expect(steps).toEqual([0]);
  });

  it('knows when the engine has run in this context', () => {
    detectPage(WARMUP_SNAPSHOT);
    expect(engineHasRun()).toBe(true);
  });
});
