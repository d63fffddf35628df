/**
 * Bulk research in headless Chromium: 50 imported leads whose websites are 50 invented company sites
 * on 127.0.0.1 (each its own port, as <name>.localhost; every site counts its requests). The job is
 * started, its service worker stopped once mid-run (CDP ServiceWorker.stopAllWorkers), and a new
 * worker finishes it: every lead researched and filled once, no site read again after its lead was done.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './support/extension-api';
import { inventedCompanySites, startResearchSites, type ResearchSites } from '../support/research-sites.mjs';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { stopServiceWorkers } from './support/stop-workers';
import { importText } from './support/import-text';
import { listLeads } from './support/stored-leads';

declare const browser: ExtensionApi;

const LEADS = 50;
let sites: ResearchSites;
let session: ChromiumSession;
let page: Page;

async function request<T>(type: string, extra: Record<string, unknown> = {}): Promise<T> {
  const reply = (await page.evaluate((m) => browser.runtime.sendMessage(m), { type, ...extra })) as { ok: boolean; data?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

interface Job {
  id: string;
  kind: string;
  state: string;
  progress: { done: number; failed: number; total: number | null };
}

beforeAll(async () => {
  sites = await startResearchSites({ named: true, sites: inventedCompanySites(LEADS) });
  session = await launchChromium();
  page = await session.context.newPage();
  await page.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html'));
});

afterAll(async () => {
  await session?.close();
  await sites?.stop();
});

describe('bulk research in Chromium', () => {
  it('researches 50 imported leads once each, across a stopped service worker', async () => {
    const csv = ['Company,Website', ...sites.list.map((s) => `${s.name} Handel GmbH,${s.url('/')}`)].join('\n');
    const imported = await importText((m) => request(m.type as string, m), { text: csv, mapping: ['companyName', 'website'], batch: 'bulk-research-e2e' });
    expect(imported.added).toBe(LEADS);
    const leads = await listLeads(page);
    const started = await request<Job>('leads.research', { ids: leads.map((l) => l.id) });
    const job = async () => (await request<Job[]>('jobs.list')).find((j) => j.id === started.id)!;

    // Stop the worker once some leads are done and not all.
    let atStop = 0;
    for (let i = 0; i < 2_000 && atStop === 0; i++) {
      const j = await job();
      if (j.state === 'done') throw new Error('The job finished before the worker could be stopped.');
      if (j.progress.done > 0) atStop = j.progress.done;
    }
    // The toolbar counts the leads the run has left, on every tab without a count of its own.
    const badge = async () => (await session.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
    await expect.poll(async () => Number(await badge())).toBeGreaterThan(0);
    expect(Number(await badge())).toBeLessThan(LEADS);
    await stopServiceWorkers(session.context, page);
    expect(atStop).toBeLessThan(LEADS);

    // A new worker (woken by these requests, then by the alarm past the dead worker's lease) goes on.
    await expect.poll(async () => (await job()).state, { timeout: 150_000, interval: 1_000 }).toBe('done');
    expect((await job()).progress).toEqual({ done: LEADS, failed: 0, total: LEADS });
    await expect.poll(badge).toBe('');

    const after = (await page.evaluate(() => browser.runtime.sendMessage({ type: 'lead.list' })) as { data: { fields: Record<string, { value: string; source: { url?: string } }>; people: { name: string }[] }[] }).data;
    for (const lead of after) {
      expect(lead.fields['register']?.value, lead.fields['companyName']?.value).toMatch(/^Amtsgericht \S+ HRB \d+$/);
      expect(lead.fields['register']?.source.url).toMatch(/\/impressum\.html$/);
      expect(lead.people).toHaveLength(1);
    }
    // Every site read; a site's imprint is read twice only if it was loading when the worker stopped
    // (at most one chunk: four sites).
    const imprintReads = sites.list.map((s) => s.requests.get('/impressum.html') ?? 0);
    expect(Math.min(...imprintReads)).toBe(1);
    expect(imprintReads.filter((n) => n > 1).length).toBeLessThanOrEqual(4);
    expect(Math.max(...imprintReads)).toBeLessThanOrEqual(2);
    // The pages read before the stop come from the page memo: beyond each site's two pages, only a page
    // in flight at the stop is asked for again (one per site researched at that moment, four at most).
    const extra = sites.list.map((s) => s.total() - 2).filter((n) => n > 0);
    expect(extra.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4);
  }, 240_000);
});
