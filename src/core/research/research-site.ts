/**
 * Research of one company site: read the start page, then the pages its links name (imprint,
 * contact, team, about, legal); when it links none, the pages its sitemap lists (robots.txt's
 * `Sitemap:` lines, else /sitemap.xml), and then well-known paths. A handful of pages at most, all
 * on the start page's registrable domain, politely, each read by the engine; the readings merge into
 * one. Fetching and reading are passed in (the background fetches as the rep's browser and runs the
 * engine), so the plan is tested in Node.
 */
import { appError, type AppError, type Result } from '../errors';
import type { DetectionRecord } from '../detect/types';
import { choosePages, pageKey, rankAddresses, rankLinks, type LinkInput, type RankedPage } from './link-ranking';
import { mergeReadings, type MergedReading, type PageReading } from './merge';
import type { PageKind } from './page-words';
import { WELL_KNOWN_PATHS } from './page-words';
import { drainPolitely, PoliteQueue, type DrainClock } from './polite-queue';
import { sameSite } from './same-site';
import { readRobots, readSitemap } from './sitemap';

export interface FetchedText {
  /** The address after redirects. */
  url: string;
  /** The body, cut at the fetcher's size limit. */
  text: string;
}

export interface ResearchIo {
  /**
   * One GET as the rep's browser, without credentials, with a timeout and a size limit. `html` wants
   * a web page (another content type is `research-not-html`); `text` takes robots.txt or XML.
   */
  fetch(url: string, want: 'html' | 'text'): Promise<Result<FetchedText>>;
  /** The engine on fetched HTML: its reading and its links. */
  read(html: string, url: string): Promise<{ record: DetectionRecord; links: LinkInput[] }>;
  clock: DrainClock;
  /** The rep cancelled: nothing new starts. */
  cancelled?(): boolean;
  progress?(update: ResearchProgress): void;
}

export interface ResearchOptions {
  /** Web pages read at most, the start page included. */
  maxPages: number;
  /** Requests to the site at a time. */
  perHost: number;
  /** Pause between requests to the site. */
  gapMs: number;
}

export const DEFAULT_RESEARCH: ResearchOptions = { maxPages: 6, perHost: 2, gapMs: 250 };

export type PageState = 'waiting' | 'reading' | 'read' | 'failed';

export interface PageOutcome {
  url: string;
  /** What the page was read as; "start" for the page research began on. */
  kind: PageKind | 'start';
  /** How it was found. */
  via: 'start' | 'link' | 'sitemap' | 'well-known';
  state: PageState;
  error?: AppError;
}

export interface ResearchProgress {
  pages: PageOutcome[];
}

export interface ResearchOutcome {
  /** The site's start address as given. */
  start: string;
  pages: PageOutcome[];
  /** Each page read, with its reading. */
  readings: PageReading[];
  merged: MergedReading;
  cancelled: boolean;
  /** Set when nothing could be read at all (the start page failed): what went wrong there. */
  error?: AppError;
}

/** Well-known paths tried at most on a site that linked and listed no imprint or contact page. */
const MAX_WELL_KNOWN_PROBES = 4;

/** Sitemap files read at most (robots.txt may name several; an index names more). */
const MAX_SITEMAPS = 3;

const PAGE_KINDS_THAT_HOLD_CONTACT_DATA: readonly PageKind[] = ['imprint', 'contact'];

class Run {
  readonly pages: PageOutcome[] = [];
  readonly readings: PageReading[] = [];
  constructor(
    readonly start: string,
    readonly io: ResearchIo,
    readonly options: ResearchOptions,
  ) {}

  cancelled(): boolean {
    return this.io.cancelled?.() ?? false;
  }

  report(): void {
    this.io.progress?.({ pages: this.pages.map((p) => ({ ...p })) });
  }

  add(url: string, kind: PageOutcome['kind'], via: PageOutcome['via']): PageOutcome {
    const page: PageOutcome = { url, kind, via, state: 'waiting' };
    this.pages.push(page);
    return page;
  }

  /** Fetches and reads one page; its failure is recorded on it, never thrown. */
  async read(page: PageOutcome): Promise<{ links: LinkInput[] } | null> {
    page.state = 'reading';
    this.report();
    const fetched = await this.io.fetch(page.url, 'html');
    if (!fetched.ok) return this.failed(page, fetched.error);
    if (!sameSite(fetched.value.url, this.start)) return this.failed(page, appError('research-other-site', { url: page.url, to: fetched.value.url }));
    try {
      const { record, links } = await this.io.read(fetched.value.text, fetched.value.url);
      this.readings.push({ url: fetched.value.url, record });
      page.url = fetched.value.url;
      page.state = 'read';
      this.report();
      return { links };
    } catch (err) {
      return this.failed(page, appError('research-unreadable', { url: page.url, name: err instanceof Error ? err.name : 'Error' }));
    }
  }

