/**
 * The floor of a worker's wake (issue 11): an extension with nothing in its worker but a message
 * listener that answers, loaded beside Leadfill in the same browser. A request to its stopped worker
 * costs what the browser spends starting any extension worker; the rest of Leadfill's wake is ours.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const WORKER_FILE = 'wake-floor-worker.js';

export interface EmptyExtension {
  dir: string;
  remove(): void;
}

export function emptyExtension(): EmptyExtension {
  const dir = mkdtempSync(join(tmpdir(), 'leadfill-bench-empty-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'wake floor',
    version: '1.0',
    background: { service_worker: WORKER_FILE, type: 'module' },
  }));
  writeFileSync(join(dir, WORKER_FILE), 'chrome.runtime.onMessage.addListener((message, sender, answer) => { answer({ ok: true, data: null }); });\n');
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>wake floor</title>\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The empty extension's page, for asking its worker (found by the worker's file name). */
export async function openEmptyExtensionPage(context: BrowserContext): Promise<Page> {
  const isEmpty = (url: string) => url.startsWith('chrome-extension://') && url.endsWith(`/${WORKER_FILE}`);
  const worker = context.serviceWorkers().find((w) => isEmpty(w.url())) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => isEmpty(w.url()), timeout: 30_000 }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/page.html`);
  return page;
}

/** In an extension page: milliseconds of one request to its own worker. */
export async function requestMs(page: Page, request: object): Promise<number> {
  return page.evaluate(`(async () => {
    const t = performance.now();
    const r = await chrome.runtime.sendMessage(${JSON.stringify(request)});
    if (!r || !r.ok) throw new Error(JSON.stringify(r && r.error));
    return performance.now() - t;
  })()`) as Promise<number>;
}
