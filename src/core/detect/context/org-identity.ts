/**
 * Who the page belongs to, as far as domains tell: the page's own host, its canonical / og:url
 * and the url of its Organization item. E-mail, website and social detectors use it to tell the
 * organisation's own values from those of agencies, chambers and sponsors named on the page.
 */
import { domainLabel, onPrivateSuffix, registrableDomain } from '../../names/domains';
import type { Page } from '../page';
import { isOrganization, textProps } from '../structured';

/**
 * Free hosting and builder platforms: a site served from one of these is not known by that host,
 * so the page URL alone does not name the organisation's domain. Most of them come from the Public
 * Suffix List's private section (github.io, netlify.app, myshopify.com, yolasite.com, …, through
 * tldts); this list holds the builders and hosts it leaves out.
 */
const PLATFORM_SUFFIXES = [
  'netlify.com', 'wordpress.com', 'jimdofree.com', 'jimdo.com', 'jimdosite.com', 'webnode.page', 'squarespace.com', 'weebly.com',
  'glitch.me', 'neocities.org', 'strikingly.com', 'mystrikingly.com', 'site123.me', 'bitbucket.io', 'amazonaws.com',
  'cloudfront.net', 'ngrok.io', 'archive.org', 'googleusercontent.com', 'sites.google.com', 'wix.com',
  'vpweb.ca', 'vpweb.com', 'vpweb.co.uk', 'godaddysites.com', 'webs.com', 'webador.com',
];

export function isPlatformHost(host: string): boolean {
  const h = host.toLowerCase();
  if (!h.includes('.') || /^[\d.]+$/.test(h) || h === 'localhost' || h.endsWith('.local')) return true;
  return onPrivateSuffix(h) || PLATFORM_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Lower-case host without "www." (and "m." for mobile sites). */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m)\./, '').replace(/\.$/, '');
}

/** The label that names the site: "shop.acme.co.uk" -> "acme". */
export function mainLabel(host: string): string {
  return domainLabel(bareHost(host));
}

/** "shop.acme.co.uk" -> "acme.co.uk" (the Public Suffix List's registrable domain), to compare a mail domain with a site. */
function siteDomain(host: string): string {
  const bare = bareHost(host);
  return registrableDomain(bare) ?? bare;
}

export function alnum(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
}

export interface OrgIdentity {
  /** Registrable domains the organisation is known by (not platform hosts). */
  domains: Set<string>;
  /** Alphanumeric brand names: main labels of those domains, plus path/host words on a platform. */
  brands: Set<string>;
  /** Words of the platform URL (repo / user names), when the page is served from a platform. */
  platformWords: string[];
  pageOnPlatform: boolean;
}

function hostOf(url: string, base: URL | null): string | null {
  try {
    const u = base ? new URL(url, base) : new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function metaUrls(page: Page): string[] {
  const out: string[] = [];
  const canonical = page.meta.canonical;
  if (canonical && /^https?:\/\//i.test(canonical.trim())) out.push(canonical.trim());
  const og = page.meta.ogUrl;
  if (og && /^https?:\/\//i.test(og.trim())) out.push(og.trim());
  return out;
}

/** The absolute canonical / og:url / Organization url values of the page. */
export function declaredSiteUrls(page: Page): { url: string; method: 'meta' | 'json-ld' }[] {
  const out: { url: string; method: 'meta' | 'json-ld' }[] = metaUrls(page).map((url) => ({ url, method: 'meta' as const }));
  for (const item of page.structured) {
    if (!isOrganization(item) && !item.types.includes('WebSite')) continue;
    for (const u of textProps(item, 'url')) if (/^https?:\/\//i.test(u.trim())) out.push({ url: u.trim(), method: 'json-ld' });
  }
  return out;
}

const cache = new WeakMap<Page, OrgIdentity>();

export function orgIdentity(page: Page): OrgIdentity {
  const hit = cache.get(page);
  if (hit) return hit;
  const domains = new Set<string>();
  const brands = new Set<string>();
  const pageOnPlatform = !page.host || isPlatformHost(page.host);
  const add = (host: string | null) => {
    if (!host || isPlatformHost(host)) return;
    domains.add(siteDomain(host));
    const label = alnum(mainLabel(host));
    if (label.length >= 3) brands.add(label);
  };
  if (!pageOnPlatform) add(page.host);
  // Only the page's own declarations: Organization items also describe parents, members and partners.
  for (const { url, method } of declaredSiteUrls(page)) if (method === 'meta') add(hostOf(url, page.url));
  const platformWords: string[] = [];
  if (pageOnPlatform && page.url) {
    const words = `${page.url.hostname.split('.')[0] ?? ''}/${page.url.pathname}`.toLowerCase().split(/[^a-z0-9-]+/);
    for (const w of words) {
      if (w.length < 4 || /^(?:index|html?|www|page|pages|site|public|docs?|dist|build)$/.test(w)) continue;
      platformWords.push(w);
    }
  }
  const id: OrgIdentity = { domains, brands, platformWords, pageOnPlatform };
  cache.set(page, id);
  return id;
}

/** Whether a domain (from an e-mail or link) is the organisation's own, or a look-alike spelling of it. */
export function isOwnDomain(id: OrgIdentity, domain: string): boolean {
  const reg = siteDomain(domain);
  if (id.domains.has(reg)) return true;
  const label = alnum(mainLabel(domain));
  if (label.length >= 4 && id.brands.has(label)) return true;
  return platformWordMatches(id, label);
}

/** On a platform host, a domain whose name is the repo / user name ("acme.github.io/acme-web" and acme.de). */
/** "DanitradingdkAS" for danitrading.dk: a repository named with the domain and a few letters more (its TLD, its legal form). */
const MIN_PREFIX_LABEL = 6;
const MAX_REPO_SUFFIX = 5;

export function platformWordMatches(id: OrgIdentity, label: string): boolean {
  if (label.length < 4) return false;
  return id.platformWords.some((w) => {
    const plain = alnum(w);
    if (plain === label) return true;
    if (label.length >= MIN_PREFIX_LABEL && plain.startsWith(label) && plain.length - label.length <= MAX_REPO_SUFFIX) return true;
    // "acme-site" still names acme: every hyphen part counts when it is distinctive.
    return w.split('-').some((part) => part.length >= 5 && part === label);
  });
}
