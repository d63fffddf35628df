/**
 * Research from the popup in Firefox ESR (the event page fetches and parses with its own DOMParser):
 * the home page of the research demo site shows no contact data; research fills the imprint's values,
 * each naming its page.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi } from './support/extension-api';
import { startResearchSites, type ResearchSites } from '../support/research-sites.mjs';
import { launchFirefox, type FirefoxSession } from './support/firefox';

declare const browser: ExtensionApi;

let sites: ResearchSites;
let session: FirefoxSession;

async function popupOn(url: string): Promise<Page> {
  const site = await session.browser.newPage();
  await site.goto(url);
  // Firefox's tabs.query({ url }) misses URLs with a port: list all tabs and compare.
  const helper = await session.openExtensionPage(site, session.popupUrl());
  const id = await helper.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  await helper.close();
  if (id === null) throw new Error(`No tab shows ${url}`);
  const popup = await session.openExtensionPage(site, session.popupUrl(id));
  await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
  const create = await popup.$('[data-action="create-lead"]');
  if (create) {
    await create.click();
    await popup.waitForFunction(() => !document.querySelector('[data-action="create-lead"]'), { timeout: 20_000 });
  }
  return popup;
}

/** The first value a field row offers and the page its source names. */
async function found(popup: Page, field: string): Promise<{ value: string; url: string }> {
  await popup.waitForFunction((f) => document.querySelector(`[data-field="${f}"]`)?.getAttribute('data-state') === 'found', { timeout: 20_000 }, field);
  return popup.$eval(`[data-field="${field}"] ul.found > li`, (li) => ({
    value: li.querySelector('[data-role="found"]')?.textContent ?? '',
    url: li.querySelector('[data-source-url]')?.getAttribute('data-source-url') ?? '',
  }));
}

beforeAll(async () => {
  sites = await startResearchSites({ named: true });
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await sites?.stop();
});

describe('research from the popup (Firefox ESR)', () => {
  it('fills phone, address, VAT ID, register and managing directors from the linked pages, each with its page', async () => {
    const kranich = sites.sites['kranich']!;
    const popup = await popupOn(kranich.url('/'));
    await popup.click('[data-action="research"]');
    const ended = await popup.waitForFunction(
      () => {
        const s = document.querySelector('[data-testid="research-status"]')?.getAttribute('data-status');
        return s === 'done' || s === 'failed' ? s : false;
      },
      { timeout: 30_000 },
    );
    expect(await ended.jsonValue()).toBe('done');

    const imprint = kranich.url('/impressum.html');
    expect(await found(popup, 'vatId')).toEqual({ value: 'DE812047317', url: imprint });
    expect(await found(popup, 'register')).toEqual({ value: 'Amtsgericht Hamburg HRB 187342', url: imprint });
    expect((await found(popup, 'postalCode')).value).toBe('20457');
    expect((await found(popup, 'phone')).value).toBe('+49 40 38612240');
    const people = await popup.$$eval('[data-testid="people"] [data-person]', (els) => els.map((e) => e.getAttribute('data-person')));
    expect(people).toEqual(expect.arrayContaining(['Dr. Jana Kranich', 'Olaf Reiher']));
    for (const path of ['/impressum.html', '/kontakt.html', '/team.html']) expect(kranich.requests.get(path), path).toBe(1);
  });
});
