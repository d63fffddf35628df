/**
 * `npm start` offers the Quality report on demo data: the start script, run headless on free ports,
 * imports both demo batches into its fresh profile and leaves the report, compared by campaign, open
 * beside the demo site. Checked over the DevTools address it prints, then stopped as Ctrl-C would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatch } from '../../src/core/lead/import-snapshot';
import type { Lead } from '../../src/core/lead/types';
import { groupOf } from '../../src/core/report/selection';
import { DEMO_BATCHES } from '../../scripts/start/demo-data';
import { askFrom } from './support/ask-page';
import { chromiumPath } from './support/chromium';
import { ROOT } from './support/extension-copy';

let start: ChildProcess;
let output = '';
let browser: Browser | undefined;

/** The first match of `pattern` in what start printed so far, waited for; its failure line ends the wait early. */
async function printed(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const match = output.match(pattern);
    if (match) return match;
    if (/demo data not loaded.*/.test(output)) throw new Error(`start said: ${output.match(/demo data not loaded.*/)?.[0]}`);
    if (start.exitCode !== null) throw new Error(`start exited (${start.exitCode}):\n${output}`);
    if (Date.now() > until) throw new Error(`start did not print ${pattern} within ${timeoutMs} ms:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(() => {
  start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--headless', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  start.stderr?.on('data', (d: Buffer) => (output += d.toString()));
});

/** Ctrl-C, as a rep stops it; start then closes its browser (a killed start would leave Chromium running). */
async function stopStart(timeoutMs = 15_000): Promise<number | null> {
  if (start.exitCode !== null || start.signalCode !== null) return start.exitCode;
  const exited = new Promise<number | null>((resolve) => start.once('exit', (c) => resolve(c)));
  start.kill('SIGINT');
  const timer = setTimeout(() => start.kill('SIGKILL'), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

afterAll(async () => {
  await browser?.close().catch(() => {});
  await stopStart();
});

describe('npm start', () => {
  it('imports both demo batches and opens the report by campaign beside the demo site, then stops cleanly', async () => {
    const site = (await printed(/start: demo site\s+(\S+)/))[1]!;
    const profile = (await printed(/fresh profile in (\S+)/))[1]!;
    const endpoint = (await printed(/start: DevTools\s+(\S+)/))[1]!;
    await printed(/start: Quality report/);

    browser = await chromium.connectOverCDP(endpoint);
    const pages = browser.contexts()[0]!.pages();
    expect(pages.map((p) => p.url())).toContain(site);
    const report = pages.find((p) => p.url().startsWith('chrome-extension://') && p.url().includes('/src/report/'));
    if (!report) throw new Error(`no report tab among ${pages.map((p) => p.url()).join(', ')}`);
    expect(new URL(report.url()).searchParams.get('by')).toBe('campaign');
    await report.locator('[data-report-ready]').waitFor({ timeout: 30_000 });
    expect(await report.locator('select[data-control="by"]').inputValue()).toBe('campaign');

    // Both files stored as their own batch, as an import of each from the options page names it.
    const leads = await askFrom(report)<Lead[]>({ type: 'lead.list' });
    const batches = new Set(leads.map((l) => importBatch(l)));
    expect([...batches].sort()).toEqual(DEMO_BATCHES.map((f) => basename(f)).sort());
    // The report's columns: every campaign the stored leads name, each with its own count.
    const campaigns = new Map<string, number>();
    for (const lead of leads) campaigns.set(groupOf(lead, 'campaign'), (campaigns.get(groupOf(lead, 'campaign')) ?? 0) + 1);
    expect(campaigns.size).toBeGreaterThanOrEqual(2);
    for (const [campaign, count] of campaigns) {
      expect(Number(await report.locator(`td[data-measure="leads"][data-source="${campaign}"]`).getAttribute('data-value'))).toBe(count);
    }
    await browser.close();
    browser = undefined;

    // The browser closes, the servers stop, the throw-away profile goes.
    expect(await stopStart()).toBe(0);
    expect(existsSync(profile)).toBe(false);
  });
});
