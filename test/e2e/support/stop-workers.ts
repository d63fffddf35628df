/**
 * Stops every service worker of a Chromium session the way the browser stops an idle one, and waits
 * until they are stopped. A worker stopped while it is still installing (the first evaluation of a
 * freshly loaded extension's script, seconds on a loaded machine) fails to install: Chromium then
 * drops the extension's registration, and every later message finds "no receiving end" until the
 * browser restarts (service_worker_task_queue.cc: DidStartWorkerFail). A rep's browser never stops
 * a worker there, so the stop waits until every worker is activated.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface VersionState {
  status: string;
  runningStatus: string;
}

/** Versions still on their way to "activated": stopping one of them breaks its registration. */
const INSTALLING = new Set(['new', 'installing', 'installed', 'activating']);

function watchVersions(cdp: CDPSession): { versions: Map<string, VersionState>; stopped: Set<string>; changed: () => Promise<void> } {
  const versions = new Map<string, VersionState>();
  // Seen stopped since the stop was asked for: an event (a tab loading) may start one again right after.
  const stopped = new Set<string>();
  let wake: (() => void) | null = null;
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      versions.set(v.versionId, { status: v.status, runningStatus: v.runningStatus });
      if (v.runningStatus === 'stopped') stopped.add(v.versionId);
    }
    wake?.();
  });
  return { versions, stopped, changed: () => new Promise<void>((resolve) => (wake = resolve)) };
}

async function until(what: string, ok: () => boolean, changed: () => Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`service workers: ${what} not reached within ${timeoutMs} ms`);
    await Promise.race([changed(), new Promise((r) => setTimeout(r, Math.min(left, 250)))]);
  }
}

/** `page`: any page of the session, for the DevTools session that stops the workers. */
export async function stopServiceWorkers(context: BrowserContext, page: Page, timeoutMs = 30_000): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { versions, stopped, changed } = watchVersions(cdp);
    await cdp.send('ServiceWorker.enable');
    const live = () => [...versions].filter(([, v]) => v.status !== 'redundant');
    await until('activation', () => live().length > 0 && live().every(([, v]) => !INSTALLING.has(v.status)), changed, timeoutMs);
    const running = live().filter(([, v]) => v.runningStatus !== 'stopped').map(([id]) => id);
    stopped.clear();
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A message sent while a worker is still stopping would start it again before it stopped.
    await until('stop', () => running.every((id) => stopped.has(id)), changed, timeoutMs);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
