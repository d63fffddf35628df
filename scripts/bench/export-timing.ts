/**
 * Times the CSV export of every stored lead as the rep does it (options page → lead list → Export →
 * the file downloaded), beside its floor in the same page: every stored record read with plain
 * IndexedDB in pages of the export's size, without writing anything.
 */
import { statSync } from 'node:fs';
import { LEAD_PAGE } from '../../src/shared/db/lead-pages';
import type { ChromiumSession } from '../../test/e2e/support/chromium';

export interface ExportTimings {
  /** From the click on Export to the file saved. */
  exportSeconds: number;
  /** The same records read with plain IndexedDB, page by page. */
  readFloorSeconds: number;
  leads: number;
  bytes: number;
}

/** In the page: seconds to read every lead of the extension's database in pages of `size` by primary key. Source text: tsx's helpers do not exist in the browser. */
const READ_FLOOR = `async ({ size }) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('leadfill');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  let after = null;
  let count = 0;
  for (;;) {
    const page = await new Promise((resolve, reject) => {
      const request = db.transaction('leads', 'readonly').objectStore('leads').getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), size);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!page.length) break;
    count += page.length;
    after = page[page.length - 1].id;
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, count };
}`;

export async function timeExportInChromium(session: ChromiumSession): Promise<ExportTimings> {
  const options = await session.context.newPage();
  try {
    await options.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html#leads'));
    const floor = (await options.evaluate(`(${READ_FLOOR})(${JSON.stringify({ size: LEAD_PAGE })})`)) as { seconds: number; count: number };
    await options.locator('[data-action="open-export"]').click();
    const panel = options.locator('[data-testid="export-panel"]');
    await panel.getByLabel('CSV', { exact: true }).check();
    const button = panel.locator('[data-action="export"]:not([disabled])');
    await button.waitFor({ timeout: 120_000 });
    const started = performance.now();
    const [download] = await Promise.all([options.waitForEvent('download', { timeout: 600_000 }), button.click()]);
    const path = await download.path();
    const exportSeconds = (performance.now() - started) / 1000;
    return { exportSeconds, readFloorSeconds: floor.seconds, leads: floor.count, bytes: statSync(path).size };
  } finally {
    await options.close();
  }
}
