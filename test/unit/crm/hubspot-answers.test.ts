/** HubSpot's error answers read into error codes (the contract tests cover them over HTTP). */
import { describe, expect, it } from 'vitest';
import { hubspotError, hubspotRowError, refusedProperties, rowErrorKeys } from '../../../src/core/crm/hubspot-answers';

const NOW = Date.UTC(2026, 11, 4, 18, 0, 0);

describe('HubSpot answers', () => {
  it('finds the refused properties in newer error details and in the older message JSON', () => {
    expect(refusedProperties({ message: 'x', errors: [{ message: 'bad', context: { propertyName: ['zip'] } }] })).toEqual(['zip']);
    expect(refusedProperties({ message: 'Property values were not valid: [{"isValid":false,"name":"email"},{"isValid":false,"name":"phone"}]' })).toEqual(['email', 'phone']);
  });

  it('names the property of an upsert refused for a non-unique (or missing) idProperty, and reads a row HubSpot no longer has as not found', () => {
    expect(hubspotError(400, { category: 'VALIDATION_ERROR', message: 'Unable to perform update/upsert by non-unique 0-2 property crm_key in portal ID 42' }, null, NOW))
      .toEqual({ code: 'crm-rejected', params: { status: 400, fields: ['crm_key'] } });
    expect(hubspotRowError({ category: 'OBJECT_NOT_FOUND', message: 'Object not found.' })).toEqual({ code: 'crm-not-found' });
    expect(hubspotRowError({ category: 'VALIDATION_ERROR', message: 'x', context: { propertyName: ['zip'] } })).toEqual({ code: 'crm-rejected', params: { status: 400, fields: ['zip'] } });
  });

  it('pauses until the next UTC midnight on a DAILY 429 and waits 10 s on a burst 429 without Retry-After', () => {
    expect(hubspotError(429, { policyName: 'DAILY' }, null, NOW)).toEqual({ code: 'crm-quota-exhausted', params: { retryAfterSeconds: 6 * 3600 } });
    expect(hubspotError(429, { policyName: 'TEN_SECONDLY_ROLLING' }, null, NOW)).toEqual({ code: 'crm-rate-limited', params: { retryAfterSeconds: 10 } });
    expect(hubspotError(429, {}, '7', NOW)).toEqual({ code: 'crm-rate-limited', params: { retryAfterSeconds: 7 } });
  });

  it('names a missing scope, falls back to the status for other answers, and reads a row error by trace id or e-mail', () => {
    expect(hubspotError(403, { category: 'MISSING_SCOPES', errors: [{ message: 'm', context: { requiredGranularScopes: ['crm.objects.companies.write'] } }] }, null, NOW))
      .toEqual({ code: 'crm-forbidden', params: { scope: 'crm.objects.companies.write' } });
    expect(hubspotError(503, 'not json', null, NOW)).toEqual({ code: 'crm-unavailable', params: { status: 503 } });
    expect(hubspotError(401, undefined, null, NOW)).toEqual({ code: 'crm-unauthorized' });
    expect(rowErrorKeys({ category: 'VALIDATION_ERROR', message: 'm', context: { objectWriteTraceId: ['T1'], ids: ['A@x.de'] } })).toEqual(['t1', 'a@x.de']);
  });
});
