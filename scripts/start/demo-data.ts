/**
 * `npm start`'s demo data: the demo batches imported into the fresh profile through the extension's own
 * protocol, from its options page, as a rep's import of the file there would run (the column mapping
 * the import core proposes for the file's header, the file's name as the batch), then the Quality
 * report opened on them, compared by campaign, so the report has something to show at once.
 * The browser is driven over the DevTools protocol; the connection ends when this is done.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { decodeCsv } from '../../src/core/import/decode';
import { previewDecoded } from '../../src/core/import/import-file';
import { reportSearch } from '../../src/report/selection-url';
import { askFrom } from '../../test/e2e/support/ask-page';
import { OPTIONS_PATH, REPORT_PATH } from '../../test/e2e/support/extension-copy';
import { extensionIdOf, extensionWorker, workerFileOf } from '../../test/e2e/support/extension-worker';
import { importText } from '../../test/e2e/support/import-text';

/** In the order the README tells a rep to import them. */
export const DEMO_BATCHES = ['demo/spring-fair-2026.csv', 'demo/web-form-q1.csv'] as const;
/** The demo leads are German companies: numbers whose row names no country are read as German. */
const DEMO_COUNTRY = 'DE';
const DEVTOOLS_FILE = 'DevToolsActivePort';

export interface DemoData {
  batches: { batch: string; added: number; known: number }[];
  reportUrl: string;
}

/**
 * The browser's DevTools address: with --remote-debugging-port=0 Chromium picks a free port and writes
 * it, with the browser target's path, to DevToolsActivePort in the profile once it listens.
 */
export async function devtoolsEndpoint(profileDir: string, timeoutMs = 30_000): Promise<string> {
  const file = join(profileDir, DEVTOOLS_FILE);
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(file)) {
      const [port, path] = readFileSync(file, 'utf8').split('\n');
      // Read while being written: wait for both lines.
      if (port && /^\d+$/.test(port) && path?.startsWith('/')) return `ws://127.0.0.1:${port}${path}`;
    }
    if (Date.now() > until) throw new Error(`Chromium wrote no ${DEVTOOLS_FILE} within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

/** Imports the demo batches and leaves the report open in the tab that imported them. Throws on the first failure. */
export async function loadDemoData({ root, endpoint, extensionDir }: { root: string; endpoint: string; extensionDir: string }): Promise<DemoData> {
  const browser = await chromium.connectOverCDP(endpoint, { timeout: 30_000 });
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('the browser shows no profile over the DevTools protocol');
    const extensionId = extensionIdOf(await extensionWorker(context, workerFileOf(extensionDir)));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${OPTIONS_PATH}`);
    const batches: DemoData['batches'] = [];
    for (const file of DEMO_BATCHES) {
      const decoded = decodeCsv(new Uint8Array(readFileSync(join(root, file))));
      const { mapping } = previewDecoded(decoded, { rows: 1, defaultCountry: DEMO_COUNTRY });
      const batch = basename(file);
      const result = await importText(askFrom(page), { text: decoded.text, encoding: decoded.encoding, mapping, batch, defaultCountry: DEMO_COUNTRY });
      batches.push({ batch, ...result });
    }
    const reportUrl = `chrome-extension://${extensionId}/${REPORT_PATH}${reportSearch({ by: 'campaign' })}`;
    await page.goto(reportUrl);
    await page.bringToFront();
    await page.locator('[data-report-ready]').waitFor({ timeout: 30_000 });
    return { batches, reportUrl };
  } finally {
    // Over CDP this only disconnects: the browser and its tabs stay.
    await browser.close();
  }
}
