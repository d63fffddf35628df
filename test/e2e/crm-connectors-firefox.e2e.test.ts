/**
 * Salesforce in Firefox ESR: Firefox cannot make `identity` optional, so the manifest grants it at
 * install (without a prompt) and the options page opens the login window with identity.launchWebAuthFlow
 * against a Salesforce org on 127.0.0.1 (OAuth web-server flow with PKCE); the event page exchanges the
 * code, and the demo company's lead pushed from the popup is upserted as one Lead, shown sent with the
 * link to it in Lightning.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceServer, type SalesforceServer } from '../support/crm/salesforce-server';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { OPTIONS_PATH } from './support/extension-copy';
import { launchFirefox, tabIdOf, type FirefoxSession } from './support/firefox';

let site: StaticServer;
let salesforce: SalesforceServer;
let session: FirefoxSession;
let demo: Page;
let tabId: number;

/** Types into the input whose label reads `name` (its accessible name; puppeteer's aria queries need CDP). */
async function typeInto(page: Page, name: string, value: string): Promise<void> {
  const handle = await page.evaluateHandle((n) => [...document.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === n)?.querySelector('input') ?? null, name);
  const input = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`No input labelled ${name}`);
  await input.type(value);
}

beforeAll(async () => {
  [site, salesforce] = await Promise.all([startStaticServer(), startSalesforceServer()]);
  session = await launchFirefox();
  demo = await session.browser.newPage();
  await demo.goto(site.url('/kontakt.html'));
  tabId = await tabIdOf(session, demo, site.url('/kontakt.html'));
});

afterAll(async () => {
  await session?.close();
  await salesforce?.close();
  await site?.stop();
});

describe('Salesforce in Firefox ESR', () => {
  it('signs in through the login window with PKCE, pushes the lead from the popup, and links the Lead', async () => {
    const options = await session.openExtensionPage(demo, `moz-extension://${session.uuid}/${OPTIONS_PATH}#crm`);
    await options.waitForSelector('[data-testid="salesforce-form"]', { timeout: 20_000 });
    // The callback URL the admin registers is Firefox's own, shown before any sign-in.
    const intro = await options.$eval('[data-testid="salesforce-form"] p.muted', (p) => p.textContent ?? '');
    expect(intro).toMatch(/https:\/\/[\da-f]+\.extensions\.allizom\.org\//);
    await typeInto(options, 'Login URL', salesforce.url);
    await typeInto(options, 'Consumer key', salesforce.clientId);
    await options.click('[data-testid="salesforce-form"] [data-action="sign-in"]');
    await options.waitForFunction((host) => document.querySelector('[data-testid="salesforce-note"]')?.textContent?.includes(`Salesforce ${host}`), { timeout: 30_000 }, new URL(salesforce.url).host);
    const exchange = salesforce.requests.find((r) => r.path === '/services/oauth2/token');
    expect(String(exchange?.body)).toMatch(/code_verifier=[\w-]{43,}/);
    expect(String(exchange?.body)).toMatch(/redirect_uri=https%3A%2F%2F[\da-f]+\.extensions\.allizom\.org/);
    await options.close();

    const popup = await session.openExtensionPage(demo, session.popupUrl(tabId));
    await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
    // Locators retry a click whose button the popup re-rendered in between (a plain click on the handle
    // it found fails with "Node is detached" when the lead view replaces the detection view under load).
    await popup.locator('[data-action="create-lead"]').setTimeout(20_000).click();
    await popup.locator('[data-action="make-contact"]').setTimeout(20_000).click();
    await popup.waitForSelector('[data-testid="push-state"][data-state="not-sent"]', { timeout: 20_000 });
    await popup.locator('[data-action="push"]').setTimeout(20_000).click();
    await popup.waitForSelector('[data-testid="push-state"][data-state="sent"]', { timeout: 30_000 });
    const href = await popup.$eval('[data-testid="push-state"] a', (a) => a.getAttribute('href'));
    const [leadId] = [...salesforce.leads.keys()];
    expect(salesforce.leads.size).toBe(1);
    expect(salesforce.leads.get(leadId!)).toMatchObject({ LastName: 'Vogelsang', Company: 'Musterwerk Maschinenbau GmbH' });
    expect(href).toBe(`${salesforce.url}/lightning/r/Lead/${leadId}/view`);
  });
});
