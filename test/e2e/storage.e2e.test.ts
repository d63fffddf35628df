/**
 * Storage in the built extension, in headless Chromium: settings live where a content script cannot
 * write them (issue 13 item 7), automatic detection on a chosen site is decided by the background, and
 * a re-scoring job survives its service worker being stopped mid-run, finishing exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './support/extension-api';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { stopServiceWorkers } from './support/stop-workers';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

/** Chrome's namespace inside the service worker, the part used here. */
interface WorkerChrome {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

let server: StaticServer;
let session: ChromiumSession;
let page: Page;

async function request<T>(type: string, extra: Record<string, unknown> = {}): Promise<T> {
  const reply = (await page.evaluate((m) => browser.runtime.sendMessage(m), { type, ...extra })) as { ok: boolean; data?: T; error?: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data as T;
}

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchChromium();
  page = await session.context.newPage();
  await page.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html'));
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('settings in Chromium', () => {
  it('ignores a forged storage.local write: retention stays what the rep saved', async () => {
    await request('settings.update', { patch: { retention: { staleAfterMonths: 18, graceDays: 45 } } });
    // storage.local is what content scripts can write; settings used to live (and be trusted) there.
    const worker = await session.serviceWorker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
      settings: { version: 1, retention: { staleAfterMonths: 1, graceDays: 0 }, autoDetectOrigins: [] },
    }));
    const { settings } = await request<{ settings: { retention: unknown } }>('settings.get');
    expect(settings.retention).toEqual({ staleAfterMonths: 18, graceDays: 45 });
  });

  it('sets the badge on a chosen site: the background decides and asks the page to detect', async () => {
    const { origins } = await request<{ origins: string[] }>('sites.enableAutoDetect', { origin: server.origin });
    expect(origins).toEqual([server.origin]);
    const site = await session.context.newPage();
    await site.goto(server.url('/kontakt.html'));
    const tabId = await tabIdOf(page, site.url());
    const worker = await session.serviceWorker();
    // No lead matches the demo company yet: "+" offers to create one.
    await expect.poll(() => worker.evaluate((id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 20_000 }).toBe('+');
    await site.close();
  });
});

interface Job {
  id: string;
  kind: string;
  state: string;
  progress: { done: number; failed: number; total: number | null };
}

describe('durable jobs in Chromium', () => {
  const LEADS = 10_000;

  it('finishes a re-scoring exactly once when the service worker is stopped in the middle of it', async () => {
    // Leads whose completeness changes with the profile below, so every chunk writes every lead.
    const csv = ['Company,Phone,City', ...Array.from({ length: LEADS }, (_, i) => `Beispiel ${i} GmbH,+49 30 ${String(1_000_000 + i)},Berlin`)].join('\n');
    // Imported as the options page does: the file handed over, then the import job.
    await request('leads.importPiece', { upload: 'rescore-e2e', index: 0, text: csv });
    const importing = await request<Job>('leads.importStart', { upload: 'rescore-e2e', pieces: 1, encoding: 'utf-8', mapping: ['companyName', 'phone', 'city'], batch: 'rescore-e2e', defaultCountry: 'DE' });
    await expect.poll(async () => (await request<Job[]>('jobs.list')).find((j) => j.id === importing.id)?.state, { timeout: 60_000, interval: 250 }).toBe('done');
    expect((await request<{ added: number }>('leads.importResult', { job: importing.id })).added).toBe(LEADS);
    expect((await request<{ total: number }>('leads.query', { incomplete: false, limit: 1 })).total).toBe(0);

    const before = await session.serviceWorker();
    await before.evaluate(() => { (globalThis as { __leadfillMarker?: string }).__leadfillMarker = 'old worker'; });
    await request('settings.update', { patch: { profile: [{ id: 'companyName', anyOf: [['companyName']] }] } });
    const rescore = async () => (await request<Job[]>('jobs.list')).find((j) => j.kind === 'rescore')!;
    // Stop the worker once the job has committed some chunks and not all of them.
    let atStop = 0;
    for (let i = 0; i < 2_000 && atStop === 0; i++) {
      const job = await rescore();
      if (job.state === 'done') throw new Error('The job finished before the worker could be stopped: use more leads.');
      if (job.progress.done > 0) atStop = job.progress.done;
    }
    await stopServiceWorkers(session.context, page);
    expect(atStop).toBeGreaterThan(0);
    expect(atStop).toBeLessThan(LEADS);

    // A new worker (woken by these requests, then by the alarm set past the dead worker's lease) continues.
    await expect.poll(async () => (await rescore()).state, { timeout: 90_000, interval: 1_000 }).toBe('done');
    const done = await rescore();
    // Every lead counted once: a chunk done twice would count its leads twice.
    expect(done.progress).toEqual({ done: LEADS, failed: 0, total: LEADS });
    expect((await request<{ total: number }>('leads.query', { incomplete: false, limit: 1 })).total).toBe(LEADS);
    expect((await request<{ total: number }>('leads.query', { limit: 1 })).total).toBe(LEADS);
    const after = await session.serviceWorker();
    expect(await after.evaluate(() => (globalThis as { __leadfillMarker?: string }).__leadfillMarker ?? null)).toBeNull();
  });
});
