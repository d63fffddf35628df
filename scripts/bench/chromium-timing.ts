/**
 * Times the real content script in headless Chromium: the built extension is loaded, each page is
 * served on 127.0.0.1, and an extension page injects content.js and asks it to detect, as the popup does.
 */
import type { Page } from 'playwright-core';
import { launchChromium, tabIdOf } from '../../test/e2e/support/chromium';
import { startStaticServer } from '../../test/support/static-server.mjs';

export interface PageTiming {
  file: string;
  extractMs: number[];
  textReadMs: number[];
}

/**
 * Runs in the extension page. Kept as source text because tsx's name-keeping helpers (`__name`)
 * do not exist inside the browser page that evaluates it.
 */
const TIME_TAB = `async ({ tabId, runs }) => {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const extractMs = [];
  for (let i = 0; i < runs; i++) {
    const answer = await chrome.tabs.sendMessage(tabId, { type: 'detect' });
    extractMs.push(answer.elapsedMs);
  }
  const textReadMs = [];
  for (let i = 0; i < runs; i++) {
    const [res] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        // Repeated, because one read of a small page is below the browser's timer resolution (0.1 ms).
        const REPEAT = 20;
        let chars = 0;
        const t0 = performance.now();
        for (let r = 0; r < REPEAT; r++) {
          const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
          const parts = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
          chars += parts.join(' ').length;
        }
        return { ms: (performance.now() - t0) / REPEAT, chars };
      },
    });
    textReadMs.push(res.result.ms);
  }
  return { extractMs, textReadMs };
}`;

async function timeTab(extPage: Page, tabId: number, runs: number): Promise<{ extractMs: number[]; textReadMs: number[] }> {
  return extPage.evaluate(`(${TIME_TAB})(${JSON.stringify({ tabId, runs })})`);
}

export async function timeInChromium(dirs: { dir: string; files: string[] }[], runs: number): Promise<PageTiming[]> {
  const session = await launchChromium();
  const out: PageTiming[] = [];
  try {
    const extPage = await session.context.newPage();
    await extPage.goto(session.popupUrl(0));
    const tab = await session.context.newPage();
    let tabId: number | undefined;
    for (const { dir, files } of dirs) {
      const server = await startStaticServer({ root: dir });
      try {
        for (const file of files) {
          const url = server.url(`/${file}`);
          await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
          // The tab keeps its id across navigations, so pages that rewrite their own URL cannot lose it.
          tabId ??= await tabIdOf(extPage, url);
          out.push({ file, ...(await timeTab(extPage, tabId, runs)) });
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await session.close();
  }
  return out;
}
