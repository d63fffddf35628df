/**
 * The whole job in Chromium: a rep imports a CRM export of incomplete leads, visits one lead's company
 * page, fills what the popup finds with one click, records the need and a dated meeting, qualifies the
 * lead and exports it. A broken row is reported with its row number and not imported. A second
 * browser started in German shows the popup in German.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { crmCsvBytes } from './support/crm-csv';
import type { ExtensionApi } from './support/extension-api';
import { catalog } from './support/locale-messages';
import { listLeads, type StoredLead } from './support/stored-leads';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

const DEMO_COMPANY = 'Musterwerk Maschinenbau GmbH';
/** What the Kontakt page shows, as the popup offers it. */
const FOUND_ON_KONTAKT = {
  phone: '+49 89 47112800',
  email: 'info@musterwerk.example',
  street: 'Zahnradstraße 17',
  postalCode: '81249',
  city: 'München',
} as const;
/** The fixture's rows after the header; the 5th (spreadsheet row 6) has a mistyped e-mail address. */
const DATA_ROWS = 6;
const BROKEN_ROW = 6;
const BROKEN_EMAIL = 'vertrieb(at)fraesetechnik.example';
const IMPORTED_COMPANIES = [
  DEMO_COMPANY, 'Bäckerei Schröder & Söhne KG', 'Öko-Energie Süd GmbH', 'Glaserei Weiß', 'Brückner Lüftungstechnik GmbH',
];
/** Windows-1252-only characters (0x96, 0x84, 0x93) in the demo row's note: proof the file was decoded right. */
const DEMO_NOTE = 'Messe – Halle 4, „Interesse an Wartung“';
const NEED = 'Wartungsvertrag für 12 Fräsmaschinen ab dem nächsten Quartal';

const en = catalog('en');
const de = catalog('de');

let server: StaticServer;
let session: ChromiumSession;
let demoTabId: number;

const optionsUrl = (s: ChromiumSession, section: string) => `chrome-extension://${s.extensionId}/src/options/index.html#${section}`;

/** YYYY-MM-DD of the day `days` from today, in local time (what a date input holds). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function storedDemoLead(page: Page): Promise<StoredLead> {
  const lead = (await listLeads(page)).find((l) => l.fields['companyName']?.value === DEMO_COMPANY);
  if (!lead) throw new Error(`No stored lead named ${DEMO_COMPANY}`);
  return lead;
}

/** Opens the demo company's Kontakt page in a new tab of `s`; returns the tab's id. */
async function openDemoKontaktPage(s: ChromiumSession): Promise<number> {
  const demo = await s.context.newPage();
  await demo.goto(server.url('/kontakt.html'));
  const helper = await s.context.newPage();
  await helper.goto(s.popupUrl());
  const tabId = await tabIdOf(helper, demo.url());
  await helper.close();
  return tabId;
}

/** The popup page for the demo tab, once it has read the page. */
async function openPopupForDemoTab(s: ChromiumSession = session, tabId = demoTabId): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.goto(s.popupUrl(tabId));
  await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
  return popup;
}

/**
 * Waits until `wanted` shows; fails at once with the page's message when the background refused the
 * action (the popup's error line by default).
 */
async function waitForOutcome(page: Page, wanted: Locator, errorSelector = '[data-testid="error"]'): Promise<void> {
  const refused = page.locator(errorSelector);
  await wanted.or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.isVisible()) throw new Error(`The page shows an error: ${await refused.textContent()}`);
}

/** Opens a collapsible popup section (they remember being closed, and the stage opens only when complete). */
async function openSection(popup: Page, id: 'stage' | 'score' | 'people'): Promise<Locator> {
  const section = popup.locator(`details.section-${id}`);
  if (!(await section.evaluate((d: HTMLDetailsElement) => d.open))) await section.locator('summary').click();
  await popup.locator(`details.section-${id}[open]`).waitFor();
  return section;
}

async function scorePoints(popup: Page): Promise<number> {
  return Number(await popup.locator('[data-testid="score"]').getAttribute('data-points'));
}

async function ruleMet(popup: Page, ruleId: string): Promise<boolean> {
  return (await popup.locator(`[data-rule="${ruleId}"]`).getAttribute('data-met')) === 'true';
}

