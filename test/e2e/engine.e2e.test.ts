/**
 * The engine outside the page, in headless Chromium: the content script hands over a snapshot and the
 * worker detects; numbers of every country are read; a page cannot shadow the runtime the content
 * script talks through; HTML is read into a snapshot by the offscreen document.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_PHONE } from './support/demo-lead';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, type ChromiumSession } from './support/chromium';

let server: StaticServer;
let session: ChromiumSession;
let helper: Page;

/** The id of the newest tab: pages may rewrite their own URL, tab ids only grow. */
async function newestTabId(): Promise<number> {
  return helper.evaluate(`browser.tabs.query({}).then((t) => Math.max(...t.map((x) => x.id)))`) as Promise<number>;
}

/** Opens `path` in a fresh tab and the popup on it; the popup once it has read the page. */
async function popupOn(path: string): Promise<Page> {
  const site = await session.context.newPage();
  await site.goto(server.url(path));
  const tabId = await newestTabId();
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl(tabId));
  await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
  // The field rows show once the page has a lead.
  const create = popup.locator('[data-action="create-lead"]');
  if (await create.count()) {
    await create.click();
    await create.waitFor({ state: 'detached' });
  }
  return popup;
}

async function foundPhones(popup: Page): Promise<string[]> {
  const phone = popup.locator('[data-field="phone"]').first();
  await expect.poll(() => phone.getAttribute('data-state')).toBe('found');
  return phone.locator('[data-role="found"]').allTextContents();
}

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchChromium();
  helper = await session.context.newPage();
  await helper.goto(session.popupUrl());
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('the engine outside the page (Chromium)', () => {
  it('detects a New Zealand and a Brazilian number on a live page', async () => {
    const found = await foundPhones(await popupOn('/overseas.html'));
    expect(found.some((n) => n.startsWith('+64 9 300'))).toBe(true);
    expect(found.some((n) => n.startsWith('+55 11 3003'))).toBe(true);
  });

  it('reads a page whose form is named "browser" with a field "runtime" (named access cannot replace the runtime)', async () => {
    const popup = await popupOn('/form-named-browser.html');
    expect(await foundPhones(popup)).toContain(MAIN_PHONE);
  });

  it('reads fetched HTML into a snapshot in the offscreen document, running none of its scripts', async () => {
    const html = '<html><body><script>document.title = "ran"</script><h1>Impressum</h1><p>Musterwerk GmbH</p><p>Telefon: +49 89 4711280-0</p></body></html>';
    // Asked from the worker, as html-detection.ts asks: an extension page's message would reach the router too.
    const worker = await session.serviceWorker();
    const snapshot = (await worker.evaluate(`(async (html) => {
      await chrome.offscreen.createDocument({ url: 'src/offscreen/index.html', reasons: ['DOM_PARSER'], justification: 'test' }).catch(() => {});
      return chrome.runtime.sendMessage({ type: 'offscreen.snapshot', html, url: 'https://www.musterwerk.example/impressum' });
    })(${JSON.stringify(html)})`)) as { lines: { text: string }[]; title: string; url: string };
    expect(snapshot.url).toBe('https://www.musterwerk.example/impressum');
    expect(snapshot.lines.map((l) => l.text)).toEqual(['Impressum', 'Musterwerk GmbH', 'Telefon: +49 89 4711280-0']);
    expect(snapshot.title).toBe('');
  });
});
