import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_BACKOFF, planRetry } from '../../../src/core/crm/backoff';
import { failureAction } from '../../../src/core/crm/classify';
import { crmHttpError } from '../../../src/core/crm/http-errors';
import { idempotencyKey } from '../../../src/core/crm/idempotency';
import { nextUtcMidnight, readRateLimit } from '../../../src/core/crm/rate-limit';
import { checkSigningSecret, checkWebhookUrl } from '../../../src/core/crm/webhook-event';
import { appError } from '../../../src/core/errors';

const NOW = Date.UTC(2026, 11, 4, 17, 0, 0);
const headers = (h: Record<string, string>) => (name: string) => h[name.toLowerCase()] ?? null;

describe('error classification', () => {
  it.each([
    [0, 'retryable'], [408, 'retryable'], [409, 'retryable'], [429, 'retryable'], [500, 'retryable'], [503, 'retryable'],
    [401, 'reauthenticate'], [403, 'needs-rep'], [400, 'needs-rep'], [422, 'needs-rep'], [300, 'needs-rep'], [404, 'needs-rep'],
  ] as const)('HTTP %i → %s', (status, action) => {
    const error = status === 0 ? appError('crm-unreachable') : crmHttpError(status, null, NOW)!;
    expect(failureAction(error)).toBe(action);
  });

  it('a spent daily budget pauses, a refused webhook signature asks to reconnect, a timeout retries', () => {
    expect(failureAction(appError('crm-quota-exhausted', { retryAfterSeconds: null }))).toBe('pause');
    expect(failureAction(appError('crm-signature-refused'))).toBe('reauthenticate');
    expect(failureAction(appError('crm-timeout'))).toBe('retryable');
    expect(failureAction(appError('crm-duplicate'))).toBe('needs-rep');
  });
});

describe('backoff with jitter', () => {
  const policy = { baseMs: 1_000, capMs: 60_000 };
  it('doubles per attempt within [step/2, step], capped', () => {
    for (const [attempt, step] of [[1, 1_000], [2, 2_000], [3, 4_000], [7, 60_000], [60, 60_000]] as const) {
      expect(backoffMs(attempt, policy, 0)).toBe(step / 2);
      expect(backoffMs(attempt, policy, 0.999999)).toBeLessThanOrEqual(step);
      expect(backoffMs(attempt, policy, 0.999999)).toBeGreaterThan(step * 0.99);
    }
  });
  it('spreads rows that failed together', () => {
    const spread = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((r) => backoffMs(4, policy, r)));
    expect(spread.size).toBe(5);
  });
  it('the product default starts at 30 s or more (the packed alarm floor) and stays under 6 h', () => {
    expect(backoffMs(1, DEFAULT_BACKOFF, 0)).toBeGreaterThanOrEqual(15_000);
    expect(backoffMs(100, DEFAULT_BACKOFF, 0.99999)).toBeLessThanOrEqual(6 * 3_600_000);
  });
  it('never retries before Retry-After or the rate-limit window', () => {
    const plan = planRetry(1, appError('crm-rate-limited', { retryAfterSeconds: 120 }), null, NOW, policy, 0.5);
    expect(plan.retryAt).toBe(NOW + 120_000);
    const windowed = planRetry(1, appError('crm-unavailable', { status: 503 }), { waitUntil: NOW + 9_000, pausedUntil: null }, NOW, policy, 0);
    expect(windowed.retryAt).toBe(NOW + 9_000);
  });
  it('a rate limit holds the whole connection for the announced wait, or the first step when none was announced; a 5xx holds only its row', () => {
    expect(planRetry(3, appError('crm-rate-limited', { retryAfterSeconds: 120 }), null, NOW, policy, 0.5).pauseConnectionUntil).toBe(NOW + 120_000);
    expect(planRetry(1, appError('crm-unavailable', { status: 503 }), { waitUntil: NOW + 9_000, pausedUntil: null }, NOW, policy, 0).pauseConnectionUntil).toBe(NOW + 9_000);
    const unannounced = planRetry(5, appError('crm-rate-limited', { retryAfterSeconds: null }), null, NOW, policy, 0);
    expect(unannounced.pauseConnectionUntil).toBe(NOW + backoffMs(1, policy, 0));
    expect(unannounced.retryAt).toBe(NOW + backoffMs(5, policy, 0));
    expect(planRetry(2, appError('crm-unavailable', { status: 500 }), null, NOW, policy, 0).pauseConnectionUntil).toBeNull();
  });
  it('a spent day pauses the connection until the reset', () => {
    const plan = planRetry(1, appError('crm-rate-limited', { retryAfterSeconds: null }), { waitUntil: null, pausedUntil: nextUtcMidnight(NOW) }, NOW, policy, 0);
    expect(plan.pauseConnectionUntil).toBe(Date.UTC(2026, 11, 5));
    expect(plan.retryAt).toBe(Date.UTC(2026, 11, 5));
    const quota = planRetry(2, appError('crm-quota-exhausted', { retryAfterSeconds: 3_600 }), null, NOW, policy, 0);
    expect(quota.pauseConnectionUntil).toBe(NOW + 3_600_000);
  });
});

