/**
 * The built extension in Firefox ESR (puppeteer-core over WebDriver BiDi): the background injects the
 * content script into the demo company's Kontakt page, the popup shows the phone number it found, and
 * after create-lead and fill the background has stored the lead.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_PHONE } from './support/demo-lead';
import { listLeads } from './support/stored-leads';
import type { ExtensionApi } from './support/extension-api';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchFirefox, tabIdOf, type FirefoxSession } from './support/firefox';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

let server: StaticServer;
let session: FirefoxSession;
let demo: Page;
let tabId: number;

const fieldState = (page: Page, field: string) =>
  page.$eval(`[data-field="${field}"]`, (el) => el.getAttribute('data-state')).catch(() => null);

async function waitForFieldState(page: Page, field: string, state: string): Promise<void> {
  await page.waitForFunction(
    (f, s) => document.querySelector(`[data-field="${f}"]`)?.getAttribute('data-state') === s,
    { timeout: 20_000 },
    field,
    state,
  );
}

async function openPopup(): Promise<Page> {
  const popup = await session.openExtensionPage(demo, session.popupUrl(tabId));
  await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
  return popup;
}

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchFirefox();
  demo = await session.browser.newPage();
  await demo.goto(server.url('/kontakt.html'));

  tabId = await tabIdOf(session, demo, server.url('/kontakt.html'));
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('Leadfill in Firefox ESR', () => {
  it('detects a New Zealand and a Brazilian number on a live page (the engine outside the page, full metadata)', async () => {
    const site = await session.browser.newPage();
    await site.goto(server.url('/overseas.html'));
    const helper = await session.openExtensionPage(site, session.popupUrl());
    const wanted = server.url('/overseas.html');
    const id = await helper.evaluate(async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id ?? null, wanted);
    await helper.close();
    const popup = await session.openExtensionPage(site, session.popupUrl(id!));
    await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
    // First in this file: no lead exists yet, so the popup lists every number the page offers.
    await popup.waitForFunction(() => document.body.innerText.includes('+55 11 3003'), { timeout: 20_000 });
    const text = await popup.$eval('body', (b) => (b as HTMLElement).innerText);
    expect(text).toContain('+64 9 300 1234');
    expect(text).toContain('+55 11 3003 1234');
    await popup.close();
    await site.close();
  });

  it('shows the phone number the content script found, and stores it as a lead', async () => {
    const popup = await openPopup();
    if (await popup.$('[data-action="create-lead"]')) {
      await popup.click('[data-action="create-lead"]');
      await popup.waitForSelector('[data-action="create-lead"]', { hidden: true, timeout: 20_000 });
    }

    await waitForFieldState(popup, 'phone', 'found');
    const found = await popup.$$eval('[data-field="phone"] [data-role="found"]', (els) => els.map((e) => e.textContent));
    expect(found).toContain(MAIN_PHONE);

    const index = found.indexOf(MAIN_PHONE);
    await popup.click(`[data-field="phone"] .found > li:nth-child(${index + 1}) [data-action="fill"]`);
    await waitForFieldState(popup, 'phone', 'filled');
    expect(await popup.$eval('[data-field="phone"] [data-role="value"]', (el) => el.textContent)).toBe(MAIN_PHONE);

    const leads = await listLeads(popup);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.fields['phone']?.value).toBe(MAIN_PHONE);
    expect(leads[0]?.fields['phone']?.source.kind).toBe('detected');
    await popup.close();
  });

  it('shows the stored value when the popup is opened again', async () => {
    const popup = await openPopup();
    expect(await popup.$('[data-action="create-lead"]')).toBeNull();
    expect(await fieldState(popup, 'phone')).toBe('filled');
    expect(await popup.$eval('[data-field="phone"] [data-role="value"]', (el) => el.textContent)).toBe(MAIN_PHONE);
    await popup.close();
  });

  it('refuses a malformed write from an extension page', async () => {
    const popup = await openPopup();
    const [lead] = await listLeads(popup);
    const reply = (await popup.evaluate(
      (leadId) => browser.runtime.sendMessage({ type: 'lead.fill', leadId, field: 'phone', value: 42, junk: true }),
      lead!.id,
    )) as { ok: boolean; error?: { code: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'request-invalid' } });
    expect((await listLeads(popup))[0]).toEqual(lead);
    await popup.close();
  });

  it('re-scores the leads as a background job after the rules change', async () => {
    const popup = await openPopup();
    const send = (m: unknown) => popup.evaluate((msg) => browser.runtime.sendMessage(msg), m) as Promise<{ ok: boolean; data?: unknown }>;
    const complete = async () => ((await send({ type: 'leads.query', incomplete: false, limit: 1 })).data as { total: number }).total;
    expect(await complete()).toBe(0);
    expect((await send({ type: 'settings.update', patch: { profile: [{ id: 'phone', anyOf: [['phone']] }] } })).ok).toBe(true);
    await expect.poll(async () => ((await send({ type: 'jobs.list' })).data as { kind: string; state: string }[]).find((j) => j.kind === 'rescore')?.state, { timeout: 30_000 }).toBe('done');
    expect(await complete()).toBe(1);
    await popup.close();
  });

  it('sets the badge on a site chosen for automatic detection', async () => {
    const popup = await openPopup();
    const reply = (await popup.evaluate((origin) => browser.runtime.sendMessage({ type: 'sites.enableAutoDetect', origin }), server.origin)) as { ok: boolean };
    expect(reply.ok).toBe(true);
    const site = await session.browser.newPage();
    await site.goto(server.url('/kontakt.html?auto'));
    const badge = () => popup.evaluate(async (url) => {
      const api = browser as unknown as { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      return tab?.id === undefined ? null : api.action.getBadgeText({ tabId: tab.id });
    }, server.url('/kontakt.html?auto'));
    // The lead exists and has its phone: the badge counts the other fields the page can fill.
    await expect.poll(badge, { timeout: 20_000 }).toMatch(/^[1-9]\d*$/);
    await site.close();
    await popup.close();
  });
});
