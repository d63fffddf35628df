/**
 * The organisation's own site root. Normally the page's own origin: the extension reads the page
 * where it is served. When the page is served from a hosting platform (github.io, netlify.app, …)
 * the real domain comes from the canonical / og:url, the Organization's url, a labelled
 * "Web:" line, a link or e-mail domain that carries the repository's name.
 */
import { ACCEPT, shorten, type DetectContext, type Detector } from '../detector';
import { absoluteUrl, sourceAt, type Page } from '../page';
import type { Candidate, Method } from '../types';
import { declaredSiteUrls, isPlatformHost, mainLabel, orgIdentity, platformWordMatches, alnum, type OrgIdentity } from '../context/org-identity';
import { foreignLine } from '../context/third-party';
import { parseProfile } from './socials/networks';
import { registrableDomain } from '../../names/domains';

const OWN_ORIGIN = 0.9;
const DECLARED_ON_PLATFORM = 0.85;
const NAMED_LIKE_REPO = 0.8;
const LABELLED_ON_PLATFORM = 0.7;
const MAIL_DOMAIN_LIKE_REPO = 0.75;
/**
 * A hosting platform's address (user.github.io/project/) is where the page lives, rarely the
 * organisation's own site: offered below acceptance, as a suggestion the rep may take.
 */
const PLATFORM_ORIGIN = 0.4;
const DECLARED_ELSEWHERE = 0.45;

/** "Web: www.firma.de", "Internet: …", "Homepage: …" in a contact block. */
const WEB_LABEL = /^(?:web(?:site|seite)?|internet|homepage|url|site(?: web)?|www)\s?:\s?(\S{4,100})/i;

function siteRoot(u: URL): string {
  return `${u.protocol}//${u.host}`;
}

function parseSite(raw: string, page: Page): URL | null {
  const href = /^www\./i.test(raw) ? `https://${raw}` : raw;
  if (!/^https?:\/\//i.test(href)) return null;
  const u = absoluteUrl(page, href);
  if (!u || !u.hostname.includes('.') || parseProfile(u.href)) return null;
  return u;
}

function candidate(value: string, confidence: number, method: Method, snippet: string, el?: { path?: string }): Candidate<'website'> {
  return { field: 'website', value, confidence, source: sourceAt({ method, snippet: shorten(snippet) }, el) };
}

/** On a platform host, the page's own project path names the site ("user.github.io/project/"). */
function platformRoot(u: URL): string {
  const first = u.pathname.split('/').find(Boolean);
  return first && !first.includes('.') && /github\.io$|gitlab\.io$/.test(u.hostname) ? `${siteRoot(u)}/${first}/` : siteRoot(u);
}

function onPlatform(page: Page, id: OrgIdentity, ctx: DetectContext, out: Candidate<'website'>[]) {
  for (const { url, method } of declaredSiteUrls(page)) {
    const u = parseSite(url, page);
    if (!u || isPlatformHost(u.hostname)) continue;
    // A JSON-LD url may be a parent's or partner's; on a platform only a repo-named one is trusted.
    if (method === 'json-ld' && !platformWordMatches(id, alnum(mainLabel(u.hostname)))) continue;
    out.push(candidate(siteRoot(u), DECLARED_ON_PLATFORM, method, url));
  }
  for (const link of page.links) {
    const u = parseSite(link.href, page);
    if (!u || isPlatformHost(u.hostname)) continue;
    if (platformWordMatches(id, alnum(mainLabel(u.hostname)))) out.push(candidate(siteRoot(u), NAMED_LIKE_REPO, 'link', link.text || link.href, link));
  }
  page.lines.forEach((line, i) => {
    const m = WEB_LABEL.exec(line.text);
    const u = m && parseSite(m[1]!.replace(/[.,;)]$/, ''), page);
    if (u && !isPlatformHost(u.hostname) && !foreignLine(page, i)) out.push(candidate(siteRoot(u), LABELLED_ON_PLATFORM, 'labelled-text', line.text, line.block));
  });
  for (const c of ctx.found) {
    if (c.field !== 'email' || c.confidence < ACCEPT) continue;
    const domain = c.value.slice(c.value.lastIndexOf('@') + 1);
    if (platformWordMatches(id, alnum(mainLabel(domain)))) out.push(candidate(`https://${domain}`, MAIL_DOMAIN_LIKE_REPO, 'free-text', `e-mail domain of ${c.value}`));
  }
}

/**
 * "dev-github.battalion.org.au", "staging.acme.de": a subdomain for previews, where the page is read
 * but which the organisation does not give out.
 */
const STAGING_LABEL = /^(?:dev|develop|development|staging|stage|stg|test|testing|preview|beta|demo|uat|qa)(?:$|[-\d])/;
/** On a preview host, the organisation's own e-mail addresses on another host of the same domain name its site. */
const STAGING_ORIGIN = 0.6;
const MAIL_HOST_BESIDE_STAGING = 0.8;

function isStagingHost(host: string): boolean {
  const domain = registrableDomain(host);
  if (!domain || host === domain || host === `www.${domain}`) return false;
  return STAGING_LABEL.test(host.slice(0, host.length - domain.length - 1).split('.')[0]!);
}

/** "webmaster@2-24.battalion.org.au" on dev-github.battalion.org.au: the host the addresses give is the live site. */
function mailHostsBesideStaging(page: Page, ctx: DetectContext, out: Candidate<'website'>[]) {
  const domain = registrableDomain(page.url!.hostname);
  const seen = new Set<string>();
  for (const c of ctx.found) {
    if (c.field !== 'email' || c.confidence < ACCEPT) continue;
    const host = c.value.slice(c.value.lastIndexOf('@') + 1);
    if (seen.has(host) || host === page.url!.hostname || registrableDomain(host) !== domain || isStagingHost(host)) continue;
    seen.add(host);
    out.push(candidate(`https://${host}`, MAIL_HOST_BESIDE_STAGING, 'free-text', `e-mail domain of ${c.value}`));
  }
}

export const websiteDetector: Detector = {
  id: 'website',
  detect(page, ctx) {
    const out: Candidate<'website'>[] = [];
    if (!page.url || !/^https?:$/.test(page.url.protocol)) return out;
    const id = orgIdentity(page);
    if (!id.pageOnPlatform) {
      const staging = isStagingHost(page.url.hostname);
      out.push(candidate(siteRoot(page.url), staging ? STAGING_ORIGIN : OWN_ORIGIN, 'page-url', page.url.href));
      if (staging) mailHostsBesideStaging(page, ctx, out);
      // Other declared sites stay visible as candidates, below the page's own origin.
      for (const { url, method } of declaredSiteUrls(page)) {
        const u = parseSite(url, page);
        if (u && !isPlatformHost(u.hostname) && u.hostname.replace(/^www\./, '') !== page.host) out.push(candidate(siteRoot(u), DECLARED_ELSEWHERE, method, url));
      }
      return out;
    }
    out.push(candidate(platformRoot(page.url), PLATFORM_ORIGIN, 'page-url', page.url.href));
    onPlatform(page, id, ctx, out);
    return out;
  },
};