  private failed(page: PageOutcome, error: AppError): null {
    page.state = 'failed';
    page.error = error;
    this.report();
    return null;
  }

  /** Reads the chosen pages politely; resolves when all have ended or the rep cancelled. */
  async readAll(chosen: readonly PageOutcome[]): Promise<void> {
    const queue = new PoliteQueue<PageOutcome>({ maxRunning: this.options.perHost, perHost: this.options.perHost, gapMs: this.options.gapMs });
    for (const page of chosen) queue.add(new URL(page.url).host, page);
    await drainPolitely(queue, async (page) => void (await this.read(page)), this.io.clock, () => this.cancelled());
  }

  seen(): string[] {
    return this.pages.map((p) => p.url);
  }
}

/** The site's pages its sitemaps list, ranked: robots.txt's sitemaps, else /sitemap.xml. */
async function fromSitemaps(run: Run): Promise<RankedPage[]> {
  const origin = new URL(run.start).origin;
  const robots = await run.io.fetch(`${origin}/robots.txt`, 'text');
  const named = robots.ok ? readRobots(robots.value.url, robots.value.text).sitemaps.filter((s) => sameSite(s, run.start)) : [];
  const queue = named.length ? named : [`${origin}/sitemap.xml`];
  const pages: string[] = [];
  for (let read = 0; queue.length && read < MAX_SITEMAPS && !run.cancelled(); read++) {
    const file = await run.io.fetch(queue.shift()!, 'text');
    if (!file.ok) continue;
    const sitemap = readSitemap(file.value.text);
    pages.push(...sitemap.pages);
    queue.push(...sitemap.sitemaps.filter((s) => sameSite(s, run.start)));
  }
  return rankAddresses(pages, run.start, run.seen());
}

/**
 * Researches the site `start` belongs to. Never throws for the site's faults: every page's error is
 * on its outcome, and a start page that cannot be read ends the run with that error.
 */
export async function researchSite(start: string, io: ResearchIo, options: ResearchOptions = DEFAULT_RESEARCH): Promise<ResearchOutcome> {
  const run = new Run(start, io, options);
  const done = (error?: AppError): ResearchOutcome => ({
    start,
    pages: run.pages,
    readings: run.readings,
    merged: mergeReadings(run.readings),
    cancelled: run.cancelled(),
    ...(error ? { error } : {}),
  });

  const first = run.add(start, 'start', 'start');
  const startRead = await run.read(first);
  if (!startRead) return done(first.error);
  const budget = () => options.maxPages - run.pages.length;

  let chosen = choosePages(rankLinks(startRead.links, first.url, run.seen()), budget());
  const holdsContactData = (list: readonly RankedPage[]) => list.some((p) => PAGE_KINDS_THAT_HOLD_CONTACT_DATA.includes(p.kind));
  if (!holdsContactData(chosen) && !run.cancelled()) {
    const listed = choosePages(await fromSitemaps(run), budget()).filter((p) => !chosen.some((c) => pageKey(c.url) === pageKey(p.url)));
    chosen = [...listed, ...chosen].slice(0, budget());
    for (const p of chosen) run.add(p.url, p.kind, listed.includes(p) ? 'sitemap' : 'link');
  } else {
    for (const p of chosen) run.add(p.url, p.kind, 'link');
  }
  await run.readAll(run.pages.filter((p) => p.state === 'waiting'));

  // No imprint or contact page linked, listed and read: try where sites usually put them, skipping the
  // kinds read already, a few probes at most (each one that is not there costs the site a request).
  const origin = new URL(first.url).origin;
  const readKinds = () => new Set(run.pages.filter((p) => p.state === 'read').map((p) => p.kind));
  const holdsRead = () => PAGE_KINDS_THAT_HOLD_CONTACT_DATA.filter((k) => readKinds().has(k));
  let probes = holdsRead().length ? MAX_WELL_KNOWN_PROBES : 0;
  for (const path of WELL_KNOWN_PATHS) {
    if (probes >= MAX_WELL_KNOWN_PROBES || holdsRead().length === PAGE_KINDS_THAT_HOLD_CONTACT_DATA.length || budget() <= 0 || run.cancelled()) break;
    const url = `${origin}${path}`;
    const kind = rankAddresses([url], origin)[0]?.kind ?? 'imprint';
    if (readKinds().has(kind) || run.seen().some((u) => pageKey(u) === pageKey(url))) continue;
    probes++;
    await run.readAll([run.add(url, kind, 'well-known')]);
  }
  return done();
}