describe('rate-limit headers', () => {
  it('reads nothing from an answer without them', () => {
    expect(readRateLimit(headers({ 'content-type': 'application/json' }), NOW)).toBeNull();
    expect(readRateLimit(headers({ 'x-hubspot-ratelimit-remaining': '40', 'x-ratelimit-remaining': '3' }), NOW)).toBeNull();
  });
  it('Retry-After in seconds and as an HTTP date', () => {
    expect(readRateLimit(headers({ 'retry-after': '7' }), NOW)).toEqual({ waitUntil: NOW + 7_000, pausedUntil: null });
    const date = new Date(NOW + 60_000).toUTCString();
    expect(readRateLimit(headers({ 'retry-after': date }), NOW)?.waitUntil).toBe(NOW + 60_000);
  });
  it('HubSpot: an empty burst window waits its interval, an empty day pauses', () => {
    expect(readRateLimit(headers({ 'x-hubspot-ratelimit-max': '190', 'x-hubspot-ratelimit-remaining': '0', 'x-hubspot-ratelimit-interval-milliseconds': '10000' }), NOW))
      .toEqual({ waitUntil: NOW + 10_000, pausedUntil: null });
    expect(readRateLimit(headers({ 'x-hubspot-ratelimit-daily': '250000', 'x-hubspot-ratelimit-daily-remaining': '0' }), NOW))
      .toEqual({ waitUntil: null, pausedUntil: Date.UTC(2026, 11, 5) });
  });
  it('Salesforce: Sforce-Limit-Info with the allocation used up pauses until the reset; below it, nothing', () => {
    expect(readRateLimit(headers({ 'sforce-limit-info': 'api-usage=15000/15000' }), NOW)).toEqual({ waitUntil: null, pausedUntil: Date.UTC(2026, 11, 5) });
    expect(readRateLimit(headers({ 'sforce-limit-info': 'api-usage=14999/15000' }), NOW)).toBeNull();
  });
  it('Pipedrive: x-ratelimit-reset in seconds, x-daily-requests-left', () => {
    expect(readRateLimit(headers({ 'x-ratelimit-limit': '80', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' }), NOW))
      .toEqual({ waitUntil: NOW + 2_000, pausedUntil: null });
    expect(readRateLimit(headers({ 'x-daily-requests-left': '0' }), NOW)?.pausedUntil).toBe(Date.UTC(2026, 11, 5));
  });
});

describe('idempotency keys', () => {
  it('are the same for the same lead version and differ for another version, lead or connection', () => {
    const key = idempotencyKey('webhook-1', 'lead-1', 1_700_000_000_000);
    expect(idempotencyKey('webhook-1', 'lead-1', 1_700_000_000_000)).toBe(key);
    expect(idempotencyKey('webhook-1', 'lead-1', 1_700_000_000_001)).not.toBe(key);
    expect(idempotencyKey('webhook-1', 'lead-2', 1_700_000_000_000)).not.toBe(key);
    expect(idempotencyKey('webhook-2', 'lead-1', 1_700_000_000_000)).not.toBe(key);
    expect(key).toMatch(/^msg_[\w.-]+$/);
    expect(idempotencyKey('w', 'odd id/ä', 1)).toMatch(/^msg_[\w.-]+$/);
  });
});

describe('webhook URL and secret', () => {
  it('https anywhere, http only on this machine, no credentials in the URL', () => {
    expect(checkWebhookUrl(' https://hooks.example.com/leads ')).toEqual({ ok: true, value: 'https://hooks.example.com/leads' });
    expect(checkWebhookUrl('http://127.0.0.1:8080/x').ok).toBe(true);
    expect(checkWebhookUrl('http://localhost/x').ok).toBe(true);
    expect(checkWebhookUrl('http://hooks.example.com/x')).toEqual({ ok: false, error: { code: 'crm-url-insecure' } });
    expect(checkWebhookUrl('https://user:pw@hooks.example.com/x')).toEqual({ ok: false, error: { code: 'crm-url-invalid' } });
    expect(checkWebhookUrl('hooks.example.com')).toEqual({ ok: false, error: { code: 'crm-url-invalid' } });
    expect(checkWebhookUrl('ftp://hooks.example.com')).toEqual({ ok: false, error: { code: 'crm-url-invalid' } });
  });
  it('a Standard Webhooks secret is whsec_ and base64', () => {
    expect(checkSigningSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').ok).toBe(true);
    expect(checkSigningSecret('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').ok).toBe(false);
    expect(checkSigningSecret('whsec_short').ok).toBe(false);
  });
});
