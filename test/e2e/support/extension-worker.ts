/**
 * The extension's service worker in a Chromium context, as Playwright sees it: by the worker file the
 * built manifest names (background.js, one classic script), so another extension's worker never passes
 * for ours. Shared by the e2e harness (launchChromium) and `npm start` (over CDP).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';

export function workerFileOf(extensionDir: string): string {
  return (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { background: { service_worker: string } }).background.service_worker;
}

/** The live worker (a stopped worker comes back as a new one), else the next one to start. */
export async function extensionWorker(context: BrowserContext, workerFile: string, timeoutMs = 30_000): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith(`/${workerFile}`);
  const live = context.serviceWorkers().filter(isOurs).at(-1);
  return live ?? context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs });
}

/** The extension's id: the host of its worker's address. */
export const extensionIdOf = (worker: Worker): string => new URL(worker.url()).host;
