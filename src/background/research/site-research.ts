/**
 * Research from the popup: one run per site at a time in the background, its progress kept where a
 * reopened popup finds it, its result cached per site with its date (storage.local), so reopening
 * the popup is instant and the rep refreshes when they want. Fetches only what the rep granted:
 * without the site's host permission nothing is requested.
 */
import { appError, Failure } from '../../core/errors';
import { DEFAULT_RESEARCH, researchSite, type ResearchIo, type ResearchOptions } from '../../core/research/research-site';
import { siteOf } from '../../core/research/same-site';
import { browser } from '../../shared/browser';
import type { ResearchState } from '../../shared/messages';
import type { PageReading } from '../../core/research/merge';
import { originPattern, siteOrigin } from '../../shared/site-access';
import { fetchPage } from './fetch-page';
import { readFetchedPage } from './read-page';
import { logFailure } from '../log';

export interface ResearchStore {
  get(site: string): Promise<ResearchState | null>;
  put(state: ResearchState): Promise<void>;
}

export interface ResearchDeps {
  store: ResearchStore;
  now(): number;
  /** Whether the rep granted access to the origin's pages. */
  mayFetch(origin: string): Promise<boolean>;
  io?: Partial<ResearchIo>;
  options?: ResearchOptions;
}

/** Host access as the optional permission the popup asked for (its origin, or all sites). */
export async function grantedOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

export function createSiteResearch(deps: ResearchDeps) {
  const running = new Map<string, { state: ResearchState; abort: AbortController; done: Promise<ResearchState> }>();

  async function run(state: ResearchState, abort: AbortController): Promise<ResearchState> {
    let last = state;
    const io: ResearchIo = {
      fetch: (url, want) => fetchPage(url, want, undefined, abort.signal),
      read: readFetchedPage,
      clock: { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
      cancelled: () => abort.signal.aborted,
      progress: ({ pages }) => {
        last = { ...last, pages };
        void deps.store.put(last).catch((err: unknown) => logFailure('research progress write', err));
      },
      ...deps.io,
    };
    let ended: ResearchState;
    try {
      const outcome = await researchSite(state.start, io, deps.options ?? DEFAULT_RESEARCH);
      ended = {
        ...last,
        status: outcome.error && !outcome.cancelled ? 'failed' : 'done',
        at: deps.now(),
        pages: outcome.pages,
        cancelled: outcome.cancelled,
        readings: outcome.readings,
        ...(outcome.error ? { error: outcome.error } : {}),
      };
    } catch (err) {
      ended = { ...last, status: 'failed', at: deps.now(), error: appError('unexpected', { name: err instanceof Error ? err.name : 'Error' }) };
    }
    await deps.store.put(ended).catch((err: unknown) => logFailure('research result write', err));
    return ended;
  }

  return {
    /**
     * Starts researching the site of `pageUrl` unless it is running already; a finished run is kept
     * (the cache) unless `refresh`. Answers at once with the state; the popup asks again for progress.
     */
    async start(pageUrl: string, refresh = false): Promise<ResearchState> {
      const origin = siteOrigin(pageUrl);
      const site = origin ? siteOf(pageUrl) : null;
      if (!origin || !site) throw new Failure(appError('not-a-site'));
      const active = running.get(site);
      if (active) return active.state;
      if (!refresh) {
        const cached = await deps.store.get(site);
        if (cached && cached.status !== 'running') return cached;
      }
      if (!(await deps.mayFetch(origin))) throw new Failure(appError('research-no-access', { origin }));
      const state: ResearchState = { site, start: pageUrl, status: 'running', at: deps.now(), pages: [], cancelled: false, readings: [] };
      await deps.store.put(state);
      const abort = new AbortController();
      const entry = { state, abort, done: Promise.resolve(state) };
      entry.done = run(state, abort).finally(() => running.delete(site));
      running.set(site, entry);
      return state;
    },

    /** The site's research as far as it has come; a run that a stopped worker left behind ended there. */
    async state(pageUrl: string): Promise<ResearchState | null> {
      const site = siteOf(pageUrl);
      if (!site) return null;
      const stored = await deps.store.get(site);
      if (stored?.status === 'running' && !running.has(site)) return { ...stored, status: 'failed', error: appError('no-answer') };
      return stored;
    },

    async cancel(pageUrl: string): Promise<ResearchState | null> {
      const site = siteOf(pageUrl);
      const active = site ? running.get(site) : undefined;
      if (!active) return this.state(pageUrl);
      active.abort.abort();
      return active.done;
    },

    /** The readings of the site's last finished run (for the lead view and filling). */
    async readings(pageUrl: string): Promise<PageReading[]> {
      const site = siteOf(pageUrl);
      const stored = site ? await deps.store.get(site) : null;
      return stored && stored.status !== 'running' ? stored.readings : [];
    },
  };
}

export type SiteResearch = ReturnType<typeof createSiteResearch>;

