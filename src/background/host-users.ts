/**
 * Who needs a host permission. One origin's permission can serve several features at once: a CRM
 * connection (its API, Salesforce's login host), a site the rep chose for automatic detection, and
 * research of the site (from the popup or a bulk run). Whoever gives theirs up gives the permission
 * back only when nobody else still needs it, so disconnecting a CRM never makes the next research of
 * the same site ask again, nor stops automatic detection there.
 */
import type { Connection } from '../core/crm/connector';
import { siteOf } from '../core/research/same-site';
import type { Settings } from '../shared/settings';
import { originPattern } from '../shared/site-access';
import { RESEARCH_ORIGINS_KEY } from '../shared/storage-keys';

/** The permission patterns research has fetched with; the browser keeps the grant, this says who uses it. */
export interface ResearchOrigins {
  /** Notes that research fetched (or is about to fetch) from `origin` with the rep's permission. */
  note(origin: string): Promise<void>;
  /** The patterns research still uses. */
  patterns(): Promise<string[]>;
}

/** The part of storage.local used here; tests pass a map. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The sites research keeps something of (a site's research, a bulk run's pages so far; research/
 * research-cache.ts): what research still uses. A site whose entries the cache dropped is done with.
 */
export type ResearchedSites = () => Promise<ReadonlySet<string>>;

/** The site a permission pattern serves, as research names sites (core/research/same-site.ts), without a port. */
function siteOfPattern(pattern: string): string | null {
  return siteOf(pattern.replace(/\*$/, ''));
}

/** A site without its port: a pattern covers every port of its host. */
const withoutPort = (site: string): string => site.replace(/:\d+$/, '');

/**
 * The list in storage.local, kept to the patterns research still uses: a pattern leaves it once no
 * cached research or bulk run's pages of its site remain (the cache is capped, so the list stays
 * small too), unless this worker noted it (a run that has not written its first entry yet). A CRM
 * connection or a chosen site that shares the origin keeps its permission through the settings, not
 * through this list. Writes are chained: a bulk run notes several sites at once.
 */
export function researchOriginsIn(area: KeyValueArea, researched: ResearchedSites): ResearchOrigins {
  let chain: Promise<unknown> = Promise.resolve();
  const notedHere = new Set<string>();
  const read = async (): Promise<string[]> => {
    const stored = (await area.get(RESEARCH_ORIGINS_KEY))[RESEARCH_ORIGINS_KEY];
    return Array.isArray(stored) ? stored.filter((p): p is string => typeof p === 'string') : [];
  };
  const inUse = async (patterns: readonly string[]): Promise<string[]> => {
    const sites = new Set([...(await researched())].map(withoutPort));
    return patterns.filter((p) => {
      const site = siteOfPattern(p);
      return notedHere.has(p) || (site !== null && sites.has(site));
    });
  };
  return {
    note(origin) {
      const pattern = originPattern(origin);
      notedHere.add(pattern);
      const next = chain.then(async () => {
        const stored = await read();
        const kept = await inUse(stored);
        if (!kept.includes(pattern)) kept.push(pattern);
        if (kept.length !== stored.length || kept.some((p, i) => p !== stored[i])) await area.set({ [RESEARCH_ORIGINS_KEY]: kept });
      });
      chain = next.catch(() => {});
      return next;
    },
    patterns: () => chain.then(async () => inUse(await read())),
  };
}

/** Research's permission check, noting every origin it may fetch from as one research uses. */
export function researchMayFetchWith(granted: (origin: string) => Promise<boolean>, research: ResearchOrigins): (origin: string) => Promise<boolean> {
  return async (origin) => {
    if (!(await granted(origin))) return false;
    await research.note(origin);
    return true;
  };
}

/** Every host permission a CRM connection uses: its API's, and the login host Salesforce refreshes tokens at. */
export function connectionPatterns(c: Connection): string[] {
  return [...new Set([c.url, ...(c.options?.['loginUrl'] ? [c.options['loginUrl']] : [])].map(originPattern))];
}

/** The patterns still needed by the settings as they are now (a CRM connection, an automatic-detection site) or by research. */
export function patternsInUse(settings: Settings, researched: readonly string[]): Set<string> {
  return new Set([...settings.crm.connections.flatMap(connectionPatterns), ...settings.autoDetectOrigins.map(originPattern), ...researched]);
}

/** The part of browser.permissions used here. */
export interface PermissionRemover {
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Gives back those of `patterns` that nobody needs any more, judged by `settings` as saved after the
 * change. A permission the manifest itself grants cannot be removed; that is fine.
 */
export async function giveBackUnused(patterns: readonly string[], settings: Settings, research: ResearchOrigins, permissions: PermissionRemover): Promise<string[]> {
  const kept = patternsInUse(settings, await research.patterns());
  const unused = [...new Set(patterns)].filter((p) => !kept.has(p));
  if (unused.length) await permissions.remove({ origins: unused }).catch(() => false);
  return unused;
}
