/**
 * Times what the rep feels with a full database, in headless Chromium with the built extension:
 * importing a 100,000-row CSV through the options page (beside the floor of its writes: the same
 * records written with plain IndexedDB in the same session), searching the lead list with a freshly
 * woken worker, then opening the popup on a company site.
 */
import type { Page } from 'playwright-core';
import { launchChromium, tabIdOf, type ChromiumSession } from '../../test/e2e/support/chromium';
import { startStaticServer } from '../../test/support/static-server.mjs';
import { crmCsv } from './crm-csv';
import { emptyExtension, openEmptyExtensionPage, requestMs as emptyRequestMs } from './empty-extension';
import { timeExportInChromium, type ExportTimings } from './export-timing';
import { timeImportInChromium } from './import-timing';
import { timeReportInChromium, type ReportTiming } from './report-timing';
import { timeRescore, type RescoreTimings } from './rescore-timing';
import { median } from './stats';
import { stopServiceWorkers } from '../../test/e2e/support/stop-workers';

/** Runs in the popup before its own scripts: notes when the lead view is first painted. */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="detect-status"][data-status="done"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__leadfillReadyMs = performance.now(); });
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

/**
 * Runs in the popup before its own scripts: notes when its tab.state request leaves and when the
 * answer comes back, with the background's account of where the time went (page-reading phases and
 * the lead lookup), so the opening splits into page load, snapshot, transfer, detection, lookup and
 * first paint. Wraps whichever namespace the popup's polyfill will use.
 */
const PHASE_PROBE = `
  for (const ns of [globalThis.browser, globalThis.chrome]) {
    const runtime = ns && ns.runtime;
    if (!runtime || typeof runtime.sendMessage !== 'function') continue;
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (message, ...rest) => {
      if (!message || message.type !== 'tab.state' || window.__leadfillStateSent !== undefined) return send(message, ...rest);
      window.__leadfillStateSent = performance.now();
      const answer = send(message, ...rest);
      Promise.resolve(answer).then((r) => {
        window.__leadfillStateAnswered = performance.now();
        window.__leadfillTimings = r && r.ok ? r.data.timings : null;
      });
      return answer;
    };
  }
`;

/** The phases of one popup opening, in milliseconds from the start of its navigation. */
export interface PopupPhases {
  /** Until the popup's script asked for the tab's state. */
  pageLoad: number;
  inject: number;
  snapshot: number;
  transfer: number;
  /** The snapshot's shape check in the background. */
  check: number;
  detection: number;
  /** The reading's digest (what the rep saw, for the actions after). */
  digest: number;
  /** Joining what research read on the site (storage.local). */
  research: number;
  lookup: number;
  /** The rest of the request's round trip (messaging, session cache, router). */
  messaging: number;
  /** From the answer to the first frame showing the lead. */
  firstPaint: number;
}

const PHASES = `({ sent: window.__leadfillStateSent, answered: window.__leadfillStateAnswered, timings: window.__leadfillTimings })`;

/** The probe's figure, waiting for the frame it is taken in. */
const READY_MS = `new Promise((resolve) => {
  const poll = () => (window.__leadfillReadyMs === undefined ? requestAnimationFrame(poll) : resolve(window.__leadfillReadyMs));
  poll();
})`;

/** Runs in an extension page: waits (at most a minute) until the worker folded the list's deltas into its buckets. */
const LIST_FOLDED = `(async () => {
  const db = await new Promise((resolve, reject) => { const o = indexedDB.open('leadfill'); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
  // Folded when only markers of rewrites are left (shared/db/list-rows.ts: ListDeltaRow.rewritten).
  const unfolded = () => new Promise((resolve, reject) => { const r = db.transaction('listDelta').objectStore('listDelta').getAll(); r.onsuccess = () => resolve(r.result.filter((d) => !d.rewritten).length); r.onerror = () => reject(r.error); });
  for (let waited = 0; (await unfolded()) > 0; waited += 250) {
    if (waited > 60000) throw new Error('The lead list rows were not folded within a minute.');
    await new Promise((r) => setTimeout(r, 250));
  }
  db.close();
})()`;

/** Runs in an extension page: milliseconds to read the list's stored rows with plain IndexedDB (what a woken worker loads). */
const LIST_ROWS_READ = `(async () => {
  const db = await new Promise((resolve, reject) => { const o = indexedDB.open('leadfill'); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['listIndex', 'listDelta']);
    tx.objectStore('listIndex').getAll();
    tx.objectStore('listDelta').getAll();
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
})()`;

/**
 * Runs in the options page: the page's User Timing measures of its lead list answers (src/options/lead-rows.ts),
 * waiting (at most a minute) for one with the search text `text`.
 */
