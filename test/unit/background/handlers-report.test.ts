import { afterEach, describe, expect, it } from 'vitest';
import { reportHandlers } from '../../../src/background/handlers-report';
import { route, type SenderCheck } from '../../../src/background/router';
import type { createHandlers } from '../../../src/background/handlers';
import { fakeContext } from './fake-context';

const check: SenderCheck = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const reportPage = { id: 'ext-id', url: 'chrome-extension://ext-id/src/report/index.html' };

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
});

function setup() {
  const f = fakeContext();
  cleanup = () => f.db.delete();
  return { ...f, handlers: reportHandlers(f.ctx) as unknown as ReturnType<typeof createHandlers> };
}

describe('report costs', () => {
  it('stores a cost per group, replaces it, and removes it', async () => {
    const { handlers, clock } = setup();
    const set = (group: string, amount: number | null) => route({ type: 'report.setCost', by: 'campaign', group, amount, currency: 'EUR' }, reportPage, check, handlers);
    expect(await set('Spring fair', 400)).toEqual({ ok: true, data: { costs: [{ key: 'campaign:Spring fair', amount: 400, currency: 'EUR', at: clock.now }] } });
    await set('', 50);
    expect(await set('Spring fair', 450)).toMatchObject({ ok: true, data: { costs: [{ key: 'campaign:', amount: 50 }, { key: 'campaign:Spring fair', amount: 450 }] } });
    expect(await set('Spring fair', null)).toMatchObject({ ok: true, data: { costs: [{ key: 'campaign:', amount: 50 }] } });
  });

  it('refuses a negative or endless amount, an unknown grouping and a web page', async () => {
    const { handlers } = setup();
    const bad = await route({ type: 'report.setCost', by: 'campaign', group: 'x', amount: -1, currency: 'EUR' }, reportPage, check, handlers);
    expect(bad).toMatchObject({ ok: false, error: { code: 'request-invalid' } });
    expect(await route({ type: 'report.setCost', by: 'owner', group: 'x', amount: 1, currency: 'EUR' }, reportPage, check, handlers)).toMatchObject({ ok: false, error: { code: 'request-invalid' } });
    expect(await route({ type: 'report.setCost', by: 'campaign', group: 'x', amount: Infinity, currency: 'EUR' }, reportPage, check, handlers)).toMatchObject({ ok: false });
    const page = { id: 'ext-id', url: 'https://evil.example/', tab: { id: 3 } } as never;
    expect(await route({ type: 'report.setCost', by: 'campaign', group: 'x', amount: 1, currency: 'EUR' }, page, check, handlers)).toEqual({ ok: false, error: { code: 'request-refused' } });
  });
});
