/**
 * Re-scoring with a full database, timed in the options page of the running extension: the rules
 * change, and the background job re-derives every lead's summary. Beside it, in the same session and
 * on the same leads, the floor: a plain IndexedDB pass that reads the leads in the job's chunks and
 * writes each one back unchanged (same indexes, one transaction per chunk), with no scoring at all.
 * The floor runs before and after the job and the faster pass counts, so a busy moment of a shared
 * machine does not flatter the ratio.
 */
import type { Page } from 'playwright-core';
import { RESCORE_CHUNK } from '../../src/background/jobs/rescore';
import { JOBS_KEY } from '../../src/shared/storage-keys';

export interface RescoreTimings {
  /** From the settings change to the job's last commit. */
  rescoreSeconds: number;
  /** Leads the job went through. */
  rescored: number;
  /** The faster of two plain read+write passes over the same leads (before and after the job). */
  floorSeconds: number;
  floorPassesSeconds: [number, number];
  /** One page of the lead list asked for while the job runs: the list stays usable. */
  listPageDuringMs: number;
  /** The same page asked for with no job running, just before: what "usable" is measured against. */
  listPageIdleMs: number;
}

/** Runs in the options page: one page of the lead list, as the list asks for it. */
const LIST_PAGE = `(async () => {
  const t = performance.now();
  const page = await browser.runtime.sendMessage({ type: 'leads.query', limit: 50 });
  if (!page.ok) throw new Error(JSON.stringify(page.error));
  return performance.now() - t;
})()`;

/** Runs in the options page: the plain pass, raw IndexedDB, chunk by chunk in key order. */
const FLOOR = `(async (chunk) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('leadfill');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  let after = null;
  let total = 0;
  for (;;) {
    const n = await new Promise((resolve, reject) => {
      const tx = db.transaction('leads', 'readwrite');
      const store = tx.objectStore('leads');
      const req = store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), chunk);
      let count = 0;
      req.onsuccess = () => {
        const rows = req.result;
        count = rows.length;
        for (const row of rows) store.put(row);
        if (rows.length) after = rows[rows.length - 1].id;
      };
      tx.oncomplete = () => resolve(count);
      tx.onerror = () => reject(tx.error);
    });
    total += n;
    if (n < chunk) break;
  }
  db.close();
  return { seconds: (performance.now() - started) / 1000, total };
})`;

/** Runs in the options page: change the profile, then wait for the re-scoring job to be announced done. */
const RESCORE = `(async ({ key, profile }) => {
  const since = Date.now();
  const done = new Promise((resolve) => {
    const listener = (changes, area) => {
      const jobs = changes[key] && changes[key].newValue;
      const job = area === 'session' && Array.isArray(jobs) && jobs.find((j) => j.kind === 'rescore' && j.state === 'done' && j.createdAt >= since);
      if (job) { browser.storage.onChanged.removeListener(listener); resolve(job); }
    };
    browser.storage.onChanged.addListener(listener);
  });
  const started = performance.now();
  const reply = await browser.runtime.sendMessage({ type: 'settings.update', patch: { profile } });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  await new Promise((r) => setTimeout(r, 500));
  const t = performance.now();
  const page = await browser.runtime.sendMessage({ type: 'leads.query', limit: 50 });
  if (!page.ok) throw new Error(JSON.stringify(page.error));
  const listPageDuringMs = performance.now() - t;
  const job = await done;
  return { seconds: (performance.now() - started) / 1000, rescored: job.progress.done, listPageDuringMs };
})`;

export async function timeRescore(options: Page): Promise<RescoreTimings> {
  const pass = async () => options.evaluate(`${FLOOR}(${RESCORE_CHUNK})`) as Promise<{ seconds: number; total: number }>;
  const floor = await pass();
  const listPageIdleMs = await options.evaluate(LIST_PAGE) as number;
  // Only the company name required: every imported lead's completeness (and so its summary) changes.
  const profile = [{ id: 'companyName', anyOf: [['companyName']] }];
  const run = await options.evaluate(`${RESCORE}(${JSON.stringify({ key: JOBS_KEY, profile })})`) as { seconds: number; rescored: number; listPageDuringMs: number };
  if (run.rescored !== floor.total) throw new Error(`Re-scored ${run.rescored} leads, the floor pass read ${floor.total}.`);
  const again = await pass();
  return {
    rescoreSeconds: run.seconds, rescored: run.rescored, listPageDuringMs: run.listPageDuringMs, listPageIdleMs,
    floorSeconds: Math.min(floor.seconds, again.seconds), floorPassesSeconds: [floor.seconds, again.seconds],
  };
}
