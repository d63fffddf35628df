/**
 * The built extension in headless Chromium: the popup reads the demo company's Kontakt page, the rep
 * creates the lead and fills the phone number, and the value survives a reopened popup and a restarted
 * service worker. Requests that are not the popup's own well-formed ones change nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_PHONE } from './support/demo-lead';
import { listLeads } from './support/stored-leads';
import type { ExtensionApi } from './support/extension-api';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { stopServiceWorkers } from './support/stop-workers';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

let server: StaticServer;
let session: ChromiumSession;
let demo: Page;
let tabId: number;

async function openPopup(): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl(tabId));
  await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
  return popup;
}

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchChromium();
  demo = await session.context.newPage();
  await demo.goto(server.url('/kontakt.html'));
  const helper = await session.context.newPage();
  await helper.goto(session.popupUrl());
  tabId = await tabIdOf(helper, demo.url());
  await helper.close();
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('Leadfill in Chromium', () => {
  it('detects the phone number, creates the lead and stores the filled value', async () => {
    const popup = await openPopup();
    const create = popup.locator('[data-action="create-lead"]');
    if (await create.count()) {
      await create.click();
      await create.waitFor({ state: 'detached' });
    }

    const phone = popup.locator('[data-field="phone"]');
    await expect.poll(() => phone.getAttribute('data-state')).toBe('found');
    const found = await phone.locator('[data-role="found"]').allTextContents();
    expect(found).toContain(MAIN_PHONE);

    const offer = phone.locator('li').filter({ has: popup.locator('[data-role="found"]', { hasText: MAIN_PHONE }) });
    await offer.locator('[data-action="fill"]').click();
    await expect.poll(() => phone.getAttribute('data-state')).toBe('filled');
    expect(await phone.locator('[data-role="value"]').textContent()).toBe(MAIN_PHONE);

    const [lead] = await listLeads(popup);
    expect(lead?.fields['phone']?.value).toBe(MAIN_PHONE);
    expect(lead?.fields['phone']?.source.kind).toBe('detected');
    await popup.close();
  });

  it('shows the stored value when the popup is opened again', async () => {
    const popup = await openPopup();
    expect(await popup.locator('[data-action="create-lead"]').count()).toBe(0);
    const phone = popup.locator('[data-field="phone"]');
    expect(await phone.getAttribute('data-state')).toBe('filled');
    expect(await phone.locator('[data-role="value"]').textContent()).toBe(MAIN_PHONE);
    await popup.close();
  });

  it('keeps the lead when the service worker is stopped and restarted', async () => {
    const before = await session.serviceWorker();
    await before.evaluate(() => {
      (globalThis as { __leadfillMarker?: string }).__leadfillMarker = 'old worker';
    });

    // Any extension page will do for the CDP session; let its own request finish before the stop.
    const page = await openPopup();
    await stopServiceWorkers(session.context, page);
    await page.close();

    const popup = await openPopup();
    const phone = popup.locator('[data-field="phone"]');
    expect(await phone.getAttribute('data-state')).toBe('filled');
    expect(await phone.locator('[data-role="value"]').textContent()).toBe(MAIN_PHONE);
    const leads = await listLeads(popup);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.fields['phone']?.value).toBe(MAIN_PHONE);

    // The answer came from a fresh worker, not from the one that was stopped.
    const after = await session.serviceWorker();
    expect(await after.evaluate(() => (globalThis as { __leadfillMarker?: string }).__leadfillMarker ?? null)).toBeNull();
    await popup.close();
  });

  it('gives the web page no way to message the extension', async () => {
    const exposed = await demo.evaluate(() => {
      const g = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      return { sendMessage: typeof g.chrome?.runtime?.sendMessage, browser: typeof g.browser };
    });
    expect(exposed).toEqual({ sendMessage: 'undefined', browser: 'undefined' });
  });

  it('refuses malformed or unproven writes and leaves the lead unchanged', async () => {
    const popup = await openPopup();
    const [lead] = await listLeads(popup);
    expect(lead).toBeDefined();
    const leadId = lead!.id;

    const replies = await popup.evaluate(
      async ({ leadId, tabId }) => {
        const send = (m: unknown) => browser.runtime.sendMessage(m) as Promise<{ ok: boolean; error?: { code: string; params?: Record<string, unknown> } }>;
        return Promise.all([
          // Extra keys, wrong types, unknown fields and unknown types are all refused by the schema.
          send({ type: 'lead.fill', leadId, field: 'phone', value: '+49 30 1234567', junk: '<script>' }),
          send({ type: 'lead.fill', leadId, field: 'phone', value: 4930123 }),
          send({ type: 'lead.fill', leadId, field: '__proto__', value: 'x' }),
          send({ type: 'lead.fill', leadId }),
          send({ type: 'lead.remove', leadId }),
          send('lead.list'),
          // Well-formed, but claims the page showed a number it did not show.
          send({ type: 'lead.fill', leadId, field: 'phone', value: '+493012345678', tabId }),
        ]);
      },
      { leadId, tabId },
    );
    // Each refusal is a code the page translates, with the part of the request that failed.
    expect(replies.map((r) => [r.ok, r.error?.code, r.error?.params?.['path']])).toEqual([
      [false, 'request-invalid', 'junk'],
      [false, 'request-invalid', 'value'],
      [false, 'request-invalid', 'field'],
      [false, 'request-invalid', 'field'],
      [false, 'request-invalid', 'type'],
      [false, 'request-invalid', ''],
      [false, 'value-not-on-page', undefined],
    ]);

    const [after] = await listLeads(popup);
    expect(after).toEqual(lead);
    await popup.close();
  });
});
