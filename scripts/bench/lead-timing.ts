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
import { timeRescore, type RescoreTimings } from './rescore-timing';

/** Runs in the popup before its own scripts: notes when the lead view is first painted. */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="detect-status"][data-status="done"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__leadfillReadyMs = performance.now(); });
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** The probe's figure, waiting for the frame it is taken in. */
const READY_MS = `new Promise((resolve) => {
  const poll = () => (window.__leadfillReadyMs === undefined ? requestAnimationFrame(poll) : resolve(window.__leadfillReadyMs));
  poll();
})`;

export interface LeadTimings {
  csvImportSeconds: number;
  popupOpenMs: number[];
  leadsStored: number;
  listPageMs: number[];
  listFirstSearchMs: number;
  listSearchMs: number[];
  rescore: RescoreTimings;
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

    // The lead list's first page, as the options page asks for it, and with a text search.
    const queryMs = async (query: object) => options.evaluate(`(async () => {
      const t = performance.now();
      const r = await browser.runtime.sendMessage(${JSON.stringify({ type: 'leads.query', limit: 50, ...query })});
      if (!r.ok) throw new Error(r.error);
      return performance.now() - t;
    })()`) as Promise<number>;
    const listPageMs = [await queryMs({}), await queryMs({}), await queryMs({})];
    // The first search reads every lead into the list index; later ones filter that index.
    const listFirstSearchMs = await queryMs({ text: 'schäfer4711' });
    const listSearchMs = [await queryMs({ text: 'vogelsang' }), await queryMs({ text: 'münchen', sort: 'score' }), await queryMs({ incomplete: true })];

    const site = await session.context.newPage();
    await site.goto(server.url('/kontakt.html'));
    const tabId = await tabIdOf(options, server.url('/kontakt.html'));
    const popupOpenMs: number[] = [];
    for (let i = 0; i < popupRuns; i++) {
      const popup = await session.context.newPage();
      // Timed inside the popup, from the start of its navigation to the first frame that shows the
      // lead, so the test driver's own polling is not counted.
      await popup.addInitScript(READY_PROBE);
      await popup.goto(session.popupUrl(tabId));
      await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
      popupOpenMs.push(await popup.evaluate(READY_MS) as number);
      await popup.close();
    }
    // Last, since it changes every lead's summary.
    const rescore = await timeRescore(options);
    return { csvImportSeconds, popupOpenMs, leadsStored, listPageMs, listFirstSearchMs, listSearchMs, rescore };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
    await session.close();
  }
}
