/**
 * Bulk research on the real job runner over fake-indexeddb, against invented company sites served on
 * 127.0.0.1 (each on its own port) and read by the engine through linkedom: empty fields are filled
 * with the page they came from, differing values become conflicts, leads without a site or without
 * host access are skipped and listed, and a worker that dies mid-chunk leaves no lead done twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/background/research/fetch-page';
import { researchLeadsJob, RESEARCH_LEADS, type ResearchLeadsCursor, type SiteReadings } from '../../../src/background/jobs/research-leads';
import { createJobRunner } from '../../../src/background/jobs/runner';
import { outboxParticipant } from '../../../src/background/crm/outbox';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { cachedSiteResearch } from '../../../src/background/research/cached-research';
import type { ResearchStore } from '../../../src/background/research/site-research';
import type { MemoEntry, PageMemo } from '../../../src/background/research/page-memo';
import { detectSnapshot, takeSnapshot } from '../../../src/core/detect';
import type { Rules } from '../../../src/core/lead/summary';
import { LeadfillDb } from '../../../src/shared/db/schema';
import type { ResearchState } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { parseHtml } from '../../../src/node/parse-html';
import { inventedCompanySites, startResearchSites, type ResearchSites } from '../../support/research-sites.mjs';
import { fakeAlarms } from '../background/fake-context';
import { lead } from '../lead/helpers';

let servers: ResearchSites;
beforeAll(async () => {
  servers = await startResearchSites({ sites: inventedCompanySites(10) });
});
afterAll(() => servers.stop());

const RULES: Rules = { profile: DEFAULT_SETTINGS.profile, scoring: DEFAULT_SETTINGS.scoring };

function memoryStore(): ResearchStore & { map: Map<string, ResearchState> } {
  const map = new Map<string, ResearchState>();
  return { map, get: async (site) => map.get(site) ?? null, put: async (s) => void map.set(s.site, s) };
}

/** The research cache's key of a site served on 127.0.0.1: host and port. */
const siteKey = (s: { origin: string }) => new URL(s.origin).host;

function memoryMemo(): PageMemo & { map: Map<string, MemoEntry> } {
  const map = new Map<string, MemoEntry>();
  return { map, get: async (site) => structuredClone(map.get(site) ?? null), put: async (site, e) => void map.set(site, structuredClone(e)), remove: async (site) => void map.delete(site) };
}

function setup(options: { denied?: string[]; store?: ResearchStore; memo?: PageMemo; hangOn?: string; hangFetch?: string; db?: LeadfillDb; owner?: string; clock?: { now: number } } = {}) {
  const db = options.db ?? new LeadfillDb(`research-${Math.random()}`);
  // As the worker builds it: every lead write also enqueues what the CRM push rule makes due.
  const leads = createLeadsRepo(db, [outboxParticipant(db, Date.now)]);
  const clock = options.clock ?? { now: Date.UTC(2026, 11, 4) };
  const store = options.store ?? memoryStore();
  const cached = cachedSiteResearch({
    store,
    ...(options.memo ? { memo: options.memo } : {}),
    now: () => clock.now,
    io: {
      // hangFetch: the worker dies while this page loads.
      fetch: (url, want) => (options.hangFetch && url === options.hangFetch ? new Promise(() => {}) : fetchPage(url, want, { timeoutMs: 5_000, maxBytes: 500_000 })),
      read: async (html, url) => {
        const snapshot = takeSnapshot(parseHtml(html), url);
        return { record: detectSnapshot(snapshot).record, links: snapshot.links };
      },
    },
    options: { maxPages: 6, perHost: 1, gapMs: 0 },
  });
  const research = (url: string, notBefore: number): Promise<SiteReadings> =>
    options.hangOn && url.startsWith(options.hangOn) ? new Promise(() => {}) : cached(url, notBefore);
  const alarms = fakeAlarms();
  let ids = 0;
  const runner = createJobRunner({
    db,
    kinds: [researchLeadsJob({ db, leads, rules: async () => RULES, now: () => clock.now, mayFetch: async (origin) => !(options.denied ?? []).includes(origin), research, leadsPerChunk: 3 })],
    owner: options.owner ?? 'worker-1',
    now: () => clock.now,
    newId: () => `job-${++ids}`,
    alarms: alarms.api,
    announce: () => {},
    log: () => {},
  });
  return { db, leads, runner, clock, store };
}

