/**
 * The quality report in Chromium: two small batches of different quality imported through the
 * options page, the report opened from its link, its figures and findings checked against what the
 * batches hold (counted by hand below), the charts drawn; a screenshot goes to test-results/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { ROOT } from './support/extension-copy';
import { catalog } from './support/locale-messages';
import { REPORT_PROBE, REPORT_PROBE_RESULT, type ReportProbeResult } from './support/report-probe';
import { FAIR_CAMPAIGN, FAIR_CSV, WEB_CAMPAIGN, WEB_CSV } from './support/report-batches';

const en = catalog('en');
let session: ChromiumSession;

async function importCsv(page: Page, name: string, csv: string): Promise<void> {
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#import`);
  await page.locator('[data-testid="csv-file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.locator('[data-testid="import-country"]').selectOption('DE');
  await page.locator('[data-action="import"]').click();
  await page.locator('[data-testid="import-result"] [role="status"]').waitFor({ timeout: 30_000 });
}

const cell = (page: Page, measure: string, source: string) => page.locator(`td[data-measure="${measure}"][data-source="${source}"]`);
const value = async (page: Page, measure: string, source: string) => Number(await cell(page, measure, source).getAttribute('data-value'));

beforeAll(async () => {
  session = await launchChromium({ lang: 'en-US' });
});

afterAll(async () => {
  await session?.close();
});

describe('Quality report in Chromium', () => {
  it('compares two imported batches side by side, with findings and charts', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await importCsv(page, 'fair.csv', FAIR_CSV);
    await importCsv(page, 'web.csv', WEB_CSV);

    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#leads`);
    const [report] = await Promise.all([session.context.waitForEvent('page'), page.locator('nav [data-action="open-report"]').click()]);
    await report.setViewportSize({ width: 1280, height: 900 });
    await report.locator('select[data-control="by"]').selectOption('campaign');
    await report.locator('[data-report-ready]').waitFor({ timeout: 30_000 });
    expect(new URL(report.url()).searchParams.get('by')).toBe('campaign');

    const fair = FAIR_CAMPAIGN;
    const web = WEB_CAMPAIGN;
    expect(await value(report, 'leads', fair)).toBe(3);
    expect(await value(report, 'leads', web)).toBe(3);
    expect(await value(report, 'leads', '*')).toBe(6);
    // Fair: two complete (the third lacks its street); web: none complete.
    expect(await value(report, 'complete', fair)).toBe(2);
    expect(await value(report, 'complete', web)).toBe(0);
    expect(await value(report, 'completeAtImport', fair)).toBe(2);
    expect(await value(report, 'missing.street', fair)).toBe(1);
    expect(await value(report, 'invalidPhone', web)).toBe(1);
    expect(await value(report, 'invalidPhone', fair)).toBe(0);
    expect(await value(report, 'fake.placeholder-name', web)).toBe(1);
    expect(await value(report, 'fake.disposable-email', web)).toBe(1);
    expect(await value(report, 'fake.not-a-company', web)).toBe(1);
    expect(await value(report, 'looksInvented', web)).toBe(1);
    expect(await value(report, 'looksInvented', fair)).toBe(0);
    expect(await value(report, 'freeMail', web)).toBe(1);
    expect(await value(report, 'reach.direct', fair)).toBe(1);
    expect(await value(report, 'reach.switchboard', fair)).toBe(2);
    expect(await value(report, 'duplicatesStored', web)).toBe(1);
    expect(await value(report, 'duplicatesStored', fair)).toBe(1);
    expect(await value(report, 'duplicatesWithin', '*')).toBe(2);
    expect(await value(report, 'funnel.needs-research', fair)).toBe(3);
    expect(await value(report, 'funnel.unqualified', fair)).toBe(2);
    expect(await cell(report, 'looksInvented', web).textContent()).toBe('1 (33%)');

    const findings = await report.locator('[data-findings] li').allTextContents();
    const webGroup = en('reportGroup_campaign', web);
    expect(findings).toContain(en('reportFindingFreeMail', webGroup, '33%'));
    expect(findings).toContain(en('reportFindingInvented', webGroup, '33%'));
    expect(findings).toContain(en('reportFindingMissing', en('reportGroup_campaign', fair), '33%', 'Street'));

    const charts = report.locator('canvas[data-chart]');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const canvas of await charts.all()) {
      // A drawn chart has pixels that are not transparent.
      const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(1000);
    }

    // The CSV for marketing: the same figures, one row per measure, and the findings.
    const [download] = await Promise.all([report.waitForEvent('download'), report.locator('[data-action="export-csv"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${[en('reportCsvTable'), en('reportMeasure'), en('reportCsvId'), en('reportGroup_campaign', fair), en('reportGroup_campaign', web), en('reportTotal')].join(',')}`);
    expect(lines).toContain([en('reportTableFake'), en('reportLooksInvented'), 'looksInvented', '0', '1', '1'].join(','));
    // Rows as wide as the header: the group columns stay empty on a finding's row.
    expect(lines).toContain([en('reportFindings'), en('reportFindingFreeMail', webGroup, '33%'), '', '', '', ''].join(','));

    // Costs entered by the rep are stored by the background and divided in.
    await report.locator(`input[data-cost-group="${fair}"]`).fill('300');
    await report.locator(`input[data-cost-group="${web}"]`).fill('90,00');
    await report.locator('[data-action="save-costs"]').click();
    await cell(report, 'costPerLead', web).filter({ hasText: '30' }).waitFor();
    expect(await value(report, 'cost', fair)).toBe(300);
    expect(await value(report, 'costPerLead', fair)).toBe(100);
    expect(await value(report, 'costPerComplete', fair)).toBe(150);
    expect(await cell(report, 'costPerQualified', fair).getAttribute('data-value')).toBe('');
    expect(await value(report, 'cost', '*')).toBe(390);
    expect(await cell(report, 'costPerLead', web).textContent()).toBe('€30.00');

    const out = join(ROOT, 'test-results');
    mkdirSync(out, { recursive: true });
    await report.screenshot({ path: join(out, 'report.png'), fullPage: true });
    await report.close();
    await page.close();
  });

  it('keeps the page painting while thousands of leads are counted, the progress bar moving', async () => {
    const rows = ['Company,Website,Phone,Email,City,Campaign'];
    for (let i = 0; i < 4_000; i++) rows.push(`Firma ${i} GmbH,firma${i}.de,089 ${1_000_000 + i},info@firma${i}.de,München,Batch ${i % 4}`);
    const page = await session.context.newPage();
    await importCsv(page, 'many.csv', rows.join('\n'));
    await page.close();

    const report = await session.context.newPage();
    await report.addInitScript(REPORT_PROBE);
    await report.goto(`chrome-extension://${session.extensionId}/src/report/index.html?by=campaign`);
    await report.locator('[data-report-ready]').waitFor({ timeout: 60_000 });
    // Every stored lead counted (the first test's six too when it ran before).
    const stored = (await report.evaluate(`browser.runtime.sendMessage({ type: 'leads.query', limit: 1 }).then((r) => r.data.total)`)) as number;
    expect(stored).toBeGreaterThanOrEqual(4_000);
    expect(await value(report, 'leads', '*')).toBe(stored);
    const probe = (await report.evaluate(REPORT_PROBE_RESULT)) as ReportProbeResult;
    // Progress between the start and the end was shown, and frames kept coming while the worker counted:
    // a main thread that counted the leads itself would stall them for seconds.
    expect(probe.progress.some(([done, total]) => done > 0 && done < total)).toBe(true);
    expect(probe.frames).toBeGreaterThan(2);
    expect(probe.maxFrameGapMs).toBeLessThan(1_000);
    await report.close();
  });
});
