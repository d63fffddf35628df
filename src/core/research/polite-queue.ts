/**
 * Politeness for research: a site gets at most `perHost` requests at a time and a pause between
 * them, while up to `maxRunning` requests to different sites run side by side. Pure bookkeeping with
 * the clock passed in, so the rules are tested without waiting; `drainPolitely` runs it.
 */

export interface PolitenessOptions {
  /** Requests in flight across all hosts. */
  maxRunning: number;
  /** Requests in flight to one host (one in bulk research, two for the rep's own research). */
  perHost: number;
  /** Pause after a request to a host before the next one to it starts. */
  gapMs: number;
}

interface Entry<T> {
  host: string;
  item: T;
}

export class PoliteQueue<T> {
  private readonly waiting: Entry<T>[] = [];
  private readonly inFlight = new Map<string, number>();
  /** When each host may be asked again. */
  private readonly freeAt = new Map<string, number>();
  private readonly gapOf = new Map<string, number>();
  private runningCount = 0;

  constructor(private readonly options: PolitenessOptions) {}

  add(host: string, item: T): void {
    this.waiting.push({ host, item });
  }

  /** A site that asks for a longer pause (robots.txt Crawl-delay) gets it, up to `maxMs`. */
  slowDown(host: string, gapMs: number, maxMs = 10_000): void {
    this.gapOf.set(host, Math.min(Math.max(gapMs, this.options.gapMs), maxMs));
  }

  get pending(): number {
    return this.waiting.length;
  }

  get running(): number {
    return this.runningCount;
  }

  private ready(host: string, now: number): boolean {
    return (this.inFlight.get(host) ?? 0) < this.options.perHost && (this.freeAt.get(host) ?? 0) <= now;
  }

  /** The first waiting item that may start at `now`, marked as running; null when none may. */
  next(now: number): Entry<T> | null {
    if (this.runningCount >= this.options.maxRunning) return null;
    const i = this.waiting.findIndex((e) => this.ready(e.host, now));
    if (i < 0) return null;
    const [entry] = this.waiting.splice(i, 1);
    this.inFlight.set(entry!.host, (this.inFlight.get(entry!.host) ?? 0) + 1);
    this.runningCount++;
    return entry!;
  }

  /** A request to `host` ended at `now` (answered, failed or timed out alike). */
  done(host: string, now: number): void {
    const n = this.inFlight.get(host) ?? 0;
    if (n <= 0) throw new Error(`nothing runs for ${host}`);
    if (n === 1) this.inFlight.delete(host);
    else this.inFlight.set(host, n - 1);
    this.runningCount--;
    this.freeAt.set(host, now + (this.gapOf.get(host) ?? this.options.gapMs));
  }

  /**
   * When the next waiting item could start if nothing ends before: the earliest pause to run out
   * among hosts with a free slot; null when nothing waits or every waiting host is busy.
   */
  wakeAt(now: number): number | null {
    if (this.runningCount >= this.options.maxRunning) return null;
    let at: number | null = null;
    for (const e of this.waiting) {
      if ((this.inFlight.get(e.host) ?? 0) >= this.options.perHost) continue;
      const t = Math.max(now, this.freeAt.get(e.host) ?? 0);
      if (at === null || t < at) at = t;
    }
    return at;
  }
}

export interface DrainClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * Runs every queued item through `work` under the queue's rules and resolves when all have ended.
 * `work` must not throw for one item's failure (it records it); `stopped()` ends the run early:
 * nothing new starts, running items finish.
 */
export async function drainPolitely<T>(queue: PoliteQueue<T>, work: (item: T, host: string) => Promise<void>, clock: DrainClock, stopped: () => boolean = () => false): Promise<void> {
  const running = new Set<Promise<void>>();
  for (;;) {
    while (!stopped()) {
      const entry = queue.next(clock.now());
      if (!entry) break;
      const p: Promise<void> = work(entry.item, entry.host).finally(() => {
        queue.done(entry.host, clock.now());
        running.delete(p);
      });
      running.add(p);
    }
    if (stopped() || (queue.pending === 0 && running.size === 0)) break;
    const wake = queue.wakeAt(clock.now());
    if (wake !== null && wake > clock.now() && running.size === 0) await clock.sleep(wake - clock.now());
    else if (wake !== null && wake > clock.now()) await Promise.race([...running, clock.sleep(wake - clock.now())]);
    else if (running.size) await Promise.race(running);
    else if (wake === null) break;
  }
  await Promise.all(running);
}
