import { describe, expect, it } from 'vitest';
import { crmHttpError, retryAfterSeconds } from '../../../src/core/crm/http-errors';
import { appError, asAppError, errorClass, Failure, orThrow } from '../../../src/core/errors';
import { ERROR_CODES } from './error-examples';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

describe('errors', () => {
  it('builds errors with parameters only where the code has any', () => {
    expect(appError('no-need')).toEqual({ code: 'no-need' });
    expect(appError('past-date', { date: '2026-01-05' })).toEqual({ code: 'past-date', params: { date: '2026-01-05' } });
  });

  it('throws a result\'s error as a Failure whose message is the code alone', () => {
    expect(orThrow({ ok: true, value: 3 })).toBe(3);
    const thrown = (() => {
      try {
        orThrow({ ok: false, error: appError('person-not-on-page', { name: 'Erika Musterfrau' }) });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(Failure);
    expect((thrown as Failure).message).toBe('person-not-on-page');
    expect((thrown as Failure).error).toEqual({ code: 'person-not-on-page', params: { name: 'Erika Musterfrau' } });
  });

  it('reads any caught value as an error: its own, a full disk, or unexpected with the name only', () => {
    expect(asAppError(new Failure(appError('tab-gone')))).toEqual({ code: 'tab-gone' });
    expect(asAppError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({ code: 'storage-full' });
    expect(asAppError(new RangeError('leaks page text'))).toEqual({ code: 'unexpected', params: { name: 'RangeError' } });
    expect(asAppError('a string')).toEqual({ code: 'unexpected', params: { name: 'string' } });
  });

  it('classifies every code for whoever retries', () => {
    for (const code of ERROR_CODES) expect(['retryable', 'reauthenticate', 'needs-rep'], code).toContain(errorClass(code));
    expect(errorClass(appError('crm-rate-limited', { retryAfterSeconds: 10 }))).toBe('retryable');
    expect(errorClass('crm-unauthorized')).toBe('reauthenticate');
    expect(errorClass('crm-rejected')).toBe('needs-rep');
  });
});

describe('CRM answers as errors', () => {
  it.each([
    [200, null],
    [201, null],
    [204, null],
    [300, { code: 'crm-ambiguous', params: { matches: 0 } }],
    [400, { code: 'crm-rejected', params: { status: 400, fields: [] } }],
    [401, { code: 'crm-unauthorized' }],
    [403, { code: 'crm-forbidden', params: { scope: '' } }],
    [404, { code: 'crm-not-found' }],
    [408, { code: 'crm-timeout' }],
    [409, { code: 'crm-busy' }],
    [410, { code: 'crm-not-found' }],
    [422, { code: 'crm-rejected', params: { status: 422, fields: [] } }],
    [429, { code: 'crm-rate-limited', params: { retryAfterSeconds: null } }],
    [500, { code: 'crm-unavailable', params: { status: 500 } }],
    [503, { code: 'crm-unavailable', params: { status: 503 } }],
  ])('HTTP %i', (status, expected) => {
    expect(crmHttpError(status, null, NOW)).toEqual(expected);
  });

  it('retries what may pass by itself, asks for a new sign-in on 401, and hands refusals and a missing scope (403) to the rep', () => {
    const classOf = (status: number) => errorClass(crmHttpError(status, null, NOW)!);
    expect([408, 409, 429, 500, 502, 503, 504].map(classOf)).toEqual(Array(7).fill('retryable'));
    expect([401, 403].map(classOf)).toEqual(['reauthenticate', 'needs-rep']);
    expect([300, 400, 404, 410, 413, 422].map(classOf)).toEqual(Array(6).fill('needs-rep'));
  });

  it('honours Retry-After in seconds or as a date', () => {
    expect(crmHttpError(429, '120', NOW)).toEqual({ code: 'crm-rate-limited', params: { retryAfterSeconds: 120 } });
    expect(retryAfterSeconds('Thu, 15 Jan 2026 12:00:30 GMT', NOW)).toBe(30);
    expect(retryAfterSeconds('Thu, 15 Jan 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterSeconds('soon', NOW)).toBeNull();
    expect(retryAfterSeconds(undefined, NOW)).toBeNull();
  });
});
