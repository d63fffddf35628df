/**
 * Storage in the built extension, in headless Chromium: settings live where a content script cannot
 * write them (issue 13 item 7), and automatic detection on a chosen site is decided by the background.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './support/extension-api';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

/** Chrome's namespace inside the service worker, the part used here. */
interface WorkerChrome {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

let server: StaticServer;
let session: ChromiumSession;
let page: Page;

async function request<T>(type: string, extra: Record<string, unknown> = {}): Promise<T> {
  const reply = (await page.evaluate((m) => browser.runtime.sendMessage(m), { type, ...extra })) as { ok: boolean; data?: T; error?: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data as T;
}

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchChromium();
  page = await session.context.newPage();
  await page.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html'));
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('settings in Chromium', () => {
  it('ignores a forged storage.local write: retention stays what the rep saved', async () => {
    await request('settings.update', { patch: { retention: { staleAfterMonths: 18, graceDays: 45 } } });
    // storage.local is what content scripts can write; settings used to live (and be trusted) there.
    const worker = await session.serviceWorker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
      settings: { version: 1, retention: { staleAfterMonths: 1, graceDays: 0 }, autoDetectOrigins: [] },
    }));
    const { settings } = await request<{ settings: { retention: unknown } }>('settings.get');
    expect(settings.retention).toEqual({ staleAfterMonths: 18, graceDays: 45 });
  });

  it('sets the badge on a chosen site: the background decides and asks the page to detect', async () => {
    const { origins } = await request<{ origins: string[] }>('sites.enableAutoDetect', { origin: server.origin });
    expect(origins).toEqual([server.origin]);
    const site = await session.context.newPage();
    await site.goto(server.url('/kontakt.html'));
    const tabId = await tabIdOf(page, site.url());
    const worker = await session.serviceWorker();
    // No lead matches the demo company yet: "+" offers to create one.
    await expect.poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 20_000 }).toBe('+');
    await site.close();
  });
});
