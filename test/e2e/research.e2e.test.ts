/**
 * Research from the popup in headless Chromium, against the research demo sites on 127.0.0.1: the
 * home page shows no contact data; research reads the linked imprint, contact and team pages and
 * the popup's field rows show what they gave, each naming its page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResearchSites, type ResearchSites } from '../support/research-sites.mjs';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { popupWithLead } from './support/popup-with-lead';

let sites: ResearchSites;
let session: ChromiumSession;
let helper: Page;

async function popupOn(url: string): Promise<Page> {
  return popupWithLead(session, helper, url);
}

async function research(popup: Page): Promise<string> {
  await popup.locator('[data-action="research"]').click();
  const status = popup.locator('[data-testid="research-status"]');
  await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).not.toBe('running');
  return (await status.getAttribute('data-status')) ?? '';
}

/** The first value a field row offers and the page its source names. */
async function found(popup: Page, field: string): Promise<{ value: string; url: string }> {
  const row = popup.locator(`[data-field="${field}"]`).first();
  await expect.poll(() => row.getAttribute('data-state'), { timeout: 10_000 }).toBe('found');
  const first = row.locator('ul.found > li').first();
  return { value: (await first.locator('[data-role="found"]').textContent()) ?? '', url: (await first.locator('[data-source-url]').getAttribute('data-source-url')) ?? '' };
}

beforeAll(async () => {
  sites = await startResearchSites({ named: true });
  session = await launchChromium();
  helper = await session.context.newPage();
  await helper.goto(session.popupUrl());
});

afterAll(async () => {
  await session?.close();
  await sites?.stop();
});

describe('research from the popup (Chromium)', () => {
  it('fills phone, address, VAT ID, register and managing directors from the pages a home page links, each with its page', async () => {
    const kranich = sites.sites['kranich']!;
    const popup = await popupOn(kranich.url('/'));
    expect(await popup.locator('[data-field="vatId"]').first().getAttribute('data-state')).toBe('missing');
    expect(await research(popup)).toBe('done');

    const imprint = kranich.url('/impressum.html');
    expect(await found(popup, 'vatId')).toEqual({ value: 'DE812047317', url: imprint });
    expect(await found(popup, 'register')).toEqual({ value: 'Amtsgericht Hamburg HRB 187342', url: imprint });
    expect(await found(popup, 'postalCode')).toMatchObject({ value: '20457' });
    expect((await found(popup, 'street')).value).toMatch(/^Werftstra(ß|ss)e 12$/);
    const phone = await found(popup, 'phone');
    expect(phone.value).toBe('+49 40 38612240');
    // The second phone of the contact page is offered too, naming the contact page.
    const phones = popup.locator('[data-field="phone"] ul.found > li');
    const contactPhone = phones.filter({ hasText: '+49 40 38612250' });
    expect(await contactPhone.locator('[data-source-url]').getAttribute('data-source-url')).toBe(kranich.url('/kontakt.html'));

    const people = popup.locator('[data-testid="people"] [data-person]');
    await expect.poll(() => people.evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))).toEqual(expect.arrayContaining(['Dr. Jana Kranich', 'Olaf Reiher', 'Merle Tiedemann']));

    // Fill all: the stored values name the page they came from.
    await popup.locator('[data-action="fill-all"]').click();
    await expect.poll(() => popup.locator('[data-field="vatId"]').first().getAttribute('data-state')).toBe('filled');
    // Each page was fetched once.
    for (const path of ['/impressum.html', '/kontakt.html', '/team.html']) expect(kranich.requests.get(path), path).toBe(1);
  });

  it('shows the cached result when the popup opens again, without fetching', async () => {
    const kranich = sites.sites['kranich']!;
    const before = kranich.total();
    const popup = await popupOn(kranich.url('/'));
    const status = popup.locator('[data-testid="research-status"]');
    await expect.poll(() => status.getAttribute('data-status')).toBe('done');
    // Filled from the research before, naming the imprint.
    const register = popup.locator('[data-field="register"]').first();
    expect(await register.getAttribute('data-state')).toBe('filled');
    expect(await register.locator('[data-role="value"]').textContent()).toBe('Amtsgericht Hamburg HRB 187342');
    expect(await register.locator('[data-source-url]').getAttribute('data-source-url')).toBe(kranich.url('/impressum.html'));
    // Only the tab's own page load.
    expect(kranich.total() - before).toBe(1);
  });

  it('finds the imprint of a site that links none through its sitemap', async () => {
    const seeblick = sites.sites['seeblick']!;
    const popup = await popupOn(seeblick.url('/'));
    expect(await research(popup)).toBe('done');
    expect(await found(popup, 'vatId')).toEqual({ value: 'DE813775205', url: seeblick.url('/rechtliches/impressum.html') });
  });

  it('ends a site whose pages fail with each page\'s error and what the home page gave', async () => {
    const popup = await popupOn(sites.sites['stoerfall']!.url('/'));
    expect(await research(popup)).toBe('done');
    const failed = popup.locator('.research-pages li[data-page-state="failed"]');
    expect(await failed.count()).toBeGreaterThanOrEqual(4);
    const texts = (await failed.allTextContents()).join('\n');
    expect(texts).toMatch(/error 500/);
    expect(texts).toMatch(/did not answer in time/);
    expect(texts).toMatch(/another site/);
    expect(texts).toMatch(/no web page \(application\/pdf\)/);
  });
});
