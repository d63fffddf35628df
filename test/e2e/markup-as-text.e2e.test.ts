/**
 * Issue 13's sound fundamentals, kept under test: markup that a page, a CSV cell or a typed value
 * carries is shown as text everywhere the rep sees it, never rendered or run. A page names its
 * company and a person with markup in structured data and visible text; a CSV row carries it in its
 * company cell; the rep types it as a need. The popup, the options page's lead list and its details
 * show the literal characters, hold no element the payload would have made, and no handler ran.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import type { ExtensionApi } from './support/extension-api';
import { importText } from './support/import-text';

declare const browser: ExtensionApi;

/** Each payload marks the page it runs in; a rendered <img> with a broken source runs its onerror. */
const payload = (mark: string) => `<img src="x-${mark}" onerror="document.documentElement.dataset.pwned='${mark}'">`;
const PAGE_COMPANY = `${payload('page')}Fremdfirma GmbH`;

const HOSTILE_PAGE = `<!doctype html><html lang="de"><head><title>Impressum</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: PAGE_COMPANY, telephone: '+49 30 5550 1234', email: 'info@fremdfirma.example' })}</script></head>
<body><h1>Impressum</h1><p>${PAGE_COMPANY.replace(/</g, '&lt;').replace(/>/g, '&gt;')}<br>Ackerweg 3<br>10115 Berlin</p>
<p>Telefon: <a href="tel:+493055501234">+49 30 5550 1234</a><br>E-Mail: <a href="mailto:info@fremdfirma.example">info@fremdfirma.example</a></p></body></html>`;

let dir: string;
let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leadfill-markup-'));
  writeFileSync(join(dir, 'impressum.html'), HOSTILE_PAGE);
  server = await startStaticServer({ root: dir });
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a rendered payload would leave: an element it made, or the mark its handler set. */
async function traces(page: Page): Promise<{ images: number; pwned: string | undefined }> {
  return page.evaluate(() => ({ images: document.querySelectorAll('img[src^="x-"]').length, pwned: document.documentElement.dataset['pwned'] }));
}

async function ask<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate((m) => browser.runtime.sendMessage(m), message)) as { ok: boolean; data?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${String(message['type'])}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

describe('markup from a page, a CSV cell or a typed value', () => {
  it('is shown as text in the popup and stored as text, and nothing of it runs', async () => {
    const site = await session.context.newPage();
    await site.goto(server.url('/impressum.html'));
    const popup = await session.context.newPage();
    await popup.goto(session.popupUrl());
    await popup.goto(session.popupUrl(await tabIdOf(popup, site.url())));
    await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await popup.locator('body').textContent()) ?? '').toContain('<img src="x-page"');
    await popup.locator('[data-action="create-lead"]').click();
    await popup.locator('[data-action="fill-all"]').click();
    await expect.poll(async () => (await ask<{ fields: Record<string, { value: string }> }[]>(popup, { type: 'lead.list' }))[0]?.fields['companyName']?.value).toBe(PAGE_COMPANY);
    // A need typed with markup, as the rep could paste it from a mail.
    const [lead] = await ask<{ id: string }[]>(popup, { type: 'lead.list' });
    await ask(popup, { type: 'lead.recordNeed', leadId: lead!.id, text: `${payload('need')} Ersatzteile` });
    await ask(popup, { type: 'lead.edit', leadId: lead!.id, field: 'role', value: `${payload('typed')}Einkauf` });
    await popup.reload();
    await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
    // The need is shown in its text box, for the rep to edit.
    const shown = () => popup.evaluate(() => `${document.body.textContent} ${[...document.querySelectorAll('textarea, input')].map((e) => (e as HTMLInputElement).value).join(' ')}`);
    await expect.poll(shown).toContain('<img src="x-need"');
    expect(await shown()).toContain('<img src="x-typed"');
    expect(await traces(popup)).toEqual({ images: 0, pwned: undefined });
    expect(await traces(site)).toEqual({ images: 0, pwned: undefined });
    await popup.close();
    await site.close();
  });

  it('is shown as text in the options page\'s lead list and details, imported or found', async () => {
    const options = await session.context.newPage();
    await options.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html#leads'));
    const csv = `Firma,Ort\n"${payload('csv').replace(/"/g, '""')}Kesselwerk Nord GmbH",Bremen\n`;
    const imported = await importText((m) => ask(options, m), { text: csv, mapping: ['companyName', 'city'], batch: 'markup-e2e' });
    expect(imported.added).toBe(1);
    await options.reload();
    const table = options.locator('[data-testid="lead-table"]');
    await expect.poll(async () => (await table.textContent()) ?? '').toContain('<img src="x-csv"');
    await expect.poll(async () => (await table.textContent()) ?? '').toContain('<img src="x-page"');
    // Each lead's details, where every field and its source are shown.
    const rows = table.locator('tbody tr');
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).click();
    expect(await traces(options)).toEqual({ images: 0, pwned: undefined });
    await options.close();
  });
});