const queryMeasures = (text: string) => `(async () => {
  const all = () => performance.getEntriesByName('leadfill:leads-query').map((e) => ({ ms: e.duration, at: e.startTime, ...e.detail }));
  for (let waited = 0; !all().some((m) => m.text === ${JSON.stringify(text)}); waited += 5) {
    if (waited > 60000) throw new Error('The lead list did not answer the search within a minute.');
    await new Promise((r) => setTimeout(r, 5));
  }
  return all();
})()`;

/**
 * Runs in the options page before its scripts: types `text` into the lead list's search box as soon
 * as it appears (before the list's first query leaves), as a rep who opens the page to search does.
 */
const typeAtOnce = (text: string) => `
  new MutationObserver((_, observer) => {
    const box = document.querySelector('input[name="text"]');
    if (!box) return;
    observer.disconnect();
    box.value = ${JSON.stringify(text)};
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }).observe(document, { subtree: true, childList: true });
`;

/** The first search in a freshly opened options page with the worker stopped: the search typed at once, timed in the page from the typing pause to its answer. */
/** The options page's first search: its time, and where it went (the page's own read of the rows, by phase). */
export interface FirstSearch {
  ms: number;
  /** The page's first list query, whichever it was (the search, or the unfiltered list when the search came after it): the cold read of the rows. */
  firstQueryMs: number;
  firstQuery: boolean;
  byPage: boolean;
  /** Milliseconds since the page's navigation started when the search was asked (after the typing pause). */
  askedAt: number;
  readMs: number;
  decodeMs: number;
  searchMs: number;
}

async function timeFirstSearchInOptions(session: ChromiumSession, stopFrom: Page, text: string): Promise<FirstSearch> {
  await stopWorker(session, stopFrom);
  const page = await session.context.newPage();
  try {
    await page.addInitScript(typeAtOnce(text));
    await page.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html#leads'));
    const measures = (await page.evaluate(queryMeasures(text))) as { ms: number; at: number; text: string; by: string; readMs: number; decodeMs: number; searchMs: number }[];
    const search = measures.find((m) => m.text === text)!;
    return { ms: search.ms, firstQueryMs: measures[0]!.ms, firstQuery: measures[0] === search, byPage: search.by === 'page', askedAt: search.at, readMs: search.readMs, decodeMs: search.decodeMs, searchMs: search.searchMs };
  } finally {
    await page.close();
  }
}

export interface LeadTimings {
  csvImportSeconds: number;
  csvPreviewSeconds: number;
  /** The same records the import stores, written with plain IndexedDB: with the schema's indexes, and without any. */
  idbFloorSeconds: number;
  idbFloorNoIndexSeconds: number;
  /** A request to a freshly stopped worker that reads almost nothing: the floor of the cold search. */
  workerWakeMs: number;
  /** The same wake of an empty extension's worker (a listener that answers) in the same browser: the browser's part of any wake. */
  workerWakeFloorMs: number;
  popupOpenMs: number[];
  popupPhases: PopupPhases[];
  leadsStored: number;
  listPageMs: number[];
  /** The first search in a fresh options page with the worker stopped (the page reads the stored rows itself). */
  listFirstSearch: FirstSearch;
  /** The same search asked of a freshly stopped worker (its list loads the stored rows after the wake). */
  listFirstSearchWorkerMs: number;
  /** The first search from a stopped worker before it folded the import's list rows (the browser closed right after the import). */
  listFirstSearchUnfoldedMs: number;
  /** The list's stored rows read with plain IndexedDB in an extension page: the read a woken worker's first search makes. */
  listRowsReadMs: number;
  listSearchMs: number[];
  rescore: RescoreTimings;
  report: ReportTiming;
  export: ExportTimings;
}

/** Stops the extension's service worker, as the browser does after it idled (CDP, as the e2e tests do). */
async function stopWorker(session: ChromiumSession, page: Page): Promise<void> {
  await stopServiceWorkers(session.context, page);
}

type StateTimings = { injectMs: number; snapshotMs: number; transferMs: number; checkMs?: number; detectMs: number; warmMs?: number; digestMs?: number; researchMs?: number; lookupMs: number };

/**
 * Opens the popup on tab `tabId` `runs` times, each in a new page: the time from the start of its
 * navigation to the first frame that shows the lead, and that time split into its phases.
 */
