import { describe, expect, it } from 'vitest';
import { WARMUP_SNAPSHOT } from '../../../src/background/engine-warmup';
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
});
