/**
 * Research timed in headless Chromium through the built extension, as the popup runs it: the demo
 * company site (a home page without contact data) and, when ../shared is there, the dev corpus's
 * pages served as sites (cases grouped by their host, each group a site on 127.0.0.1 under
 * <host>.localhost with the pages at their own paths). For each site: the fields the start page
 * left missing that research filled, and the time from the request to the end of the run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, tabIdOf, type ChromiumSession } from '../../test/e2e/support/chromium';
import { askFrom } from '../../test/e2e/support/ask-page';
import { importText } from '../../test/e2e/support/import-text';
import { inventedCompanySites, RESEARCH_SITES_DIR, startResearchSites, type SiteSpec } from '../../test/support/research-sites.mjs';

export interface SiteResearchTiming {
  site: string;
  /** Lead fields the start page offered no value for, which research filled. */
  filled: number;
  /** From research.start to the run's end (status done or failed), as the popup waits for it. */
  ms: number;
  pagesRead: number;
  status: string;
}

function ask<T>(helper: Page, message: Record<string, unknown>): Promise<T> {
  return askFrom(helper)<T>(message);
}

/**
 * Researches the site of `url` from a fresh tab. `before`: the fields the start page offers on its
 * own, taken before the site's first research (later runs find the cache merged in already).
 */
async function researchOne(session: ChromiumSession, helper: Page, name: string, url: string, known?: Set<string>): Promise<SiteResearchTiming & { before: Set<string> }> {
  const tab = await session.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdOf(helper, url);
  const fields = async () => Object.keys((await ask<{ suggestions: Record<string, unknown[]> }>(helper, { type: 'tab.state', tabId })).suggestions);
  const before = known ?? new Set(await fields());
  const started = performance.now();
  let state = await ask<{ status: string; pages: { state: string }[] }>(helper, { type: 'research.start', tabId, refresh: true });
  while (state.status === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    state = await ask(helper, { type: 'research.state', tabId });
  }
  const ms = performance.now() - started;
  const after = await fields();
  await tab.close();
  return { site: name, filled: after.filter((f) => !before.has(f)).length, ms, pagesRead: state.pages.filter((p) => p.state === 'read').length, status: state.status, before };
}

/** The dev corpus's cases grouped into sites: hosts with two pages or more, their links kept local. */
function corpusSites(corpusDir: string): { specs: SiteSpec[]; starts: Map<string, string> } {
  const byHost = new Map<string, { path: string; html: string }[]>();
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.json'))) {
    const url = (JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { url?: string }).url;
    const html = join(corpusDir, f.replace(/\.json$/, '.html'));
    if (!url || !existsSync(html)) continue;
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const list = byHost.get(host) ?? [];
    list.push({ path: u.pathname, html: readFileSync(html, 'utf8') });
    byHost.set(host, list);
  }
  const specs: SiteSpec[] = [];
  const starts = new Map<string, string>();
  for (const [host, pages] of byHost) {
    if (pages.length < 2) continue;
    const name = host.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
    // Absolute links to the real host point at the local site instead.
    const local = (html: string) => html.replace(new RegExp(`https?://(?:www\\.)?${host.replace(/\./g, '\\.')}`, 'gi'), '{{origin}}');
    const files: Record<string, string> = {};
    for (const p of pages) files[p.path.endsWith('/') ? `${p.path}index.html` : p.path] = local(p.html);
    specs.push({ name, files });
    // Start where a rep lands: the home page when the corpus has it, else the page that is no imprint.
    const start = pages.find((p) => p.path === '/') ?? pages.find((p) => !/impressum|imprint|legal|mentions/i.test(p.path)) ?? pages[0]!;
    starts.set(name, start.path);
  }
  return { specs, starts };
}

export async function timeResearch(corpusDir: string | null): Promise<{ demo: SiteResearchTiming[]; corpus: SiteResearchTiming[] }> {
  const demoSites = await startResearchSites({ named: true, sites: [{ name: 'kranich', dir: join(RESEARCH_SITES_DIR, 'kranich') }] });
  const corpus = corpusDir && existsSync(corpusDir) ? corpusSites(corpusDir) : null;
  const corpusServers = corpus ? await startResearchSites({ named: true, sites: corpus.specs }) : null;
  const session = await launchChromium();
  try {
    const helper = await session.context.newPage();
    await helper.goto(session.popupUrl());
    const demo: SiteResearchTiming[] = [];
    let known: Set<string> | undefined;
    for (let i = 0; i < 5; i++) {
      const run = await researchOne(session, helper, 'kranich', demoSites.sites['kranich']!.url('/'), known);
      known = run.before;
      demo.push(run);
    }
    const corpusTimings: SiteResearchTiming[] = [];
    for (const site of corpusServers?.list ?? []) {
      corpusTimings.push(await researchOne(session, helper, site.name, site.url(corpus!.starts.get(site.name) ?? '/')));
    }
    return { demo, corpus: corpusTimings };
  } finally {
    await session.close();
    await demoSites.stop();
    await corpusServers?.stop();
  }
}

/**
 * Bulk research of `count` imported leads, each on its own invented site: leads per minute from the
 * job's start to its end, as the options page's jobs panel shows it.
 */
export async function timeBulkResearch(count: number): Promise<{ leadsPerMinute: number; seconds: number }> {
  const servers = await startResearchSites({ named: true, sites: inventedCompanySites(count) });
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    await page.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html'));
    const csv = ['Company,Website', ...servers.list.map((s) => `${s.name} Handel GmbH,${s.url('/')}`)].join('\n');
    await importText(askFrom(page), { text: csv, mapping: ['companyName', 'website'], batch: 'bench' });
    const ids = (await ask<{ id: string }[]>(page, { type: 'lead.list' })).map((l) => l.id);
    const started = performance.now();
    const job = await ask<{ id: string }>(page, { type: 'leads.research', ids });
    for (;;) {
      const current = (await ask<{ id: string; state: string }[]>(page, { type: 'jobs.list' })).find((j) => j.id === job.id);
      if (!current || current.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    return { leadsPerMinute: (count / seconds) * 60, seconds };
  } finally {
    await session.close();
    await servers.stop();
  }
}
