import { describe, expect, it } from 'vitest';
import { ALARM_SLACK_MS, wakeAt } from '../../../src/background/jobs/wake-alarm';
import { fakeAlarms } from '../background/fake-context';

describe('wakeAt', () => {
  it('sets the alarm just past the moment asked for, so a lease ending then has expired', async () => {
    const { api, set } = fakeAlarms();
    await wakeAt(api, 'outbox', 50_000, 10_000);
    expect(set.get('outbox')).toBe(50_000 + ALARM_SLACK_MS);
  });

  it('never asks for a moment in the past, and clears the alarm when nothing is due', async () => {
    const { api, set } = fakeAlarms();
    await wakeAt(api, 'jobs', 5_000, 10_000);
    expect(set.get('jobs')).toBe(10_000 + ALARM_SLACK_MS);
    await wakeAt(api, 'jobs', null, 10_000);
    expect(set.has('jobs')).toBe(false);
  });
});
