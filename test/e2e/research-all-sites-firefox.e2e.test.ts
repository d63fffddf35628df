/**
 * Issue 8, host access for research: the options page's "allow all sites" asks the browser once for
 * every site (the real permissions.request; the profile answers the prompt as a rep clicking "Allow"
 * would), and research then reads a site Leadfill was never granted one by one, asking for nothing
 * (automatic research, which only checks access and never asks, researches it). Firefox ESR, because headless Chromium offers no way to answer an optional-permission prompt
 * (a test can neither click it nor switch it off). The test copy holds no access to the research
 * sites (*.localhost) at install.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './support/extension-api';
import { OPTIONS_PATH, TEST_SITES_HOST_PERMISSION } from './support/extension-copy';
import { startResearchSites, type ResearchSites } from '../support/research-sites.mjs';
import { launchFirefox, tabIdOf, type FirefoxSession } from './support/firefox';

declare const browser: ExtensionApi;

const ALL_SITES = ['https://*/*', 'http://*/*'];

let sites: ResearchSites;
let session: FirefoxSession;

/** The copy as a rep installs it: no access to the research sites until granted. */
function withoutSiteAccess(extensionDir: string): void {
  const file = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = manifest.host_permissions.filter((p) => p !== TEST_SITES_HOST_PERMISSION);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

async function granted(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
}

beforeAll(async () => {
  sites = await startResearchSites({ named: true });
  // The profile accepts optional-permission prompts, as the rep's click on "Allow" does.
  session = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false }, alterCopy: withoutSiteAccess });
});

afterAll(async () => {
  await session?.close();
  await sites?.stop();
});

describe('all sites granted once for research (Firefox ESR)', () => {
  it('grants all sites from the options, then researches a site without a grant of its own', async () => {
    const kranich = sites.sites['kranich']!;
    // Extension pages open from a loopback page the copy may show them to.
    const launcher = await session.browser.newPage();
    await launcher.goto(kranich.origin.replace(/\/\/[^:/]+/, '//127.0.0.1'));
    const options = await session.openExtensionPage(launcher, session.popupUrl().replace('src/popup/index.html', OPTIONS_PATH));
    expect(await options.evaluate((o) => browser.permissions.contains({ origins: [`${o}/*`] }), kranich.origin.replace(/:\d+$/, ''))).toBe(false);

    await options.click('nav a[data-section="settings"]');
    await options.waitForSelector('[data-testid="research-all-sites"][data-granted="false"]');
    await options.click('[data-action="research-allow-all-sites"]');
    await options.waitForSelector('[data-testid="research-all-sites"][data-granted="true"]', { timeout: 20_000 });
    expect(await options.evaluate((o) => browser.permissions.contains({ origins: o }), ALL_SITES)).toBe(true);
    const before = await granted(options);

    // Research automatically: the popup researches by itself only where Leadfill may read already,
    // and never asks; so the research below runs on the all-sites grant alone.
    await options.click('[data-testid="research-auto"]');
    await options.waitForFunction(async () => ((await browser.runtime.sendMessage({ type: 'settings.get' })) as { data: { settings: { research: { auto: boolean } } } }).data.settings.research.auto, { timeout: 20_000, polling: 200 });

    const tab = await session.browser.newPage();
    await tab.goto(kranich.url('/'));
    const tabId = await tabIdOf(session, tab, kranich.url('/'));
    const popup = await session.openExtensionPage(tab, session.popupUrl(tabId));
    await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
    const create = await popup.$('[data-action="create-lead"]');
    if (create) {
      await create.click();
      await popup.waitForFunction(() => !document.querySelector('[data-action="create-lead"]'), { timeout: 20_000 });
    }
    const ended = await popup.waitForFunction(() => {
      const s = document.querySelector('[data-testid="research-status"]')?.getAttribute('data-status');
      return s === 'done' || s === 'failed' ? s : false;
    }, { timeout: 30_000 });
    expect(await ended.jsonValue()).toBe('done');
    await popup.waitForFunction(() => document.querySelector('[data-field="vatId"]')?.getAttribute('data-state') === 'found', { timeout: 20_000 });
    expect(kranich.requests.get('/impressum.html')).toBe(1);
    // No grant for the site itself was asked for or added.
    expect((await granted(options)).sort()).toEqual(before.sort());
    expect(before).not.toContain('http://kranich.localhost/*');

    // Given back from the options, all sites go, and the site is out of reach again.
    await options.click('[data-action="research-remove-all-sites"]');
    await options.waitForSelector('[data-testid="research-all-sites"][data-granted="false"]', { timeout: 20_000 });
    expect(await options.evaluate((o) => browser.permissions.contains({ origins: [`${o}/*`] }), kranich.origin.replace(/:\d+$/, ''))).toBe(false);
  });
});