/** Opens the options page's export panel, picks the format, and returns the downloaded file's text. */
async function exportLeads(options: Page, format: 'csv' | 'vcf'): Promise<{ name: string; text: string }> {
  const panel = options.locator('[data-testid="export-panel"]');
  if (!(await panel.isVisible())) await options.locator('[data-action="open-export"]').click();
  await panel.waitFor();
  if (format === 'vcf') {
    await panel.getByLabel('vCard (.vcf)').check();
  } else {
    await panel.getByLabel('CSV', { exact: true }).check();
    // German Excel's format, as a German CRM would re-import it.
    await panel.locator('select[name="language"]').selectOption('de');
    await panel.locator('select[name="delimiter"]').selectOption(';');
  }
  const [download] = await Promise.all([options.waitForEvent('download'), panel.locator('[data-action="export"]').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

beforeAll(async () => {
  server = await startStaticServer();
  // English UI whatever the machine's language, so the texts compared below are the English ones.
  session = await launchChromium({ lang: 'en-US' });
  demoTabId = await openDemoKontaktPage(session);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('Lead flow in Chromium: CSV import, completion on the company page, qualification, export', () => {
  it('imports the CRM export of incomplete leads and reports the broken row with its row number', async () => {
    const options = await session.context.newPage();
    await options.goto(optionsUrl(session, 'import'));
    await options.locator('[data-testid="csv-file"]').setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: crmCsvBytes(server.origin) });

    await expect.poll(() => options.locator('[data-testid="import-detected"]').textContent())
      .toBe(en('optImportDetected', 'Windows-1252', en('optDelimiterSemicolon'), '9'));
    // The full-name column is split into first and last name; the rest map by their German headers.
    const mapping = await options.locator('[data-testid="mapping-table"] select').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(mapping).toEqual(['companyName', 'fullName', 'street', 'postalCode', 'city', 'phone', 'email', 'website', 'notes']);

    // The file names no country: its numbers are German, which the rep says (the English browser proposes the United States).
    await options.locator('[data-testid="import-country"]').selectOption('DE');

    const preview = options.locator('[data-testid="import-preview"] tbody tr');
    await expect.poll(() => preview.count()).toBe(DATA_ROWS);
    const demoPreview = await preview.nth(0).locator('td').allTextContents();
    expect(demoPreview).toEqual(expect.arrayContaining([DEMO_COMPANY, 'Katrin', 'Vogelsang', server.origin, DEMO_NOTE]));
    expect(await preview.nth(1).textContent()).toContain('Bäckerei Schröder & Söhne KG');
    const brokenPreview = preview.filter({ hasText: BROKEN_EMAIL });
    expect(await brokenPreview.getAttribute('class')).toBe('rejected');
    expect(await brokenPreview.locator('td').first().textContent()).toBe(String(BROKEN_ROW));

    await options.locator('[data-action="import"]').click();
    const result = options.locator('[data-testid="import-result"]');
    await waitForOutcome(options, result, '[data-section="import"] .error[role="alert"]');
    expect(await result.locator('[role="status"]').textContent())
      .toBe(en('optImportDone', String(IMPORTED_COMPANIES.length), String(DATA_ROWS), '1'));

    const rejected = result.locator('[data-testid="rejected-rows"] tbody tr');
    expect(await rejected.count()).toBe(1);
    const [rowNumber, reason] = await rejected.locator('td').allTextContents();
    expect(rowNumber).toBe(String(BROKEN_ROW));
    expect(reason).toBe(en('optImportErr_invalid_email', 'E-Mail'));
    expect(await rejected.locator('.cell').allTextContents()).toContain(BROKEN_EMAIL);

    const stored = await listLeads(options);
    expect(stored.map((l) => l.fields['companyName']?.value).sort()).toEqual([...IMPORTED_COMPANIES].sort());
    const demoLead = await storedDemoLead(options);
    expect(demoLead.fields['website']?.value).toBe(server.origin);
    expect(demoLead.fields['notes']?.value).toBe(DEMO_NOTE);
    expect(demoLead.fields['phone']).toBeUndefined();
    await options.close();
  });

  it('shows the imported lead on its company page with its missing fields and the values found there', async () => {
    const popup = await openPopupForDemoTab();
    expect(await popup.locator('[data-action="create-lead"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="lead-name"]').textContent()).toBe(DEMO_COMPANY);
    expect(await popup.locator('[data-testid="match-reason"]').getAttribute('data-reason')).toBe('website-domain');

    // Company, website and contact person of the 8 requirements: 3/8.
    const completeness = popup.locator('[data-testid="completeness"]');
    expect(Number(await completeness.getAttribute('data-percent'))).toBe(37);
    expect(await completeness.locator('[data-role="needs-research"]').count()).toBe(1);

    for (const [field, value] of Object.entries(FOUND_ON_KONTAKT)) {
      const row = popup.locator(`[data-field="${field}"]`);
      expect.soft(await row.getAttribute('data-state'), field).toBe('found');
      expect.soft(await row.getAttribute('data-required'), field).toBe('true');
      expect.soft(await row.locator('[data-role="found"]').allTextContents(), field).toContain(value);
    }
    // The imported contact person is the one the page names.
    const katrin = popup.locator('[data-testid="people"] [data-person="Katrin Vogelsang"]');
    expect(await katrin.getAttribute('data-contact')).toBe('true');
    expect(await popup.locator('[data-testid="stage"]').getAttribute('data-stage')).toBe('needs-research');
    await popup.close();
  });

  it('fills the missing fields in one click: completeness reaches 100 % and the score rises', async () => {
    const popup = await openPopupForDemoTab();
    const pointsBefore = await scorePoints(popup);
    expect(await ruleMet(popup, 'complete-contact')).toBe(false);

    await popup.locator('[data-action="fill-all"]').click();
    await waitForOutcome(popup, popup.locator('[data-testid="completeness"][data-percent="100"]'));

    for (const [field, value] of Object.entries(FOUND_ON_KONTAKT)) {
      const row = popup.locator(`[data-field="${field}"]`);
      expect.soft(await row.getAttribute('data-state'), field).toBe('filled');
      expect.soft(await row.locator('[data-role="value"]').textContent(), field).toBe(value);
    }
    expect(await popup.locator('[data-testid="completeness"] [data-role="needs-research"]').count()).toBe(0);
    expect(await ruleMet(popup, 'complete-contact')).toBe(true);
    expect(await scorePoints(popup)).toBeGreaterThan(pointsBefore);
    // Complete contact data lifts the stage the data supports; the rep's own fields stay as imported.
    expect(await popup.locator('[data-testid="stage"]').getAttribute('data-stage')).toBe('unqualified');

    const lead = await storedDemoLead(popup);
    expect(lead.fields['phone']).toMatchObject({ value: FOUND_ON_KONTAKT.phone, source: { kind: 'detected' } });
    expect(lead.fields['website']).toMatchObject({ value: server.origin, source: { kind: 'imported' } });
    expect(lead.fields['lastName']).toMatchObject({ value: 'Vogelsang', source: { kind: 'imported' } });
    await popup.close();
  });

  it('records the need and a dated meeting and moves the lead to qualified', async () => {
    const popup = await openPopupForDemoTab();
    const stage = await openSection(popup, 'stage');
    const stageBadge = popup.locator('[data-testid="stage"]');
    const pointsBefore = await scorePoints(popup);

    await stage.locator('#need-text').fill(NEED);
    await stage.locator('[data-action="record-need"]').click();
    await waitForOutcome(popup, popup.locator('[data-testid="stage"][data-stage="pre-qualified"]'));
    expect(await ruleMet(popup, 'stated-need')).toBe(true);

    const meetingDay = dayFromToday(30);
    const form = stage.locator('form.next-step');
    await form.locator('input[type="date"]').fill(meetingDay);
    await form.locator('select').selectOption('meeting');
    await form.locator('input[type="text"]').fill('Vor Ort in München, mit Frau Vogelsang');
    await form.locator('[data-action="set-next-step"]').click();
    await waitForOutcome(popup, form.locator('[data-role="next-step"]'));
    const meetingText = await popup.evaluate((day) => new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium' }).format(new Date(`${day}T12:00:00`)), meetingDay);
    expect(await form.locator('[data-role="next-step"]').textContent()).toBe(en('nextStepStored', meetingText, en('channel_meeting')));

    await form.locator('[data-action="qualify"]').click();
    await waitForOutcome(popup, popup.locator('[data-testid="stage"][data-stage="qualified"]'));
    expect(await stageBadge.textContent()).toBe(en('stage_qualified'));
    expect(await ruleMet(popup, 'meeting-booked')).toBe(true);
    const points = await scorePoints(popup);
    expect(points).toBeGreaterThan(pointsBefore);
    // Complete contact (20) + need (25) + meeting booked (25) under the default rules: ready for handover.
    expect(points).toBe(70);
    expect(await popup.locator('[data-testid="score"]').getAttribute('data-ready')).toBe('true');

    const { qualification } = await storedDemoLead(popup);
    expect(qualification).toMatchObject({ stage: 'qualified', need: { text: NEED }, nextStep: { date: meetingDay, channel: 'meeting' } });
    await popup.close();

    // A reopened popup shows the same: nothing lived only in the page.
    const again = await openPopupForDemoTab();
    expect(await again.locator('[data-testid="stage"]').getAttribute('data-stage')).toBe('qualified');
    await again.close();
  });

  it('exports the completed lead with the filled values as CSV and vCard', async () => {
    const options = await session.context.newPage();
    await options.goto(optionsUrl(session, 'leads'));
    const demoRow = options.locator('[data-testid="lead-table"] tbody tr').filter({ hasText: DEMO_COMPANY });
    await demoRow.waitFor();
    expect(await options.locator('[data-testid="lead-table"] tbody tr').count()).toBe(IMPORTED_COMPANIES.length);
    expect(await demoRow.textContent()).toContain(en('stage_qualified'));

    const csv = await exportLeads(options, 'csv');
    expect(csv.name).toMatch(/^leadfill-leads-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r['Firma']).sort()).toEqual([...IMPORTED_COMPANIES].sort());
    const row = parsed.data.find((r) => r['Firma'] === DEMO_COMPANY);
    expect(row).toMatchObject({
      // A plain phone number cannot run as a formula, so it is exported without the escaping apostrophe.
      Telefon: FOUND_ON_KONTAKT.phone,
      'E-Mail': FOUND_ON_KONTAKT.email,
      Straße: FOUND_ON_KONTAKT.street,
      PLZ: FOUND_ON_KONTAKT.postalCode,
      Ort: FOUND_ON_KONTAKT.city,
      Webseite: server.origin,
      Vorname: 'Katrin',
      Nachname: 'Vogelsang',
      Notizen: DEMO_NOTE,
      Phase: 'Qualifiziert',
      Bedarf: NEED,
      'Nächster Schritt am': dayFromToday(30),
      'Nächster Schritt per': 'Termin',
    });

    const vcf = await exportLeads(options, 'vcf');
    expect(vcf.name).toMatch(/\.vcf$/);
    const card = vcf.text.split('END:VCARD').find((c) => c.includes(`ORG:${DEMO_COMPANY}`));
    expect(card).toBeDefined();
    expect(card).toContain('TEL;TYPE=work,voice;VALUE=uri:tel:+498947112800');
    expect(card).toContain(`EMAIL;TYPE=work:${FOUND_ON_KONTAKT.email}`);
    expect(card).toContain(`ADR;TYPE=work:;;${FOUND_ON_KONTAKT.street};${FOUND_ON_KONTAKT.city};;${FOUND_ON_KONTAKT.postalCode};`);
    await options.close();
  });
});

describe('Popup in a German browser', () => {
  let german: ChromiumSession | undefined;

  afterAll(async () => {
    await german?.close();
  });

  it('speaks German', async () => {
    german = await launchChromium({ lang: 'de' });
    const popup = await openPopupForDemoTab(german, await openDemoKontaktPage(german));

    expect(await popup.evaluate(() => browser.i18n.getUILanguage())).toMatch(/^de/);
    // A fresh profile: no lead yet, so the offer to create one, in German.
    expect(await popup.locator('[data-action="create-lead"]').textContent()).toBe(de('createLead'));
    expect(await popup.locator('.no-lead p').textContent()).toBe(de('noLeadForSite'));
    // A slow read on a busy machine is grouped the German way (2.470 ms).
    expect(await popup.locator('[data-testid="detect-status"]').textContent()).toMatch(new RegExp(`^${de('statusRead', '\\d{1,3}(?:\\.\\d{3})*').replace(/\s/g, '\\s')}$`));
    expect(await popup.locator('[data-field="phone"] .label').first().textContent()).toBe(de('field_phone'));
    // A person's own e-mail address is offered, but "fill all" leaves that choice to the rep.
    const fillable = await popup.locator('[data-field][data-state="found"]:not([data-field="personEmail"])').count();
    expect(fillable).toBeGreaterThan(0);
    expect(await popup.locator('[data-action="fill-all"]').textContent()).toBe(de('fillAllMissing', String(fillable)));

    await popup.locator('[data-action="create-lead"]').click();
    const completeness = popup.locator('[data-testid="completeness"]');
    await waitForOutcome(popup, completeness);
    expect(await completeness.locator('.completeness-label').textContent()).toBe(de('completeness'));
    expect(await completeness.locator('.percent').textContent()).toBe(de('percent', String(await completeness.getAttribute('data-percent'))));
    expect(await popup.locator('[data-testid="stage"]').textContent()).toBe(de('stage_needs_research'));
    await popup.close();
  });

  it('tells a refusal of the background in German', async () => {
    // A tab closed while its popup or side panel was open: the background answers with a code.
    const popup = await german!.context.newPage();
    await popup.goto(german!.popupUrl(2_000_000_000));
    const error = popup.locator('[data-testid="error"]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toBe(de('err_tab_gone'));
    expect(await popup.locator('[data-testid="detect-status"]').textContent()).toBe(de('statusError'));
    await popup.close();
  });
});
