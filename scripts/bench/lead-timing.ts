/**
 * Times what the rep feels with a full database, in headless Chromium with the built extension:
 * importing a 100,000-row CSV through the options page, then opening the popup on a company site.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, tabIdOf } from '../../test/e2e/support/chromium';
import { startStaticServer } from '../../test/support/static-server.mjs';
import { crmCsv } from './crm-csv';

export interface LeadTimings {
  csvImportSeconds: number;
  popupOpenMs: number[];
  leadsStored: number;
}

export async function timeLeadsInChromium(rows: number, popupRuns: number): Promise<LeadTimings> {
  const session = await launchChromium();
  const server = await startStaticServer();
  const dir = mkdtempSync(join(tmpdir(), 'leadfill-bench-csv-'));
  try {
    const file = join(dir, 'crm-export.csv');
    writeFileSync(file, crmCsv(rows, server.origin));

    const options = await session.context.newPage();
    await options.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html#import'));
    const started = performance.now();
    await options.setInputFiles('[data-testid="csv-file"]', file);
    await options.click('[data-action="import"]:not([disabled])', { timeout: 120_000 });
    await options.waitForSelector('[data-testid="import-result"]', { timeout: 600_000 });
    const csvImportSeconds = (performance.now() - started) / 1000;
    const leadsStored = await options.evaluate(`browser.runtime.sendMessage({ type: 'leads.query', limit: 1 }).then((r) => r.data.total)`) as number;

    const site = await session.context.newPage();
    await site.goto(server.url('/kontakt.html'));
    const tabId = await tabIdOf(options, server.url('/kontakt.html'));
    const popupOpenMs: number[] = [];
    for (let i = 0; i < popupRuns; i++) {
      const popup = await session.context.newPage();
      const t0 = performance.now();
      await popup.goto(session.popupUrl(tabId));
      await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
      popupOpenMs.push(performance.now() - t0);
      await popup.close();
    }
    return { csvImportSeconds, popupOpenMs, leadsStored };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
    await session.close();
  }
}
