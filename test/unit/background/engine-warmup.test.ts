import { describe, expect, it } from 'vitest';
import { WARMUP_DELAY_MS, WARMUP_RETRY_MS, WARMUP_SNAPSHOT, warmEngineWhenIdle } from '../../../src/background/engine-warmup';
import { detectPage } from '../../../src/background/engine';
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

  it('waits until no request is being served', () => {
    const timers: { run: () => void; ms: number }[] = [];
    let busy = true;
    let warmed = 0;
    warmEngineWhenIdle(() => busy, () => warmed++, (run, ms) => timers.push({ run, ms }));
    expect(timers.map((t) => t.ms)).toEqual([WARMUP_DELAY_MS]);
    timers.shift()!.run();
    timers.shift()!.run();
    expect(warmed).toBe(0);
    busy = false;
    const next = timers.shift()!;
    expect(next.ms).toBe(WARMUP_RETRY_MS);
    next.run();
    expect(warmed).toBe(1);
    expect(timers).toEqual([]);
  });
});
