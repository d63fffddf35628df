/**
 * Times a CSV import through the options page as the rep does it (choose the file, click import,
 * wait for the result), beside the floor of its writes in the same browser session: the same records
 * written with plain IndexedDB in 5,000-record transactions, with the schema's indexes and without.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { rulesOf } from '../../src/background/context';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { ChromiumSession } from '../../test/e2e/support/chromium';
import { startStaticServer } from '../../test/support/static-server.mjs';
import { dropRecords, timeFloor, writePreparedRecords } from './idb-floor';

export interface ImportTimings {
  /** From the rep's click on Import to the result shown. */
  csvImportSeconds: number;
  /** From choosing the file to the preview ready for Import (the file read, decoded and its first rows mapped in the page). */
  csvPreviewSeconds: number;
  idbFloorSeconds: number;
  idbFloorNoIndexSeconds: number;
  /** The options page: left on the import's result, for what is timed next. */
  options: Page;
}

export async function timeImportInChromium(session: ChromiumSession, csv: Uint8Array): Promise<ImportTimings> {
  const dir = mkdtempSync(join(tmpdir(), 'leadfill-bench-csv-'));
  const files = await startStaticServer({ root: dir });
  try {
    const file = join(dir, 'crm-export.csv');
    writeFileSync(file, csv);
    writePreparedRecords(csv, rulesOf(DEFAULT_SETTINGS), join(dir, 'records.json'));

    const options = await session.context.newPage();
    await options.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html#import'));
    const idbFloorSeconds = await timeFloor(options, files.url('/records.json'), true);
    const idbFloorNoIndexSeconds = await timeFloor(options, files.url('/records.json'), false);
    await dropRecords(options);

    const chosen = performance.now();
    await options.setInputFiles('[data-testid="csv-file"]', file);
    const button = options.locator('[data-action="import"]:not([disabled])');
    await button.waitFor({ timeout: 120_000 });
    const started = performance.now();
    await button.click();
    await options.waitForSelector('[data-testid="import-result"]', { timeout: 600_000 });
    const csvImportSeconds = (performance.now() - started) / 1000;
    return { csvImportSeconds, csvPreviewSeconds: (started - chosen) / 1000, idbFloorSeconds, idbFloorNoIndexSeconds, options };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await files.stop();
  }
}
