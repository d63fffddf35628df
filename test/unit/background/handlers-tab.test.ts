import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detect } from '../../../src/core/detect';
import { parseHtml } from '../../../src/node/parse-html';
import type { TabDetection } from '../../../src/background/tab-detection';
import { orThrow } from '../../../src/core/errors';
import { checkSeen, readingDigest, type SeenPage } from '../../../src/core/lead/seen-page';
import { fakeContext } from './fake-context';

const pages = new Map<number, TabDetection>();
// The tab as it is now; tab-detection.test.ts covers how the background reads and caches it.
/** Runs while the mocked page is being read (after its address is known), before the reading returns. */
let whileReading: (() => Promise<void>) | null = null;
vi.mock('../../../src/background/tab-detection', () => ({
  detectInTab: async (tabId: number, _store: unknown, addressKnown?: (url: string) => void) => {
    addressKnown?.(pages.get(tabId)!.url);
    await whileReading?.();
    return pages.get(tabId);
  },
  detectionFor: async (tabId: number) => pages.get(tabId),
  detectionAsSeen: async (tabId: number, seen: SeenPage) => {
    const d = pages.get(tabId)!;
    orThrow(checkSeen(seen, d));
    return d;
  },
}));
const { tabHandlers } = await import('../../../src/background/handlers-tab');

const KONTAKT = `<html lang="de"><body><h1>Kontakt</h1><address>Musterwerk Maschinenbau GmbH<br>Zahnradstraße 17<br>81249 München</address>
<p>Telefon: <a href="tel:+4989471128000">+49 89 4711280-0</a><br>Telefax: +49 89 4711280-19<br>E-Mail: <a href="mailto:info@musterwerk.example">info@musterwerk.example</a></p>
<p>Geschäftsführer: Dr. Anna Berger, Thomas Krüger</p>
<footer><a href="https://www.linkedin.com/company/musterwerk-maschinenbau" aria-label="LinkedIn">in</a></footer></body></html>`;

async function page(tabId: number, url: string, html: string) {
  const detection = detect(parseHtml(html), url);
  pages.set(tabId, { url, detection, error: null, digest: await readingDigest(detection.record) });
}

/** What the popup saw of the tab: its address and reading as they are now. */
const seen = (tabId: number): SeenPage => ({ url: pages.get(tabId)!.url, digest: pages.get(tabId)!.digest });

let f: ReturnType<typeof fakeContext>;
beforeEach(async () => {
  f = fakeContext();
  await page(7, 'https://www.musterwerk.example/kontakt', KONTAKT);
});
afterEach(async () => {
  whileReading = null;
  pages.clear();
  await f.db.delete();
});

