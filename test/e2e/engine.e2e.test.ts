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
import { popupWithLead } from './support/popup-with-lead';

let server: StaticServer;
let session: ChromiumSession;
let helper: Page;

async function popupOn(path: string): Promise<Page> {
  return popupWithLead(session, helper, server.url(path));
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
