/** Headless Debian Chromium with the test copy of dist/chrome loaded, through playwright-core. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ExtensionApi } from './extension-api';
import { POPUP_PATH, prepareExtensionCopy, type ExtensionCopy } from './extension-copy';
import { extensionIdOf, extensionWorker, workerFileOf } from './extension-worker';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

export function chromiumPath(): string {
  const path = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROME_PATH.`);
  return path;
}

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly copy: ExtensionCopy;
  /** chrome-extension://<id>/src/popup/index.html[?tabId=N] */
  popupUrl(tabId?: number): string;
  /** The extension's service worker as Playwright sees it now (a stopped worker comes back as a new one). */
  serviceWorker(): Promise<Worker>;
  /** Closes the browser and starts it again on the same profile and extension copy (a rep's restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * UI language of the browser, e.g. "de": what chrome.i18n picks the extension's messages by and
   * what Intl formats with. Default: the environment's (English in CI).
   */
  lang?: string;
  /** Changes the test copy before the browser loads it (e.g. a forged content script). */
  alterCopy?: (extensionDir: string) => void;
  /** Other unpacked extensions to load beside it (the bench's empty extension, the floor of a worker's wake). */
  extraExtensions?: string[];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const copy = prepareExtensionCopy('chrome');
  const ext = copy.extensionDir;
  options.alterCopy?.(ext);
  let context: BrowserContext | undefined;
  const launch = () => chromium.launchPersistentContext(join(copy.workDir, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${[ext, ...(options.extraExtensions ?? [])].join(',')}`,
      `--load-extension=${[ext, ...(options.extraExtensions ?? [])].join(',')}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Picks the extension's message catalog (chrome.i18n.getMessage)...
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    // ...and this what getUILanguage(), navigator.language and Intl report: a German browser needs both.
    ...(options.lang ? { locale: options.lang } : {}),
    timeout: 60_000,
  });
  try {
    context = await launch();
    let ctx = context;
    const workerFile = workerFileOf(ext);
    const serviceWorker = (): Promise<Worker> => extensionWorker(ctx, workerFile);
    const extensionId = extensionIdOf(await serviceWorker());
    return {
      extensionId,
      copy,
      popupUrl: (tabId) => `chrome-extension://${extensionId}/${POPUP_PATH}${tabId === undefined ? '' : `?tabId=${tabId}`}`,
      serviceWorker,
      get context() {
        return ctx;
      },
      async restart() {
        await ctx.close();
        ctx = await launch();
        context = ctx;
      },
      async close() {
        await ctx.close().catch(() => {});
        copy.remove();
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    copy.remove();
    throw err;
  }
}

/** The id of the tab showing `url`, asked from an extension page (the test copy may read loopback tab URLs). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}
