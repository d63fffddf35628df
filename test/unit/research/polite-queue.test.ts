import { describe, expect, it } from 'vitest';
import { drainPolitely, PoliteQueue } from '../../../src/core/research/polite-queue';

describe('PoliteQueue', () => {
  it('runs one request per host at a time and several hosts side by side', () => {
    const q = new PoliteQueue<string>({ maxRunning: 2, perHost: 1, gapMs: 0 });
    for (const [h, i] of [['a', 'a1'], ['a', 'a2'], ['b', 'b1'], ['c', 'c1']]) q.add(h!, i!);
    expect(q.next(0)?.item).toBe('a1');
    expect(q.next(0)?.item).toBe('b1');
    expect(q.next(0)).toBeNull(); // two running
    q.done('a', 5);
    // Queue order among the hosts that are free: a2 was added before c1.
    expect(q.next(5)?.item).toBe('a2');
    q.done('b', 6);
    expect(q.next(6)?.item).toBe('c1');
    expect(q.pending).toBe(0);
    expect(q.running).toBe(2);
  });

  it('pauses between requests to one host and says when the next may start', () => {
    const q = new PoliteQueue<number>({ maxRunning: 3, perHost: 1, gapMs: 100 });
    q.add('a', 1);
    q.add('a', 2);
    expect(q.next(0)?.item).toBe(1);
    expect(q.wakeAt(0)).toBeNull(); // a is busy
    q.done('a', 50);
    expect(q.next(100)).toBeNull();
    expect(q.wakeAt(100)).toBe(150);
    expect(q.next(150)?.item).toBe(2);
  });

  it('lets a host ask for a longer pause, within a cap', () => {
    const q = new PoliteQueue<number>({ maxRunning: 1, perHost: 1, gapMs: 10 });
    q.slowDown('a', 60_000, 2_000);
    q.add('a', 1);
    q.add('a', 2);
    q.next(0);
    q.done('a', 0);
    expect(q.wakeAt(0)).toBe(2_000);
  });

  it('allows two at a time to one host when asked (the rep waiting on the popup)', () => {
    const q = new PoliteQueue<number>({ maxRunning: 2, perHost: 2, gapMs: 0 });
    [1, 2, 3].forEach((n) => q.add('a', n));
    expect([q.next(0)?.item, q.next(0)?.item, q.next(0)]).toEqual([1, 2, null]);
  });

  it('refuses to end what never started', () => {
    expect(() => new PoliteQueue({ maxRunning: 1, perHost: 1, gapMs: 0 }).done('x', 0)).toThrow();
  });
});

describe('drainPolitely', () => {
  it('never has two requests to one host in flight and never more than maxRunning', async () => {
    const q = new PoliteQueue<string>({ maxRunning: 3, perHost: 1, gapMs: 5 });
    const hosts = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 20; i++) q.add(hosts[i % hosts.length]!, `${hosts[i % hosts.length]}${i}`);
    const inFlight = new Map<string, number>();
    let total = 0;
    let maxTotal = 0;
    const done: string[] = [];
    let clock = 0;
    await drainPolitely(
      q,
      async (item, host) => {
        inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
        total++;
        maxTotal = Math.max(maxTotal, total);
        expect(inFlight.get(host)).toBe(1);
        await new Promise((r) => setTimeout(r, 1 + (item.length % 3)));
        clock += 2;
        inFlight.set(host, inFlight.get(host)! - 1);
        total--;
        done.push(item);
      },
      { now: () => clock, sleep: async (ms) => void (clock += ms) },
    );
    expect(done).toHaveLength(20);
    expect(new Set(done).size).toBe(20);
    expect(maxTotal).toBe(3);
  });

  it('starts nothing new once stopped and lets running work end', async () => {
    const q = new PoliteQueue<number>({ maxRunning: 1, perHost: 1, gapMs: 0 });
    [1, 2, 3].forEach((n) => q.add(String(n), n));
    const done: number[] = [];
    let stop = false;
    await drainPolitely(
      q,
      async (n) => {
        await Promise.resolve();
        done.push(n);
        stop = true;
      },
      { now: () => 0, sleep: async () => {} },
      () => stop,
    );
    expect(done).toEqual([1]);
    expect(q.pending).toBe(2);
  });
});