export async function timePopupOpenings(session: ChromiumSession, tabId: number, runs: number): Promise<{ popupOpenMs: number[]; popupPhases: PopupPhases[] }> {
  const popupOpenMs: number[] = [];
  const popupPhases: PopupPhases[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await session.context.newPage();
    // Timed inside the popup, from the start of its navigation to the first frame that shows the
    // lead, so the test driver's own polling is not counted.
    await popup.addInitScript(READY_PROBE);
    await popup.addInitScript(PHASE_PROBE);
    await popup.goto(session.popupUrl(tabId));
    await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
    const ready = (await popup.evaluate(READY_MS)) as number;
    popupOpenMs.push(ready);
    const p = (await popup.evaluate(PHASES)) as { sent?: number; answered?: number; timings?: StateTimings | null };
    if (p.sent !== undefined && p.answered !== undefined) {
      const t = p.timings ?? { injectMs: 0, snapshotMs: 0, transferMs: 0, detectMs: 0, lookupMs: 0 };
      // Builds before the check, digest and research phases were timed count them as messaging.
      const check = t.checkMs ?? 0;
      const digest = t.digestMs ?? 0;
      const research = t.researchMs ?? 0;
      // A worker's first reading runs the engine on an invented page first (engine-warmup.ts): detection too.
      const detection = t.detectMs + (t.warmMs ?? 0);
      const inBackground = t.injectMs + t.snapshotMs + t.transferMs + check + detection + digest + research + t.lookupMs;
      popupPhases.push({
        pageLoad: p.sent,
        inject: t.injectMs,
        snapshot: t.snapshotMs,
        transfer: t.transferMs,
        check,
        detection,
        digest,
        research,
        lookup: t.lookupMs,
        messaging: Math.max(0, p.answered - p.sent - inBackground),
        firstPaint: ready - p.answered,
      });
    }
    await popup.close();
  }
  return { popupOpenMs, popupPhases };
}

export async function timeLeadsInChromium(rows: number, popupRuns: number): Promise<LeadTimings> {
  const empty = emptyExtension();
  const session = await launchChromium({ extraExtensions: [empty.dir] });
  const server = await startStaticServer();
  try {
    const { csvImportSeconds, csvPreviewSeconds, idbFloorSeconds, idbFloorNoIndexSeconds, options } = await timeImportInChromium(session, crmCsv(rows, server.origin));
    const leadsStored = await options.evaluate(`browser.runtime.sendMessage({ type: 'leads.query', limit: 1 }).then((r) => r.data.total)`) as number;

    // The lead list's first page, as the options page asks for it, and with a text search.
    const requestMs = async (request: object) => options.evaluate(`(async () => {
      const t = performance.now();
      const r = await browser.runtime.sendMessage(${JSON.stringify(request)});
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return performance.now() - t;
    })()`) as Promise<number>;
    const queryMs = (query: object) => requestMs({ type: 'leads.query', limit: 50, ...query });
    // The browser closed right after the import, before the worker folded the import's list rows
    // into their buckets: the first search reads the buckets and one delta per chunk.
    await stopWorker(session, options);
    const listFirstSearchUnfoldedMs = await queryMs({ text: 'schäfer4711' });
    const listPageMs = [await queryMs({}), await queryMs({}), await queryMs({})];
    // Cold, as the rep meets it: the idle worker folded the rows (a pause after the last write), then
    // the browser stopped it; the search wakes a new one, which loads the list's stored rows. Beside
    // it, the same wake with a request that reads nothing big, and the stored rows read alone.
    await options.evaluate(LIST_FOLDED);
    await stopWorker(session, options);
    const workerWakeMs = await requestMs({ type: 'settings.get' });
    // The browser's part of that wake: the empty extension's worker, stopped and woken the same way.
    const floorPage = await openEmptyExtensionPage(session.context);
    const floorWakes: number[] = [];
    for (let i = 0; i < 3; i++) {
      await stopWorker(session, options);
      floorWakes.push(await emptyRequestMs(floorPage, { type: 'wake' }));
    }
    await floorPage.close();
    const workerWakeFloorMs = median(floorWakes);
    const listRowsReadMs = (await options.evaluate(LIST_ROWS_READ)) as number;
    await stopWorker(session, options);
    const listFirstSearchWorkerMs = await queryMs({ text: 'schäfer4711' });
    const first = await timeFirstSearchInOptions(session, options, 'schäfer4712');
    const listSearchMs = [await queryMs({ text: 'vogelsang' }), await queryMs({ text: 'münchen', sort: 'score' }), await queryMs({ incomplete: true })];
    const exported = await timeExportInChromium(session);

    const site = await session.context.newPage();
    await site.goto(server.url('/kontakt.html'));
    const tabId = await tabIdOf(options, server.url('/kontakt.html'));
    const { popupOpenMs, popupPhases } = await timePopupOpenings(session, tabId, popupRuns);
    // The quality report over every stored lead, beside reading the same leads alone.
    const report = await timeReportInChromium(session.context, session.extensionId, Math.min(popupRuns, 3));
    // Last, since it changes every lead's summary.
    const rescore = await timeRescore(options);
    return { csvImportSeconds, csvPreviewSeconds, idbFloorSeconds, idbFloorNoIndexSeconds, workerWakeMs, workerWakeFloorMs, popupOpenMs, popupPhases, leadsStored, listPageMs, listFirstSearch: first, listFirstSearchWorkerMs, listFirstSearchUnfoldedMs, listRowsReadMs, listSearchMs, rescore, report, export: exported };
  } finally {
    await server.stop();
    await session.close();
    empty.remove();
  }
}