describe('tab handlers', () => {
  it('offers to create a lead, then matches the site to it and fills fields from the page', async () => {
    const h = tabHandlers(f.ctx);
    const before = await h['tab.state']({ type: 'tab.state', tabId: 7 });
    expect(before.view).toBeNull();
    expect(before.domain).toBe('musterwerk.example');
    expect(before.suggestions.phone?.[0]?.value).toMatch(/^\+49 89/);

    const created = await h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: seen(7) });
    expect(created.lead.fields.companyName?.value).toBe('Musterwerk Maschinenbau GmbH');
    expect(created.lead.fields.phone).toBeUndefined();

    const phone = before.suggestions.phone![0]!.value;
    const filled = await h['lead.fill']({ type: 'lead.fill', leadId: created.lead.id, field: 'phone', value: phone, tabId: 7 });
    expect(filled.lead.fields.phone).toMatchObject({ value: phone, source: { kind: 'detected', method: 'tel-link', url: 'https://www.musterwerk.example/kontakt' } });

    const after = await h['tab.state']({ type: 'tab.state', tabId: 7 });
    expect(after.view?.lead.id).toBe(created.lead.id);
    expect(after.matchReason).toBe('website-domain');
  });

  it("asks research's cache for the tab's address while the page is being read", async () => {
    const asked: string[] = [];
    const other = { url: 'https://www.musterwerk.example/impressum', record: pages.get(7)!.detection!.record };
    const ctx = { ...f.ctx, researchReadings: async (url: string) => (asked.push(url), [other]) };
    // The reading ends only once research was asked: asked after the reading, the request would fail here.
    whileReading = async () => {
      await new Promise((r) => setTimeout(r, 20));
      if (!asked.length) throw new Error('research was asked only after the page was read');
    };
    const state = await tabHandlers(ctx)['tab.state']({ type: 'tab.state', tabId: 7 });
    expect(asked).toEqual(['https://www.musterwerk.example/kontakt']);
    expect(state.suggestions.phone?.[0]?.value).toMatch(/^\+49 89/);
  });

  it('refuses to store as detected a value the page did not show', async () => {
    const h = tabHandlers(f.ctx);
    const { lead } = await h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: seen(7) });
    await expect(h['lead.fill']({ type: 'lead.fill', leadId: lead.id, field: 'phone', value: '+49 30 9999999', tabId: 7 })).rejects.toMatchObject({ error: { code: 'value-not-on-page', params: { field: 'phone' } } });
  });

  it('fills all missing fields at once without touching typed ones', async () => {
    const h = tabHandlers(f.ctx);
    const { lead } = await h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: seen(7) });
    await f.ctx.leads.update(lead.id, { profile: (await f.ctx.settings()).profile, scoring: (await f.ctx.settings()).scoring }, (l) => ({ ...l, fields: { ...l.fields, city: { value: 'Muenchen-Aubing', source: { kind: 'typed', at: 1 } } } }));
    const all = await h['lead.fillAll']({ type: 'lead.fillAll', leadId: lead.id, tabId: 7, seen: seen(7) });
    expect(all.lead.fields).toMatchObject({ street: { value: 'Zahnradstraße 17' }, postalCode: { value: '81249' }, email: { value: 'info@musterwerk.example' }, city: { value: 'Muenchen-Aubing' } });
    expect(all.lead.fields.fax?.value).toMatch(/19$/);
  });

  it('adds the profiles the page links to, one by one or with fill-all', async () => {
    const h = tabHandlers(f.ctx);
    const { lead } = await h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: seen(7) });
    const url = pages.get(7)!.detection!.record.socials[0]!.value.url;
    expect(url).toMatch(/linkedin\.com\/company\/musterwerk-maschinenbau/);
    await expect(h['lead.addSocial']({ type: 'lead.addSocial', leadId: lead.id, tabId: 7, seen: seen(7), url: 'https://x.com/someone-else' })).rejects.toMatchObject({ error: { code: 'social-not-on-page', params: { url: 'https://x.com/someone-else' } } });
    const one = await h['lead.addSocial']({ type: 'lead.addSocial', leadId: lead.id, tabId: 7, seen: seen(7), url });
    expect(one.lead.socials).toEqual([expect.objectContaining({ value: url, source: expect.objectContaining({ kind: 'detected' }) })]);
    const all = await h['lead.fillAll']({ type: 'lead.fillAll', leadId: lead.id, tabId: 7, seen: seen(7) });
    expect(all.lead.socials).toHaveLength(1);
    expect(all.lead.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Dr. Anna Berger', 'Thomas Krüger']));
  });

  it('adds a person the page names, as the contact person', async () => {
    const h = tabHandlers(f.ctx);
    const { lead } = await h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: seen(7) });
    const v = await h['lead.addPerson']({ type: 'lead.addPerson', leadId: lead.id, tabId: 7, seen: seen(7), name: 'Dr. Anna Berger', asContact: true });
    expect(v.lead.fields).toMatchObject({ firstName: { value: 'Anna' }, lastName: { value: 'Berger' } });
    expect(v.lead.people.map((p) => p.name)).toContain('Dr. Anna Berger');
    await expect(h['lead.addPerson']({ type: 'lead.addPerson', leadId: lead.id, tabId: 7, seen: seen(7), name: 'Erika Musterfrau', asContact: false })).rejects.toMatchObject({ error: { code: 'person-not-on-page', params: { name: 'Erika Musterfrau' } } });
  });

  it('refuses to create or fill from a page that changed since the rep saw it, and stores nothing', async () => {
    const h = tabHandlers(f.ctx);
    const shown = seen(7);
    // Same address, other text (a swap without pushState, read again after the cache was lost).
    await page(7, 'https://www.musterwerk.example/kontakt', KONTAKT.replace('4711280-19', '4711280-99'));
    await expect(h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: shown })).rejects.toMatchObject({ error: { code: 'page-changed' } });
    expect(await f.ctx.leads.list()).toEqual([]);

    const { lead } = await h['lead.createFromTab']({ type: 'lead.createFromTab', tabId: 7, seen: seen(7) });
    const before = await f.ctx.leads.get(lead.id);
    const shownNow = seen(7);
    await page(7, 'https://www.musterwerk.example/angebot', KONTAKT.replace('Musterwerk Maschinenbau GmbH', 'Fremdfirma AG'));
    const requests = [
      () => h['lead.fillAll']({ type: 'lead.fillAll', leadId: lead.id, tabId: 7, seen: shownNow }),
      () => h['lead.fill']({ type: 'lead.fill', leadId: lead.id, field: 'email', value: 'info@musterwerk.example', tabId: 7, seen: shownNow }),
      () => h['lead.addPerson']({ type: 'lead.addPerson', leadId: lead.id, tabId: 7, seen: shownNow, name: 'Dr. Anna Berger', asContact: true }),
    ];
    for (const request of requests) await expect(request()).rejects.toMatchObject({ error: { code: 'page-changed' } });
    expect(await f.ctx.leads.get(lead.id)).toEqual(before);
  });
});
