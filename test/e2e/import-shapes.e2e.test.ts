/**
 * Real export shapes through the options page in Chromium: an Outlook (German) export in Windows-1252
 * with short rows, and a Google Contacts export with paired type/value columns and " ::: " values.
 * The page says which export it recognised, shows the mapping (private, assistant and free-text
 * location columns left out), and the background stores the leads as the rep expects them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, GOOGLE, OUTLOOK_DE } from '../fixtures/import/export-shapes';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { catalog } from './support/locale-messages';
import { listLeads, type StoredLead } from './support/stored-leads';

const en = catalog('en');
let session: ChromiumSession;

const latin1 = (text: string) => Buffer.from(text, 'latin1');

async function storedLeads(page: Page, batch: string): Promise<StoredLead[]> {
  return (await listLeads(page)).filter((l) => Object.values(l.fields).some((f) => f?.source.batch === batch));
}

/** The mapping table's choice per column header. */
async function mapping(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('[data-testid="mapping-table"] tbody tr');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out[(await row.locator('td').first().textContent()) ?? ''] = await row.locator('select').inputValue();
  }
  return out;
}

async function importFile(page: Page, name: string, buffer: Buffer, country: string): Promise<void> {
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#import`);
  await page.locator('[data-testid="csv-file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.locator('[data-testid="import-vendor"]').waitFor();
  await page.locator('[data-testid="import-country"]').selectOption(country);
}

async function runImport(page: Page): Promise<string> {
  await page.locator('[data-action="import"]').click();
  const result = page.locator('[data-testid="import-result"] [role="status"]');
  await result.or(page.locator('[data-section="import"] .error[role="alert"]')).first().waitFor({ timeout: 30_000 });
  return (await result.textContent()) ?? '';
}

beforeAll(async () => {
  session = await launchChromium({ lang: 'en-US' });
});

afterAll(async () => {
  await session?.close();
});

describe('Import of real export shapes in Chromium', () => {
  it('imports an Outlook (German) export: recognised, business columns mapped, private ones left out', async () => {
    const csv = exportCsv(OUTLOOK_DE, [
      { Vorname: 'Jana', Nachname: 'Brückner', Firma: 'Kesselwerk Nord GmbH', Position: 'Einkaufsleiterin', 'Straße geschäftlich': 'Am Hafenkai 12',
        'Ort geschäftlich': 'Bremen', 'Postleitzahl geschäftlich': '28217', 'Straße privat': 'Lindenweg 3', 'Telefon Assistent': '0421 5550199',
        'Telefon geschäftlich': '0421 5550100', Mobiltelefon: '0171 5550123', 'E-Mail-Adresse': 'j.brueckner@kesselwerk-nord.example', Ort: 'Halle 4' },
      { Vorname: 'Tom', Nachname: 'Ostermann', Firma: 'Ostermann & Partner', 'Telefon Firma': '040 5550700', Haupttelefon: '040 5550701' },
    ], { trimTrailing: true });
    const page = await session.context.newPage();
    await importFile(page, 'outlook-kontakte.csv', latin1(csv), 'DE');

    expect(await page.locator('[data-testid="import-vendor"]').textContent()).toBe(en('optImportRecognised', `Outlook (${en('optImportLang_de')})`));
    expect(await page.locator('[data-testid="import-detected"]').textContent())
      .toBe(en('optImportDetected', 'Windows-1252', en('optDelimiterComma'), String(OUTLOOK_DE.length)));
    const chosen = await mapping(page);
    expect(chosen).toMatchObject({
      Firma: 'companyName', 'Straße geschäftlich': 'street', 'Ort geschäftlich': 'city', 'Postleitzahl geschäftlich': 'postalCode',
      'Telefon geschäftlich': 'phone', 'Telefon Firma': 'phone', Mobiltelefon: 'mobile', 'E-Mail-Adresse': 'email',
      Ort: '', Privat: '', 'Straße privat': '', 'Telefon Assistent': '', Pager: '', Verzeichnisserver: '',
    });
    const privat = page.locator('[data-testid="mapping-table"] tbody tr').filter({ has: page.locator('td:first-child', { hasText: /^Straße privat$/ }) });
    expect(await privat.locator('[data-role="recognition"]').textContent()).toBe(en('optImportIgnored_private'));

    expect(await runImport(page)).toBe(en('optImportDone', '2', '2', '0'));
    const leads = await storedLeads(page, 'outlook-kontakte.csv');
    const jana = leads.find((l) => l.fields['lastName']?.value === 'Brückner');
    expect(Object.fromEntries(Object.entries(jana?.fields ?? {}).map(([k, v]) => [k, v?.value]))).toEqual({
      firstName: 'Jana', lastName: 'Brückner', companyName: 'Kesselwerk Nord GmbH', role: 'Einkaufsleiterin', street: 'Am Hafenkai 12', city: 'Bremen',
      postalCode: '28217', phone: '0421 5550100', mobile: '0171 5550123', email: 'j.brueckner@kesselwerk-nord.example',
    });
    const tom = leads.find((l) => l.fields['lastName']?.value === 'Ostermann');
    expect(tom?.fields['phone']?.value).toBe('040 5550700');
    expect(tom?.conflicts?.map((c) => [c.field, c.value.value])).toEqual([['phone', '040 5550701']]);
    await page.close();
  });

  it('imports a Google Contacts export: types route the numbers, " ::: " values become alternatives, a US number stays +1', async () => {
    const csv = exportCsv(GOOGLE, [
      { Name: 'Mira Sandner', 'Given Name': 'Mira', 'Family Name': 'Sandner', 'Group Membership': '* myContacts', 'E-mail 1 - Type': '* Work',
        'E-mail 1 - Value': 'm.sandner@lichtblick-optik.example', 'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '0160 5550147', 'Phone 2 - Type': 'Work',
        'Phone 2 - Value': '030 5550180 ::: 030 5550181', 'Address 1 - Type': 'Work', 'Address 1 - City': 'Berlin', 'Address 1 - Country': 'Germany',
        'Organization 1 - Name': 'Lichtblick Optik GmbH' },
      { 'Given Name': 'Sam', 'Family Name': 'Carter', 'Group Membership': '* myContacts', 'Phone 1 - Type': 'Work', 'Phone 1 - Value': '(512) 555-0164',
        'Address 1 - Type': 'Work', 'Address 1 - City': 'Austin', 'Address 1 - Region': 'TX', 'Organization 1 - Name': 'Northwind Tools Inc.' },
    ]);
    const page = await session.context.newPage();
    await importFile(page, 'google.csv', Buffer.from(csv, 'utf8'), 'DE');

    expect(await page.locator('[data-testid="import-vendor"]').textContent()).toBe(en('optImportRecognised', 'Google Contacts'));
    expect(await mapping(page)).toMatchObject({
      'Phone 1 - Value': 'phone', 'Phone 1 - Type': '', 'E-mail 1 - Value': 'email', 'Organization 1 - Name': 'companyName', 'Address 1 - City': 'city',
    });
    const typeRow = page.locator('[data-testid="mapping-table"] tbody tr').filter({ hasText: 'Phone 1 - Type' });
    expect(await typeRow.locator('[data-role="recognition"]').textContent()).toBe(en('optImportIgnored_type'));
    const preview = page.locator('[data-testid="import-preview"] tbody tr');
    expect(await preview.nth(1).locator('[data-role="country"]').textContent()).toBe('United States');

    expect(await runImport(page)).toBe(en('optImportDone', '2', '2', '0'));
    const leads = await storedLeads(page, 'google.csv');
    const mira = leads.find((l) => l.fields['lastName']?.value === 'Sandner');
    expect(mira?.fields['mobile']?.value).toBe('0160 5550147');
    expect(mira?.fields['phone']?.value).toBe('030 5550180');
    expect(mira?.conflicts?.map((c) => [c.field, c.value.value])).toEqual([['phone', '030 5550181']]);
    const sam = leads.find((l) => l.fields['lastName']?.value === 'Carter');
    expect(sam?.keys).toContain('phone:+15125550164');
    await page.close();
  });

  it('refuses a 600-column file and an empty one before Import, saying what is wrong', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#import`);
    const headers = Array.from({ length: 600 }, (_, i) => (i === 0 ? 'Firma' : `Feld ${i}`));
    await page.locator('[data-testid="csv-file"]').setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(`${headers.join(';')}\nAcme;x\n`) });
    const issue = page.locator('[data-testid="import-issues"] [data-issue="import-too-many-columns"]');
    await issue.waitFor();
    expect(await issue.textContent()).toBe(en('err_import_too_many_columns', '600', '500'));
    expect(await page.locator('[data-action="import"]').count()).toBe(0);

    await page.locator('[data-testid="csv-file"]').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    const empty = page.locator('[data-testid="import-issues"] [data-issue="import-empty-file"]');
    await empty.waitFor();
    expect(await empty.textContent()).toBe(en('err_import_empty_file'));
    expect(await page.locator('[data-action="import"]').count()).toBe(0);
    await page.close();
  });
});
