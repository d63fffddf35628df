/**
 * What the rep waits for when the popup reads a page, in headless Chromium with the built extension:
 * every page opened in a fresh tab and read once, as the popup reads it (the background's tab.state:
 * inject the content script, take the snapshot, hand it over, run the engine, look up the lead).
 * Beside it, in the same run, the floors no design can go below: an empty injected script in a
 * fresh tab, and a message round trip to the worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../test/e2e/support/chromium';
import { startStaticServer } from '../../test/support/static-server.mjs';
import { stopServiceWorkers } from '../../test/e2e/support/stop-workers';
import { emptyExtension, openEmptyExtensionPage, requestMs as emptyRequestMs } from './empty-extension';

export interface ColdReading {
  file: string;
  /** tab.state round trip from an extension page, as the popup waits for it. */
  stateMs: number;
  /** The background's own account of it. */
  injectMs: number;
  snapshotMs: number;
  transferMs: number;
  detectMs: number;
  /** The engine's first run in a worker on an invented page while the page was read (0 once it ran). */
  warmMs: number;
  /** The snapshot's shape check and the reading's digest, in the background. */
  checkMs: number;
  digestMs: number;
  /** Joining what research read on the site, and the lead lookup. */
  researchMs: number;
  lookupMs: number;
  /** An empty script injected into another fresh tab of the same page. */
  floorInjectMs: number;
  /** A refused message's round trip to the worker. */
  floorMessageMs: number;
  /** A bare walk over the page's text nodes in that other tab, repeated and averaged: the floor of a warm reading. */
  textReadMs: number;
  /**
   * The first walk over every node of that tab's page from the extension's world (tag names, attributes,
   * text): what a snapshot taken in a fresh tab cannot avoid (each node met for the first time, the
   * walking code run for the first time), the floor of the snapshot phase.
   */
  coldWalkMs: number;
}

/** Runs in the extension page; source text because tsx's helpers do not exist in the browser. */
export const STATE = `async (tabId) => {
  const t0 = performance.now();
  const r = await browser.runtime.sendMessage({ type: 'tab.state', tabId });
  const ms = performance.now() - t0;
  if (!r.ok || !r.data.timings) throw new Error('tab.state: ' + JSON.stringify(r.ok ? r.data.detectionError : r.error));
  return { stateMs: ms, ...r.data.timings };
}`;
export const FLOOR_INJECT = `async (tabId) => {
  const t0 = performance.now();
  await chrome.scripting.executeScript({ target: { tabId }, func: () => 1 });
  return performance.now() - t0;
}`;
export const FLOOR_MESSAGE = `async () => {
  const t0 = performance.now();
  await browser.runtime.sendMessage({ type: 'bench.ping' });
  return performance.now() - t0;
}`;
export const TEXT_READ = `async (tabId) => {
  const [res] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => {
      // Cold first: every node met once, by code that runs for the first time.
      const c0 = performance.now();
      const stack = [document.documentElement];
      let seen = 0;
      while (stack.length) {
        const node = stack.pop();
        if (node.nodeType === 1) seen += node.tagName.length + (node.hasAttributes() ? 1 : 0);
        else if (node.nodeType === 3) seen += node.data.length;
        for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      }
      const coldWalkMs = performance.now() - c0;
      // Repeated: one read of a small page is below the browser's timer resolution (0.1 ms).
      const REPEAT = 10;
      let chars = 0;
      const t0 = performance.now();
      for (let r = 0; r < REPEAT; r++) {
        const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
        const parts = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
        chars += parts.join(' ').length;
      }
      return { textReadMs: (performance.now() - t0) / REPEAT, coldWalkMs, seen };
    },
  });
  return res.result;
}`;
export const NEWEST_TAB = `browser.tabs.query({}).then((t) => Math.max(...t.map((x) => x.id)))`;

/** What a reading needs from a browser: a fresh tab, and an extension page to ask from. */
export interface BenchBrowser {
  /** Opens `url` in a fresh tab and waits for its load; `tabId` as the extension sees it. */
  freshTab(url: string): Promise<{ tabId: number; close(): Promise<void> }>;
  /** Evaluates a script expression in an extension page of Leadfill. */
  inExtension(expression: string): Promise<unknown>;
}

