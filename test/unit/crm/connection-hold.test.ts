/**
 * The connection hold's rules (core/crm/connection-hold.ts) and what it does to the outbox's pure
 * decisions: when a worker looks again, and the push state the rep sees.
 */
import { describe, expect, it } from 'vitest';
import { dueUnderHold, extendHold, holdReason, isHeld } from '../../../src/core/crm/connection-hold';
import { newEntry, nextWake, pushState } from '../../../src/core/crm/outbox-rules';
import { appError } from '../../../src/core/errors';

const NOW = 1_800_000_000_000;
const limited = (s: number) => appError('crm-rate-limited', { retryAfterSeconds: s });

describe('a connection hold', () => {
  it('holds until its end, not at or after it', () => {
    const hold = { connectionId: 'pd', until: NOW + 2_000, reason: limited(2), since: NOW };
    expect(isHeld(hold, NOW + 1_999)).toBe(true);
    expect(isHeld(hold, NOW + 2_000)).toBe(false);
    expect(isHeld(undefined, NOW)).toBe(false);
    expect(dueUnderHold(NOW, hold, NOW)).toBe(NOW + 2_000);
    expect(dueUnderHold(NOW + 5_000, hold, NOW)).toBe(NOW + 5_000);
    expect(dueUnderHold(NOW, hold, NOW + 3_000)).toBe(NOW);
  });

  it('is extended by a longer wait with its reason, kept by a shorter one, and starts anew after it ended', () => {
    const hold = extendHold(undefined, 'pd', NOW + 2_000, limited(2), NOW);
    expect(hold).toEqual({ connectionId: 'pd', until: NOW + 2_000, reason: limited(2), since: NOW });
    expect(extendHold(hold, 'pd', NOW + 1_000, limited(1), NOW + 500)).toBe(hold);
    const day = appError('crm-quota-exhausted', { retryAfterSeconds: 3_600 });
    expect(extendHold(hold, 'pd', NOW + 3_600_000, day, NOW + 500)).toEqual({ connectionId: 'pd', until: NOW + 3_600_000, reason: day, since: NOW });
    expect(extendHold(hold, 'pd', NOW + 9_000, limited(1), NOW + 8_000)).toEqual({ connectionId: 'pd', until: NOW + 9_000, reason: limited(1), since: NOW + 8_000 });
  });

  it('names a spent day budget or a burst window when the answer itself was no 429', () => {
    expect(holdReason({ waitUntil: null, pausedUntil: NOW + 60_000 }, NOW + 60_000, NOW)).toEqual(appError('crm-quota-exhausted', { retryAfterSeconds: 60 }));
    expect(holdReason({ waitUntil: NOW + 1_500, pausedUntil: null }, NOW + 1_500, NOW)).toEqual(limited(2));
    expect(holdReason(null, NOW + 100, NOW)).toEqual(limited(1));
  });
});

describe('the outbox under a hold', () => {
  const hold = { connectionId: 'pd', until: NOW + 30_000, reason: limited(30), since: NOW };
  const holdOf = (id: string) => (id === 'pd' ? hold : undefined);

  it('wakes at the hold\'s end for a held connection\'s due rows, and at once for another connection\'s', () => {
    expect(nextWake([newEntry('pd', 'a', NOW, false)], NOW, holdOf)).toBe(NOW + 30_000);
    expect(nextWake([newEntry('pd', 'a', NOW + 40_000, false)], NOW, holdOf)).toBe(NOW + 40_000);
    expect(nextWake([newEntry('pd', 'a', NOW, false), newEntry('hs', 'a', NOW + 5, false)], NOW, holdOf)).toBe(NOW + 5);
    expect(nextWake([newEntry('pd', 'a', NOW, false)], NOW)).toBe(NOW);
  });

  it('shows a held lead as retrying at the hold\'s end, with its own last error or else the hold\'s reason', () => {
    const fresh = newEntry('pd', 'a', NOW, false);
    expect(pushState('pd', fresh, undefined, hold, NOW)).toEqual({ connectionId: 'pd', state: 'retrying', nextAttemptAt: NOW + 30_000, lastError: limited(30) });
    const failed = { ...fresh, attempts: 1, lastError: appError('crm-unavailable', { status: 503 }) };
    expect(pushState('pd', failed, undefined, hold, NOW)).toMatchObject({ state: 'retrying', lastError: { code: 'crm-unavailable' } });
    expect(pushState('pd', fresh, undefined, hold, NOW + 30_000)).toEqual({ connectionId: 'pd', state: 'pending' });
    expect(pushState('pd', { ...fresh, state: 'attention' }, undefined, hold, NOW).state).toBe('attention');
  });
});
