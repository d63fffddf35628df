/**
 * The engine on HTML the background fetched (research): the page is parsed, never run, and read into
 * a page snapshot exactly as a live page is; with DOMParser where the context has one (Firefox's
 * event page), else in Chrome's offscreen document (reason DOM_PARSER), created on first use and
 * closed when idle. The engine itself runs here, warm, like for live tabs.
 */
import { SNAPSHOT_BUDGET_MS } from '../core/detect/budget';
import { takeSnapshot } from '../core/detect/snapshot';
import type { PageSnapshot } from '../core/detect/snapshot/types';
import { browser } from '../shared/browser';
import { MAX_HTML_CHARS, type OffscreenRequest } from '../shared/reader-messages';
import type { DetectionResult } from '../core/detect/types';
import { detectPage } from './engine';
import { acceptSnapshot } from './snapshot-shape';

const OFFSCREEN_PATH = 'src/offscreen/index.html';
/** An offscreen document nobody asked for this long is closed again. */
const IDLE_CLOSE_MS = 60_000;

/** The slice of chrome.offscreen (Chrome 116+) used here; webextension-polyfill does not wrap it. */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

let opening: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  opening ??= api
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read the contact data of company pages fetched for research.' })
    .catch((err: unknown) => {
      // A document from before a worker restart is still open: that one answers.
      if (!/single offscreen|already/i.test(String(err))) {
        opening = null;
        throw err;
      }
    });
  await opening;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    opening = null;
    api.closeDocument().catch(() => {});
  }, IDLE_CLOSE_MS);
}

function parseHere(html: string, url: string): PageSnapshot {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return takeSnapshot(doc, url, { now: () => performance.now(), deadline: performance.now() + SNAPSHOT_BUDGET_MS });
}

export async function snapshotHtml(html: string, url: string): Promise<PageSnapshot> {
  // Parsers cope with a page cut short; no imprint needs more than this.
  const text = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  if (typeof DOMParser === 'function') return parseHere(text, url);
  const api = offscreenApi();
  if (!api) throw new Error('this browser can parse no HTML in the background');
  await ensureOffscreen(api);
  const request: OffscreenRequest = { type: 'offscreen.snapshot', html: text, url };
  const snapshot = acceptSnapshot(await browser.runtime.sendMessage(request));
  if (!snapshot) throw new Error('the offscreen reader answered with something that is no page snapshot');
  return snapshot;
}

/**
 * The engine on a page's HTML as fetched. `url` is the page's address after redirects, for its domain
 * and its relative links.
 */
export async function detectHtml(html: string, url: string): Promise<DetectionResult> {
  return detectPage(await snapshotHtml(html, url));
}
