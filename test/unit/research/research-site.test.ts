/**
 * The research plan against the demo sites served on 127.0.0.1, with the background's fetcher and the
 * engine reading the fetched HTML through linkedom, as `npm run extract` does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/background/research/fetch-page';
import { detectSnapshot, takeSnapshot } from '../../../src/core/detect';
import { researchSite, type ResearchIo } from '../../../src/core/research/research-site';
import { mergedSuggestions } from '../../../src/core/research/merge';
import { parseHtml } from '../../../src/node/parse-html';
import { startResearchSites, type ResearchSites } from '../../support/research-sites.mjs';

let servers: ResearchSites;
beforeAll(async () => {
  servers = await startResearchSites();
});
afterAll(() => servers.stop());

function io(extra: Partial<ResearchIo> = {}): ResearchIo {
  return {
    fetch: (url, want) => fetchPage(url, want, { timeoutMs: 4_000, maxBytes: 500_000 }),
    read: async (html, url) => {
      const snapshot = takeSnapshot(parseHtml(html), url);
      return { record: detectSnapshot(snapshot).record, links: snapshot.links };
    },
    clock: { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    ...extra,
  };
}

const FAST = { maxPages: 6, perHost: 2, gapMs: 0 };

describe('researchSite', () => {
  it('reads the linked imprint, contact and team pages of a home page without contact data', async () => {
    const site = servers.sites['kranich']!;
    const outcome = await researchSite(site.url('/'), io(), FAST);
    expect(outcome.error).toBeUndefined();
    const read = outcome.pages.filter((p) => p.state === 'read').map((p) => [new URL(p.url).pathname, p.kind]);
    expect(read).toEqual(expect.arrayContaining([['/', 'start'], ['/impressum.html', 'imprint'], ['/kontakt.html', 'contact'], ['/team.html', 'team']]));
    // The partner's imprint is another site; the blog post is no company page.
    expect(outcome.pages.some((p) => p.url.includes('partner-hafen') || p.url.includes('/blog/'))).toBe(false);

    const offered = mergedSuggestions(outcome.merged);
    const from = (field: keyof typeof offered) => offered[field]?.map((s) => [s.value, new URL(s.source.url!).pathname]);
    expect(from('vatId')).toEqual([['DE812047317', '/impressum.html']]);
    expect(from('register')?.[0]).toEqual(['Amtsgericht Hamburg HRB 187342', '/impressum.html']);
    expect(from('postalCode')?.[0]?.[0]).toBe('20457');
    const phones = offered.phone?.map((s) => s.value) ?? [];
    expect(phones).toEqual(expect.arrayContaining(['+49 40 38612240', '+49 40 38612250']));
    // The main line is on the imprint and the contact page: agreement puts it first.
    expect(phones[0]).toBe('+49 40 38612240');
    expect(offered.fax?.[0]?.value).toBe('+49 40 38612299');
    const people = outcome.merged.record.people.map((p) => p.value.name);
    expect(people).toEqual(expect.arrayContaining(['Dr. Jana Kranich', 'Olaf Reiher', 'Merle Tiedemann']));
    // Each page once.
    for (const path of ['/', '/impressum.html', '/kontakt.html', '/team.html']) expect(site.requests.get(path), path).toBe(1);
    expect(outcome.pages.length).toBeLessThanOrEqual(6);
  });

  it('finds the pages of a site that links none through robots.txt and its sitemap index', async () => {
    const site = servers.sites['seeblick']!;
    const outcome = await researchSite(site.url('/'), io(), FAST);
    const read = outcome.pages.filter((p) => p.state === 'read' && p.via === 'sitemap').map((p) => new URL(p.url).pathname);
    expect(read.sort()).toEqual(['/kontakt-aufnehmen.html', '/rechtliches/impressum.html']);
    expect(site.requests.get('/robots.txt')).toBe(1);
    expect(site.requests.get('/sitemap-seiten.xml')).toBe(1);
    expect(mergedSuggestions(outcome.merged).vatId?.[0]?.value).toBe('DE813775205');
  });

  it('tries well-known paths on a site without links or sitemap', async () => {
    const site = servers.sites['lotsen']!;
    const outcome = await researchSite(site.url('/'), io(), FAST);
    const read = outcome.pages.filter((p) => p.state === 'read' && p.via === 'well-known').map((p) => new URL(p.url).pathname);
    expect(read).toEqual(['/impressum', '/kontakt']);
    expect(mergedSuggestions(outcome.merged).vatId?.[0]?.value).toBe('DE295118046');
  });

  it('ends every failing page with its error and keeps what the others gave', async () => {
    const site = servers.sites['stoerfall']!;
    const outcome = await researchSite(site.url('/'), io(), FAST);
    const errors = Object.fromEntries(outcome.pages.filter((p) => p.error && p.via === 'link').map((p) => [new URL(p.url).pathname, p.error!.code]));
    expect(errors).toEqual({
      '/impressum.html': 'research-http-status',
      '/kontakt.html': 'research-timeout',
      '/team.html': 'research-other-site',
      '/ueber-uns.html': 'research-not-html',
    });
    // With no imprint or contact page read, the well-known paths are tried within the budget (and are not there).
    expect(outcome.pages.filter((p) => p.via === 'well-known').map((p) => p.error?.code)).toEqual(['research-http-status']);
    expect(outcome.pages).toHaveLength(6);
    expect(outcome.error).toBeUndefined();
    expect(mergedSuggestions(outcome.merged).phone?.[0]?.value).toBe('+49 471 3095500');
  });

  it('fails with the start page\'s error when the start page cannot be read', async () => {
    const outcome = await researchSite(servers.sites['kranich']!.url('/gibt-es-nicht'), io(), FAST);
    expect(outcome.error).toEqual({ code: 'research-http-status', params: { url: servers.sites['kranich']!.url('/gibt-es-nicht'), status: 404 } });
    expect(outcome.pages).toHaveLength(1);
  });

  it('starts nothing new once cancelled', async () => {
    let cancel = false;
    const outcome = await researchSite(servers.sites['kranich']!.url('/'), io({ cancelled: () => cancel, progress: (p) => void (cancel = p.pages.some((x) => x.state === 'read')) }), { ...FAST, perHost: 1 });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.pages.filter((p) => p.state === 'read')).toHaveLength(1);
  });
});
