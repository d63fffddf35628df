/**
 * Issue 13, item 1: the popup's "create lead" and "fill all" store what the rep saw, never what the
 * page shows later. The demo Kontakt page is read by the popup; then the page rewrites its address
 * with history.pushState and swaps its text for another company's. Both actions are refused with the
 * "page changed" message and the stored leads stay as they were; on an unchanged page they work.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAIN_PHONE } from './support/demo-lead';
import { catalog } from './support/locale-messages';
import { listLeads } from './support/stored-leads';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import type { ExtensionApi } from './support/extension-api';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

const en = catalog('en');

/** Another company's contact block: what the page shows once it has moved on. */
const SWAPPED = `<h1>Kontakt</h1><address>Fremdfirma Handels AG<br>Ackerweg 3<br>10115 Berlin</address>
<p>Telefon: <a href="tel:+493055501234">+49 30 5550 1234</a><br>E-Mail: <a href="mailto:vertrieb@fremdfirma.example">vertrieb@fremdfirma.example</a></p>
<p>USt-IdNr.: DE136695976</p>`;

let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchChromium();
});

// Each case starts without leads, so none depends on what an earlier one stored.
beforeEach(async () => {
  const page = await session.context.newPage();
  await page.goto(session.popupUrl());
  await page.evaluate(() => browser.runtime.sendMessage({ type: 'data.deleteAll' }));
  await page.close();
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

/** The Kontakt page in a fresh tab and the popup on it, once the popup has read the page. */
async function pageAndPopup(): Promise<{ site: Page; popup: Page }> {
  const site = await session.context.newPage();
  await site.goto(server.url('/kontakt.html'));
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl());
  const tabId = await tabIdOf(popup, site.url());
  await popup.goto(session.popupUrl(tabId));
  await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
  return { site, popup };
}

/** The page moves on without a navigation: a new address in the history and another company's text. */
async function moveOn(site: Page): Promise<void> {
  await site.evaluate((html) => {
    history.pushState({}, '', '/angebot/fremdfirma');
    document.body.innerHTML = html;
  }, SWAPPED);
}

describe('an action on a page that moved on since the popup read it', () => {
  it('"create lead" is refused and no lead is stored', async () => {
    const { site, popup } = await pageAndPopup();
    const create = popup.locator('[data-action="create-lead"]');
    await create.waitFor();
    await moveOn(site);
    await create.click();
    await expect.poll(() => popup.locator('[data-testid="error"]').textContent()).toBe(en('err_page_changed'));
    expect(await listLeads(popup)).toEqual([]);
    await popup.close();
    await site.close();
  });

  it('"fill all" is refused and the lead keeps what it had', async () => {
    const { site, popup } = await pageAndPopup();
    await popup.locator('[data-action="create-lead"]').click();
    const phone = popup.locator('[data-field="phone"]');
    await expect.poll(() => phone.getAttribute('data-state')).toBe('found');
    const before = await listLeads(popup);
    expect(before).toHaveLength(1);

    await moveOn(site);
    await popup.locator('[data-action="fill-all"]').click();
    await expect.poll(() => popup.locator('[data-testid="error"]').textContent()).toBe(en('err_page_changed'));
    expect(await listLeads(popup)).toEqual(before);
    // The popup has read the page again: the rep now sees what a second click would store.
    await expect.poll(async () => (await phone.locator('[data-role="found"]').allTextContents()).join(' | ')).toMatch(/5550\s?1234/);
    expect(await phone.getAttribute('data-state')).toBe('found');
    await popup.close();
    await site.close();
  });

  it('"fill all" on a page that stayed as the rep saw it stores what the popup showed', async () => {
    const { site, popup } = await pageAndPopup();
    await popup.locator('[data-action="create-lead"]').click();
    const phone = popup.locator('[data-field="phone"]');
    await popup.locator('[data-action="fill-all"]').click();
    await expect.poll(() => phone.getAttribute('data-state')).toBe('filled');
    const [lead] = await listLeads(popup);
    expect(lead?.fields['phone']?.value).toBe(MAIN_PHONE);
    expect(lead?.fields['companyName']?.value).toBe('Musterwerk Maschinenbau GmbH');
    await popup.close();
    await site.close();
  });
});
