import { afterEach, describe, expect, it, vi } from 'vitest';
import { appError, Failure } from '../../../src/core/errors';
import { route, type SenderCheck } from '../../../src/background/router';
import type { createHandlers } from '../../../src/background/handlers';

const check: SenderCheck = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };

function fakeHandlers() {
  return {
    'tab.state': vi.fn(async () => ({ tabId: 1 })),
    'lead.createFromTab': vi.fn(async () => ({ id: 'x' })),
    'lead.fill': vi.fn(async () => ({ id: 'x' })),
    'lead.list': vi.fn(async () => []),
  } as unknown as ReturnType<typeof createHandlers>;
}

describe('route', () => {
  it('answers a valid request from an extension page', async () => {
    const h = fakeHandlers();
    const reply = await route({ type: 'lead.list' }, popup, check, h);
    expect(reply).toEqual({ ok: true, data: [] });
    expect(h['lead.list']).toHaveBeenCalledOnce();
  });

  it('refuses a content script: same extension id, but the sender is a web page', async () => {
    const h = fakeHandlers();
    const sender = { id: 'ext-id', url: 'https://evil.example/', tab: { id: 3 } } as never;
    const reply = await route({ type: 'lead.fill', leadId: 'x', field: 'phone', value: '+4930123456' }, sender, check, h);
    expect(reply).toEqual({ ok: false, error: { code: 'request-refused' } });
    expect(h['lead.fill']).not.toHaveBeenCalled();
  });

  it('refuses another extension', async () => {
    const h = fakeHandlers();
    const reply = await route({ type: 'lead.list' }, { id: 'other', url: 'chrome-extension://other/x.html' }, check, h);
    expect(reply).toEqual({ ok: false, error: { code: 'request-refused' } });
    expect(h['lead.list']).not.toHaveBeenCalled();
  });

  it.each([
    ['unknown type', { type: 'lead.remove', leadId: 'x' }, { path: 'type', rule: 'variant' }],
    ['wrong key', { type: 'lead.delete', id: 'x' }, { path: 'leadId', rule: 'strict_object' }],
    ['missing field', { type: 'lead.fill', leadId: 'x', value: 'v' }, { path: 'field', rule: 'strict_object' }],
    ['field not in the lead model', { type: 'lead.fill', leadId: 'x', field: '__proto__', value: 'v' }, { path: 'field', rule: 'picklist' }],
    ['extra keys', { type: 'lead.list', sql: 'drop' }, { path: 'sql', rule: 'strict_object' }],
    ['negative tab id', { type: 'tab.state', tabId: -1 }, { path: 'tabId', rule: 'min_value' }],
    ['empty value', { type: 'lead.fill', leadId: 'x', field: 'phone', value: '   ' }, { path: 'value', rule: 'min_length' }],
    ['not an object', 'lead.list', { path: '', rule: 'variant' }],
  ])('rejects a malformed request (%s) with the field path, and calls nothing', async (_name, message, params) => {
    const h = fakeHandlers();
    const reply = await route(message, popup, check, h);
    expect(reply).toEqual({ ok: false, error: { code: 'request-invalid', params } });
    for (const fn of Object.values(h)) expect(vi.mocked(fn)).not.toHaveBeenCalled();
  });

  describe('handler failures', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    afterEach(() => {
      logged.mockClear();
      warned.mockClear();
    });

    it('answers a refusal with its code and parameters, and logs no error', async () => {
      const h = fakeHandlers();
      vi.mocked(h['lead.list']).mockRejectedValueOnce(new Failure(appError('past-date', { date: '2026-01-05' })));
      expect(await route({ type: 'lead.list' }, popup, check, h)).toEqual({ ok: false, error: { code: 'past-date', params: { date: '2026-01-05' } } });
      expect(logged).not.toHaveBeenCalled();
    });

    it('answers a bug with "unexpected" and its name only, and logs it', async () => {
      const h = fakeHandlers();
      vi.mocked(h['lead.list']).mockRejectedValueOnce(new TypeError('x.y is undefined, secret page text'));
      expect(await route({ type: 'lead.list' }, popup, check, h)).toEqual({ ok: false, error: { code: 'unexpected', params: { name: 'TypeError' } } });
      expect(logged).toHaveBeenCalledOnce();
      expect(String(logged.mock.calls[0]?.[0])).toContain('lead.list');
    });

    it('answers a full disk as such', async () => {
      const h = fakeHandlers();
      vi.mocked(h['lead.list']).mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
      expect(await route({ type: 'lead.list' }, popup, check, h)).toEqual({ ok: false, error: { code: 'storage-full' } });
    });
  });
});