describe('bulk research job', () => {
  it('fills empty fields from each lead\'s site with the page as provenance, lists what it skipped', async () => {
    const [a, b, c, denied] = servers.list;
    const { db, leads, runner } = setup({ denied: [denied!.origin] });
    await leads.addMany(
      [
        lead({ companyName: 'Nordwerk 01', website: a!.url('/') }, { id: 'a' }),
        // The e-mail domain is no site here (invented domains do not resolve): the website is taken first.
        lead({ companyName: 'Nordwerk 02', website: b!.url('/'), phone: '+49 40 1111111' }, { id: 'b' }),
        lead({ companyName: 'Nordwerk 03 again', website: c!.url('/') }, { id: 'c' }),
        lead({ companyName: 'Nordwerk 03', website: c!.url('/') }, { id: 'c2' }),
        lead({ companyName: 'Privat', email: 'someone@gmail.com' }, { id: 'free' }),
        lead({ companyName: 'Gesperrt', website: denied!.url('/') }, { id: 'denied' }),
      ],
      RULES,
    );
    const started = await runner.start(RESEARCH_LEADS, { leadIds: ['a', 'b', 'c', 'c2', 'free', 'denied'] });
    await runner.whenIdle();
    const job = (await db.jobs.get(started.id))!;
    expect(job.state).toBe('done');
    expect(job.progress).toEqual({ done: 4, failed: 2, total: 6 });
    expect((job.cursor as ResearchLeadsCursor).skipped).toEqual([
      { id: 'free', reason: 'no-site' },
      { id: 'denied', reason: 'no-access' },
    ]);

    const la = (await leads.get('a'))!;
    expect(la.fields.register?.value).toBe('Amtsgericht Hamburg HRB 10000');
    expect(la.fields.register?.source).toMatchObject({ kind: 'detected', url: a!.url('/impressum.html') });
    expect(la.fields.postalCode?.value).toBe('20095');
    expect(la.people.map((p) => p.name)).toContain('Anke Albers');
    // A stored phone that differs is not replaced: it becomes a conflict to resolve.
    const lb = (await leads.get('b'))!;
    expect(lb.fields.phone?.value).toBe('+49 40 1111111');
    expect(lb.conflicts?.some((x) => x.field === 'phone')).toBe(true);
    // Two leads of one site: it was read once.
    expect(c!.requests.get('/impressum.html')).toBe(1);
    expect(denied!.total()).toBe(0);
  });

  it('a worker stopped mid-chunk: the next one finishes the job, no finished site is fetched again', async () => {
    const sites = servers.list.slice(4, 10);
    const store = memoryStore();
    const clock = { now: Date.UTC(2026, 11, 4, 12) };
    const first = setup({ store, clock, hangOn: sites[4]!.origin, owner: 'worker-1' });
    const ids = sites.map((s, i) => `s${i}`);
    await first.leads.addMany(sites.map((s, i) => lead({ companyName: s.name, website: s.url('/') }, { id: ids[i]! })), RULES);
    const before = new Map(sites.map((s) => [s.name, s.total()]));
    const started = await first.runner.start(RESEARCH_LEADS, { leadIds: ids });
    // The first chunk (three leads) commits; the second hangs on the fifth site: the worker "dies" there.
    await expect.poll(async () => (await first.db.jobs.get(started.id))!.progress.done, { timeout: 20_000 }).toBe(3);
    await expect.poll(() => sites[3]!.requests.get('/impressum.html') ?? 0, { timeout: 20_000 }).toBe(1);

    // A new worker, after the dead one's lease ran out.
    clock.now += 120_000;
    const second = setup({ store, clock, db: new LeadfillDb(first.db.name), owner: 'worker-2' });
    await second.runner.wake();
    await second.runner.whenIdle();
    const job = (await second.db.jobs.get(started.id))!;
    expect(job.state).toBe('done');
    expect(job.progress).toEqual({ done: 6, failed: 0, total: 6 });
    for (const [i, s] of sites.entries()) {
      expect((await second.leads.get(ids[i]!))!.fields.register?.value, s.name).toMatch(/^Amtsgericht \S+ HRB \d+$/);
      // Every site's imprint once: the fourth site finished before the stop and came from the cache.
      expect(s.requests.get('/impressum.html'), s.name).toBe(1);
      expect(s.total() - before.get(s.name)!, s.name).toBeLessThanOrEqual(2);
    }
  });

  it('a worker stopped in the middle of a site: the pages it had read are not asked for again', async () => {
    const sites = servers.list.slice(0, 2);
    const store = memoryStore();
    const memo = memoryMemo();
    const clock = { now: Date.UTC(2026, 11, 5, 12) };
    const stuck = sites[1]!;
    const first = setup({ store, memo, clock, hangFetch: stuck.url('/impressum.html'), owner: 'worker-1' });
    const ids = sites.map((_, i) => `m${i}`);
    await first.leads.addMany(sites.map((s, i) => lead({ companyName: s.name, website: s.url('/') }, { id: ids[i]! })), RULES);
    const before = new Map(sites.map((s) => [s.name, s.total()]));
    await first.runner.start(RESEARCH_LEADS, { leadIds: ids });
    // The first site ends (cached, its memo gone); the second has read its home page when the worker "dies".
    await expect.poll(() => memo.map.get(siteKey(stuck))?.pages[stuck.url('/')]?.links.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => store.map.has(siteKey(sites[0]!)), { timeout: 20_000 }).toBe(true);
    expect(memo.map.has(siteKey(sites[0]!))).toBe(false);

    clock.now += 120_000;
    const second = setup({ store, memo, clock, db: new LeadfillDb(first.db.name), owner: 'worker-2' });
    await second.runner.wake();
    await second.runner.whenIdle();
    expect((await second.leads.get(ids[1]!))!.fields.register?.value).toMatch(/^Amtsgericht \S+ HRB \d+$/);
    // Home page and imprint once each over both workers; the first site not again at all.
    expect(stuck.total() - before.get(stuck.name)!).toBe(2);
    expect(sites[0]!.total() - before.get(sites[0]!.name)!).toBe(2);
    expect(memo.map.size).toBe(0);
  });
});
