/**
 * Issue 8, "research automatically": with the option on, the popup researches the site of an
 * incomplete lead by itself where Leadfill may read it; with it off (the default) it waits for the
 * rep's click. Two invented company sites on 127.0.0.1 (granted to the test copy as *.localhost).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './support/extension-api';
import { inventedCompanySites, startResearchSites, type ResearchSites } from '../support/research-sites.mjs';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { popupWithLead } from './support/popup-with-lead';

declare const browser: ExtensionApi;

let sites: ResearchSites;
let session: ChromiumSession;
let options: Page;

async function request<T>(type: string, extra: Record<string, unknown> = {}): Promise<T> {
  const reply = (await options.evaluate((m) => browser.runtime.sendMessage(m), { type, ...extra })) as { ok: boolean; data?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

beforeAll(async () => {
  sites = await startResearchSites({ named: true, sites: inventedCompanySites(2) });
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html'));
});

afterAll(async () => {
  await session?.close();
  await sites?.stop();
});

describe('research automatically (Chromium)', () => {
  it('is off by default: the popup reads only the tab and waits for the click', async () => {
    const site = sites.list[0]!;
    const popup = await popupWithLead(session, options, site.url('/'));
    await popup.waitForTimeout(1_500);
    expect(await popup.locator('[data-testid="research-status"]').count()).toBe(0);
    expect(site.requests.get('/impressum.html') ?? 0).toBe(0);
    await popup.close();
  });

  it('once turned on in the options, researches an incomplete lead\'s site when the popup opens', async () => {
    await options.locator('nav a[data-section="settings"]').click();
    const box = options.locator('[data-testid="research-auto"]');
    await box.waitFor({ state: 'attached' });
    expect(await box.isChecked()).toBe(false);
    // The test copy may read the loopback sites only: the all-sites grant is offered, not held.
    await expect.poll(() => options.locator('[data-testid="research-all-sites"]').getAttribute('data-granted')).toBe('false');
    expect(await options.locator('[data-action="research-allow-all-sites"]').count()).toBe(1);
    // The box shows the saved setting, so it turns on only after the save: check() would see no change
    // under load and fail; the saved setting is what matters.
    await box.click();
    await expect.poll(async () => (await request<{ settings: { research: { auto: boolean } } }>('settings.get')).settings.research.auto).toBe(true);

    const site = sites.list[1]!;
    const popup = await popupWithLead(session, options, site.url('/'));
    const status = popup.locator('[data-testid="research-status"]');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    const register = popup.locator('[data-field="register"]').first();
    await expect.poll(() => register.getAttribute('data-state')).toBe('found');
    expect(site.requests.get('/impressum.html')).toBe(1);

    // Researched once: opening the popup again shows the cached result and fetches nothing more.
    await popup.close();
    const again = await popupWithLead(session, options, site.url('/'));
    await expect.poll(() => again.locator('[data-testid="research-status"]').getAttribute('data-status')).toBe('done');
    expect(site.requests.get('/impressum.html')).toBe(1);
    await again.close();
  });
});
