/**
 * Firefox ESR with the test copy of dist/firefox installed as a temporary add-on, through puppeteer-core
 * over WebDriver BiDi (Playwright cannot load Firefox extensions).
 *
 * BiDi refuses to navigate to moz-extension:// URLs, so (ecosystem.md 2.4) the extension's UUID is fixed
 * with the pref extensions.webextensions.uuids, the test copy lists the popup as web-accessible for the
 * loopback site, and a test opens the popup by clicking a link on a loopback page.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ExtensionApi } from './extension-api';
import { GECKO_ID, POPUP_PATH, prepareExtensionCopy, type ExtensionCopy } from './extension-copy';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(): string {
  const explicit = process.env['FIREFOX_PATH'];
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`FIREFOX_PATH=${explicit} does not exist.`);
    return explicit;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: apt-get install firefox-esr, or set FIREFOX_PATH.');
  return found;
}

export interface FirefoxSession {
  readonly browser: Browser;
  readonly uuid: string;
  readonly copy: ExtensionCopy;
  /** moz-extension://<uuid>/src/popup/index.html[?tabId=N] */
  popupUrl(tabId?: number): string;
  /**
   * Opens `url` (an extension page) by clicking a link on `from`, a loopback page, and returns the new
   * page. Puppeteer reports its URL as about:blank, but evaluate and selectors run in the extension page.
   */
  openExtensionPage(from: Page, url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Where files the pages save (Blob links) land, without asking. */
  downloadDir?: string;
  /** Further preferences. */
  prefs?: Record<string, unknown>;
  /** Changes the test copy before the browser installs it. */
  alterCopy?: (extensionDir: string) => void;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const copy = prepareExtensionCopy('firefox', { exposePagesToLoopback: true });
  options.alterCopy?.(copy.extensionDir);
  const uuid = randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefoxPath(),
      headless: true,
      userDataDir: join(copy.workDir, 'profile'),
      timeout: 60_000,
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Grant the copy's host_permissions at install, as the rep's click on "Allow" would.
        'extensions.originControls.grantByDefault': true,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        ...(options.downloadDir ? {
          'browser.download.folderList': 2,
          'browser.download.dir': options.downloadDir,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.alwaysOpenPanel': false,
        } : {}),
        ...options.prefs,
      },
    });
    const b = browser;
    const id = await b.installExtension(copy.extensionDir);
    if (id !== GECKO_ID) throw new Error(`Installed add-on id ${id}, expected ${GECKO_ID}`);

    const popupUrl = (tabId?: number) => `moz-extension://${uuid}/${POPUP_PATH}${tabId === undefined ? '' : `?tabId=${tabId}`}`;
    const openExtensionPage = async (from: Page, url: string): Promise<Page> => {
      const before = new Set(await b.pages());
      const linkId = `leadfill-e2e-${Math.random().toString(36).slice(2)}`;
      await from.evaluate(
        (href, id) => {
          const a = document.createElement('a');
          a.href = href;
          a.target = '_blank';
          a.id = id;
          a.textContent = 'open extension page';
          document.body.append(a);
        },
        url,
        linkId,
      );
      await from.click(`#${linkId}`);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const page = (await b.pages()).find((p) => !before.has(p));
        // The new tab starts as about:blank: wait until evaluate runs in the extension page itself.
        const href = page ? await page.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '') : '';
        if (page && href === url) {
          await from.evaluate((id) => document.getElementById(id)?.remove(), linkId);
          return page;
        }
        if (Date.now() > deadline) throw new Error(`No extension page at ${url} after clicking a link to it (last: ${href || 'none'})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    return {
      browser: b,
      uuid,
      copy,
      popupUrl,
      openExtensionPage,
      async close() {
        await b.close().catch(() => {});
        copy.remove();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    copy.remove();
    throw err;
  }
}

/**
 * The id of the tab that shows `page` (at `url`), asked from a helper extension page opened on it.
 * Firefox's tabs.query({ url }) misses URLs with a port: all tabs are listed and compared.
 */
export async function tabIdOf(session: FirefoxSession, page: Page, url: string): Promise<number> {
  const helper = await session.openExtensionPage(page, session.popupUrl());
  try {
    const id = await helper.evaluate(
      async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null,
      url,
    );
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  } finally {
    await helper.close();
  }
}
