/**
 * The quality report over every stored lead, in Chromium with the built extension (run after the
 * 100,000-lead import): from the report page's navigation to its figures on screen, beside two floors
 * taken in the same page right after, from the same database: reading what the report reads (every
 * lead's report input, db/report-rows.ts) alone, and reading the whole leads, in chunks of 1,000, as
 * the report did before it kept inputs.
 */
import type { BrowserContext } from 'playwright-core';
import { REPORT_TIMING_PREFIX, type ReportTimings } from '../../src/report/compute-report';
import { REPORT_PROBE, REPORT_PROBE_RESULT, type ReportProbeResult } from '../../test/e2e/support/report-probe';

/** Runs in the report page before its scripts: notes when the figures are first painted. */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-report-ready]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__leadfillReportMs = performance.now(); });
  }).observe(document, { subtree: true, childList: true });
`;

const REPORT_MS = `new Promise((resolve) => {
  const poll = () => (window.__leadfillReportMs === undefined ? requestAnimationFrame(poll) : resolve(window.__leadfillReportMs));
  poll();
})`;

/** Every lead read by primary key in chunks of 1,000, each its own transaction, as the report reads them. */
const READ_ALL_MS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('leadfill');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const started = performance.now();
    let count = 0;
    const next = (after) => {
      const store = db.transaction('leads').objectStore('leads');
      const request = store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), 1000);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const rows = request.result;
        count += rows.length;
        if (rows.length) next(rows[rows.length - 1].id);
        else { db.close(); resolve({ ms: performance.now() - started, count }); }
      };
    };
    next(null);
  };
})`;

/** Every stored report input: the buckets and the deltas, with plain IndexedDB, in one transaction. */
const READ_INPUTS_MS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('leadfill');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const started = performance.now();
    const tx = db.transaction(['reportInputs', 'reportInputDelta']);
    let leads = 0;
    for (const name of ['reportInputs', 'reportInputDelta']) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => { for (const row of request.result) leads += (row.upserts ?? row).count; };
    }
    tx.onerror = () => reject(tx.error);
    tx.oncomplete = () => { db.close(); resolve({ ms: performance.now() - started, count: leads }); };
  };
})`;

export interface ReportTiming {
  reportMs: number[];
  /** Reading the report inputs alone: the report's floor. */
  readInputsMs: number[];
  /** Reading the whole leads alone: the floor of a report that reads the leads. */
  readAllMs: number[];
  /** The longest the page went without painting a frame while the figures were counted (the worker's doing). */
  maxFrameGapMs: number[];
  /** Where the report's worker spent its time, per run. */
  phases: ReportTimings[];
  leadsRead: number;
}

export async function timeReportInChromium(context: BrowserContext, extensionId: string, runs: number): Promise<ReportTiming> {
  const reportMs: number[] = [];
  const readAllMs: number[] = [];
  const readInputsMs: number[] = [];
  const maxFrameGapMs: number[] = [];
  const phases: ReportTimings[] = [];
  let leadsRead = 0;
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.addInitScript(REPORT_PROBE);
    await page.goto(`chrome-extension://${extensionId}/src/report/index.html?by=source`);
    await page.waitForSelector('[data-report-ready]', { timeout: 120_000 });
    reportMs.push((await page.evaluate(REPORT_MS)) as number);
    maxFrameGapMs.push(((await page.evaluate(REPORT_PROBE_RESULT)) as ReportProbeResult).maxFrameGapMs);
    phases.push((await page.evaluate(`Object.fromEntries(performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith(${JSON.stringify(REPORT_TIMING_PREFIX)}))
      .map((m) => [m.name.slice(${REPORT_TIMING_PREFIX.length}), m.duration]))`)) as ReportTimings);
    readInputsMs.push(((await page.evaluate(READ_INPUTS_MS)) as { ms: number }).ms);
    const floor = (await page.evaluate(READ_ALL_MS)) as { ms: number; count: number };
    readAllMs.push(floor.ms);
    leadsRead = floor.count;
    await page.close();
  }
  return { reportMs, readInputsMs, readAllMs, maxFrameGapMs, phases, leadsRead };
}