function chromiumBench(session: ChromiumSession, ext: Page): BenchBrowser {
  return {
    async freshTab(url) {
      const tab = await session.context.newPage();
      await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // Pages may rewrite their own address; the newest tab is this one.
      return { tabId: (await ext.evaluate(NEWEST_TAB)) as number, close: () => tab.close() };
    },
    inExtension: (expression) => ext.evaluate(expression),
  };
}

export async function readOnce(b: BenchBrowser, url: string, file: string, beforeAsk?: () => Promise<void>): Promise<ColdReading> {
  const cold = await b.freshTab(url);
  await beforeAsk?.();
  const state = (await b.inExtension(`(${STATE})(${cold.tabId})`)) as Omit<ColdReading, 'file' | 'floorInjectMs' | 'floorMessageMs' | 'textReadMs' | 'coldWalkMs'>;
  await cold.close();
  const floor = await b.freshTab(url);
  const floorInjectMs = (await b.inExtension(`(${FLOOR_INJECT})(${floor.tabId})`)) as number;
  const { textReadMs, coldWalkMs } = (await b.inExtension(`(${TEXT_READ})(${floor.tabId})`)) as { textReadMs: number; coldWalkMs: number };
  await floor.close();
  const floorMessageMs = (await b.inExtension(`(${FLOOR_MESSAGE})()`)) as number;
  return { file, ...state, floorInjectMs, floorMessageMs, textReadMs, coldWalkMs };
}

/** Every page of each folder, read cold; then `wokenRuns` pages read right after the worker was stopped. */
export async function timeColdDetection(dirs: { dir: string; files: string[] }[]): Promise<ColdReading[]> {
  const session = await launchChromium();
  const out: ColdReading[] = [];
  try {
    const ext = await session.context.newPage();
    await ext.goto(session.popupUrl(0));
    const b = chromiumBench(session, ext);
    for (const { dir, files } of dirs) {
      const server = await startStaticServer({ root: dir });
      try {
        for (const file of files) out.push(await readOnce(b, server.url(`/${file}`), file));
      } finally {
        await server.stop();
      }
    }
  } finally {
    await session.close();
  }
  return out;
}

export interface WokenReading extends ColdReading {
  /** The empty extension's worker, stopped the same way and woken by a message: the browser's part of any wake. */
  wakeFloorMs: number;
}

/**
 * The same, with the worker stopped after the page loaded and before the popup asks: the popup's
 * request starts the worker, whose engine then runs its first detection (the rep's worst case). After
 * each page, the wake floor: an empty extension beside Leadfill (empty-extension.ts), its worker
 * stopped and woken by one message in the same browser.
 */
export async function timeWokenDetection(dir: string, files: string[]): Promise<{ readings: WokenReading[]; noAnswer: string[] }> {
  const noAnswer: string[] = [];
  const empty = emptyExtension();
  const session = await launchChromium({ extraExtensions: [empty.dir] });
  const out: WokenReading[] = [];
  const server = await startStaticServer({ root: dir });
  try {
    const ext = await session.context.newPage();
    await ext.goto(session.popupUrl(0));
    const floorPage = await openEmptyExtensionPage(session.context);
    // Only activated workers are stopped (one stopped while installing loses its registration: every
    // later ask found "no receiving end"), and the ask waits until they have stopped.
    const stopWorkers = () => stopServiceWorkers(session.context, ext);
    const b = chromiumBench(session, ext);
    for (const file of files) {
      let reading: ColdReading;
      try {
        reading = await readOnce(b, server.url(`/${file}`), file, stopWorkers);
      } catch (error) {
        // Counted, not hidden: the popup would show "no answer" here (shared/send.ts) and the rep ask again.
        noAnswer.push(`${file}: ${String(error).split('\n')[0]}`);
        continue;
      }
      await stopWorkers();
      out.push({ ...reading, wakeFloorMs: await emptyRequestMs(floorPage, { type: 'wake' }) });
    }
  } finally {
    await server.stop();
    await session.close();
    empty.remove();
  }
  return { readings: out, noAnswer };
}

/** A temp folder holding one hostile-sized page, removed by the returned function. */
export function bigPageDir(html: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'leadfill-bench-'));
  writeFileSync(join(dir, 'big-2mb.html'), html);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
