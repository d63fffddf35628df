/**
 * An import is a durable job (issue 13 item 2), in Chromium through the options page: stopping the
 * service worker after the first 5,000-row chunk of a 20,000-row import once left 5,000 leads, a raw
 * "message channel closed" error and a frozen progress bar, and importing the file again gave 25,000.
 * Now a new worker finishes the job, the page shows its result, and the same file again adds nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { stopServiceWorkers } from './support/stop-workers';
import type { ExtensionApi } from './support/extension-api';
import { catalog } from './support/locale-messages';

declare const browser: ExtensionApi;

interface Job {
  id: string;
  kind: string;
  state: string;
  progress: { done: number; failed: number; total: number | null };
}

const ROWS = 20_000;
const en = catalog('en');
let session: ChromiumSession;

async function request<T>(page: Page, message: object): Promise<T> {
  const reply = (await page.evaluate((m) => browser.runtime.sendMessage(m), message)) as { ok: boolean; data?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${JSON.stringify(message)} failed: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

const importJobs = async (page: Page) => (await request<Job[]>(page, { type: 'jobs.list' })).filter((j) => j.kind === 'import');
const total = async (page: Page) => (await request<{ total: number }>(page, { type: 'leads.query', limit: 1 })).total;

function csv(): Buffer {
  const lines = ['Firma;Telefon;E-Mail;PLZ;Ort'];
  for (let i = 0; i < ROWS; i++) lines.push(`Beispielwerk ${i} GmbH;+49 30 ${String(2_000_000 + i)};info${i}@beispielwerk-${i}.example;10115;Berlin`);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

async function chooseFile(page: Page, buffer: Buffer): Promise<void> {
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#import`);
  await page.locator('[data-testid="csv-file"]').setInputFiles({ name: 'messe-2026.csv', mimeType: 'text/csv', buffer });
  await page.locator('[data-testid="import-vendor"]').waitFor();
}

const resultText = (page: Page) => page.locator('[data-testid="import-result"] [role="status"]');

beforeAll(async () => {
  session = await launchChromium({ lang: 'en-US' });
});

afterAll(async () => {
  await session?.close();
});

describe('an import as a durable job in Chromium', () => {
  it('finishes a 20,000-row import whose worker was stopped after the first chunk, and recognises the same rows imported again', async () => {
    const page = await session.context.newPage();
    const file = csv();
    await chooseFile(page, file);
    await page.locator('[data-action="import"]').click();

    // Stop the worker once the first chunk is stored and the rest is not.
    let atStop = 0;
    for (let i = 0; i < 4_000 && atStop === 0; i++) {
      const [job] = await importJobs(page);
      if (job?.state === 'done') throw new Error('The import finished before the worker could be stopped: use more rows.');
      if (job && job.progress.done > 0) atStop = job.progress.done;
    }
    await stopServiceWorkers(session.context, page);
    expect(atStop).toBeGreaterThanOrEqual(5_000);
    expect(atStop).toBeLessThan(ROWS);

    // A new worker (woken by the alarm set past the dead worker's lease, or by a request) goes on; the page shows the result.
    await expect.poll(async () => (await importJobs(page))[0]?.state, { timeout: 120_000, interval: 1_000 }).toBe('done');
    const [done] = await importJobs(page);
    // Every row counted once: a chunk stored twice would count twice (or fail on its ids).
    expect(done?.progress).toEqual({ done: ROWS, failed: 0, total: ROWS });
    await resultText(page).waitFor({ timeout: 30_000 });
    expect(await resultText(page).textContent()).toBe(en('optImportDone', '20,000', '20,000', '0'));
    expect(await total(page)).toBe(ROWS);

    // The same file again: every row recognised as stored, nothing doubled.
    await chooseFile(page, file);
    await page.locator('[data-action="import"]').click();
    await resultText(page).waitFor({ timeout: 120_000 });
    expect(await resultText(page).textContent()).toBe(en('optImportDone', '0', '20,000', '0'));
    expect(await page.locator('[data-testid="import-known"]').textContent()).toBe(en('optImportKnown', '20,000'));
    expect(await total(page)).toBe(ROWS);
    await page.close();
  });
});
