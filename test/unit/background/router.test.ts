import { describe, expect, it, vi } from 'vitest';
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
    expect(reply.ok).toBe(false);
    expect(h['lead.fill']).not.toHaveBeenCalled();
  });

  it('refuses another extension', async () => {
    const h = fakeHandlers();
    const reply = await route({ type: 'lead.list' }, { id: 'other', url: 'chrome-extension://other/x.html' }, check, h);
    expect(reply.ok).toBe(false);
    expect(h['lead.list']).not.toHaveBeenCalled();
  });

  it.each([
    ['unknown type', { type: 'lead.delete', id: 'x' }],
    ['missing field', { type: 'lead.fill', leadId: 'x', value: 'v' }],
    ['field not in the lead model', { type: 'lead.fill', leadId: 'x', field: '__proto__', value: 'v' }],
    ['extra keys', { type: 'lead.list', sql: 'drop' }],
    ['negative tab id', { type: 'tab.state', tabId: -1 }],
    ['empty value', { type: 'lead.fill', leadId: 'x', field: 'phone', value: '   ' }],
    ['not an object', 'lead.list'],
  ])('rejects a malformed request (%s) and calls nothing', async (_name, message) => {
    const h = fakeHandlers();
    const reply = await route(message, popup, check, h);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/Invalid request/);
    for (const fn of Object.values(h)) expect(vi.mocked(fn)).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply', async () => {
    const h = fakeHandlers();
    vi.mocked(h['lead.list']).mockRejectedValueOnce(new Error('disk full'));
    expect(await route({ type: 'lead.list' }, popup, check, h)).toEqual({ ok: false, error: 'disk full' });
  });
});
