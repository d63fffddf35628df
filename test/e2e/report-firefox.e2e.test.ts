/**
 * The quality report in Firefox ESR: the same two batches as the Chromium test imported through the
 * options page, the report opened for one batch, its figures counted by the report's worker (a module
 * worker reading the extension's database in Firefox too), a chart drawn, and the CSV export saved.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../support/static-server.mjs';
import { OPTIONS_PATH, REPORT_PATH } from './support/extension-copy';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { FAIR_CAMPAIGN, FAIR_CSV, WEB_CAMPAIGN, WEB_CSV } from './support/report-batches';

let session: FirefoxSession;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let site: Page;
let work: string;
const downloads = () => join(work, 'downloads');

const pageUrl = (path: string, rest = '') => `moz-extension://${session.uuid}/${path}${rest}`;

async function importCsv(name: string, csv: string): Promise<void> {
  const file = join(work, name);
  writeFileSync(file, csv);
  const options = await session.openExtensionPage(site, pageUrl(OPTIONS_PATH, '#import'));
  const input = await options.waitForSelector('[data-testid="csv-file"]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  await options.waitForSelector('[data-testid="import-country"]');
  await options.select('[data-testid="import-country"]', 'DE');
  await options.click('[data-action="import"]');
  await options.waitForSelector('[data-testid="import-result"] [role="status"]', { timeout: 30_000 });
  await options.close();
}

const value = (page: Page, measure: string, source: string) =>
  page.$eval(`td[data-measure="${measure}"][data-source="${source}"]`, (td) => Number(td.getAttribute('data-value')));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'leadfill-report-ff-'));
  session = await launchFirefox({ downloadDir: downloads() });
  server = await startStaticServer();
  site = await session.browser.newPage();
  await site.goto(server.url('/'));
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('Quality report in Firefox ESR', () => {
  it('counts two imported batches in its worker, draws a chart and exports the CSV', async () => {
    await importCsv('fair.csv', FAIR_CSV);
    await importCsv('web.csv', WEB_CSV);

    const report = await session.openExtensionPage(site, pageUrl(REPORT_PATH, '?by=campaign'));
    await report.waitForSelector('[data-report-ready]', { timeout: 60_000 });
    // Counted by hand in report-batches.ts: three leads each; the fair's two complete ones; the web form's
    // invented lead (placeholder name, disposable address, no company) and its free-mail address.
    expect(await value(report, 'leads', FAIR_CAMPAIGN)).toBe(3);
    expect(await value(report, 'leads', WEB_CAMPAIGN)).toBe(3);
    expect(await value(report, 'leads', '*')).toBe(6);
    expect(await value(report, 'complete', FAIR_CAMPAIGN)).toBe(2);
    expect(await value(report, 'complete', WEB_CAMPAIGN)).toBe(0);
    expect(await value(report, 'invalidPhone', WEB_CAMPAIGN)).toBe(1);
    expect(await value(report, 'fake.disposable-email', WEB_CAMPAIGN)).toBe(1);
    expect(await value(report, 'looksInvented', WEB_CAMPAIGN)).toBe(1);
    expect(await value(report, 'freeMail', WEB_CAMPAIGN)).toBe(1);
    expect(await value(report, 'duplicatesWithin', '*')).toBe(2);
    expect(await report.$$eval('[data-findings] li', (items) => items.length)).toBeGreaterThan(0);

    // A drawn chart has pixels that are not transparent.
    const painted = await report.$eval('canvas[data-chart]', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);

    // The CSV export lands in the download folder: one row per measure, the batches side by side.
    await report.click('[data-action="export-csv"]');
    const deadline = Date.now() + 20_000;
    let files: string[] = [];
    while (!(files = readdirSync(downloads(), { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.csv')).map((f) => f.name)).length) {
      if (Date.now() > deadline) throw new Error('No CSV in the download folder');
      await new Promise((r) => setTimeout(r, 200));
    }
    const lines = readFileSync(join(downloads(), files[0]!), 'utf8').split('\r\n');
    const invented = lines.find((l) => l.split(',')[2] === 'looksInvented');
    expect(invented?.split(',').slice(3)).toEqual(['0', '1', '1']);
    await report.close();
  });
});
