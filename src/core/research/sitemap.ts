/**
 * A site's own list of its pages, for sites that link no imprint or contact page: the `Sitemap:`
 * lines of robots.txt (robots-parser) and sitemap XML, plain or an index of further sitemaps
 * (fast-xml-parser; entities such as &amp; decoded, namespaces dropped).
 */
import { XMLParser } from 'fast-xml-parser';
import robotsParser from 'robots-parser';

/** Addresses read from one sitemap at most: a shop's sitemap lists every product. */
export const MAX_SITEMAP_URLS = 5_000;

export interface RobotsReading {
  /** Absolute sitemap addresses the file names. */
  sitemaps: string[];
  /** Seconds the site asks crawlers to wait between requests, when it says. */
  crawlDelaySeconds?: number;
}

/** What robots.txt at `robotsUrl` says research needs: its sitemaps and its crawl delay. */
export function readRobots(robotsUrl: string, text: string): RobotsReading {
  const robots = robotsParser(robotsUrl, text);
  const sitemaps = robots
    .getSitemaps()
    .map((s) => {
      try {
        return new URL(s.trim(), robotsUrl).href;
      } catch {
        return null;
      }
    })
    .filter((s): s is string => s !== null);
  const delay = robots.getCrawlDelay('*');
  return { sitemaps: [...new Set(sitemaps)], ...(typeof delay === 'number' && delay > 0 ? { crawlDelaySeconds: delay } : {}) };
}

export interface SitemapReading {
  /** Page addresses (`<urlset><url><loc>`). */
  pages: string[];
  /** Further sitemaps (`<sitemapindex><sitemap><loc>`). */
  sitemaps: string[];
}

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, processEntities: true, parseTagValue: false });

const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);

function locs(entries: unknown): string[] {
  const out: string[] = [];
  for (const entry of asList(entries)) {
    if (out.length >= MAX_SITEMAP_URLS) break;
    const loc = entry && typeof entry === 'object' ? (entry as { loc?: unknown }).loc : undefined;
    if (typeof loc === 'string' && /^https?:\/\//i.test(loc.trim())) out.push(loc.trim());
  }
  return out;
}

/** The addresses a sitemap lists; empty for anything that is no sitemap (an HTML error page, broken XML). */
export function readSitemap(xml: string): SitemapReading {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return { pages: [], sitemaps: [] };
  }
  const root = (doc && typeof doc === 'object' ? doc : {}) as { urlset?: { url?: unknown }; sitemapindex?: { sitemap?: unknown } };
  return { pages: locs(root.urlset?.url), sitemaps: locs(root.sitemapindex?.sitemap) };
}
