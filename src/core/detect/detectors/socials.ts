/**
 * The organisation's own social profiles: links on the page (also icon-only ones) and the
 * sameAs list of its structured data. Share buttons, hashtags, posts and repositories are not
 * profiles (social-networks.ts); the agency's, photographer's or sponsors' profiles are kept
 * below ACCEPT by where they sit (credits, partner sections) and by how many there are.
 */
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { absoluteUrl, sourceAt, type Page, type PageLink } from '../page';
import { isOrganization, textProps } from '../structured';
import type { Candidate, Method } from '../types';
import { alnum, isOwnDomain, mainLabel, orgIdentity, type OrgIdentity } from '../context/org-identity';
import { foreignLine, headingKinds, kindsAnywhere, lineIndexOf, OTHERS } from '../context/third-party';
import { parseProfile, profileKey, type Profile } from './socials/networks';

const FROM_SAME_AS = 0.85;
const FROM_LINK = 0.65;
const BRAND_MATCH = 0.8;
const FOREIGN = 0.3;
const CROWDED = 0.4;

interface Found {
  profile: Profile;
  confidence: number;
  method: Method;
  snippet: string;
  el?: PageLink;
}

/** Separators between the parts of a footer line: "© Firma · Facebook · Design by Agentur". */
const SEGMENT_BREAK = /[·•|–—/]/;

/** The credit words right before a link's text, within the same part of the line. */
function creditBeforeLink(lineText: string, linkText: string): boolean {
  const at = linkText ? lineText.indexOf(linkText) : -1;
  if (at < 0) return false;
  const before = lineText.slice(Math.max(0, at - 80), at);
  let cut = before.length;
  while (cut > 0 && !SEGMENT_BREAK.test(before[cut - 1]!)) cut--;
  return (kindsAnywhere(before.slice(cut, cut + 80)) & OTHERS) !== 0;
}

function linkIsForeign(page: Page, link: PageLink): boolean {
  const i = lineIndexOf(page, link);
  if (i < 0) return false;
  if (headingKinds(page, i) & OTHERS) return true;
  return foreignLine(page, i) && creditBeforeLink(page.lines[i]!.text, link.text);
}

/** Whether the account name looks like the organisation's (its domain or platform name). */
function matchesBrand(id: OrgIdentity, handle: string): boolean {
  const h = alnum(handle);
  if (h.length < 3) return false;
  for (const b of id.brands) if (h.includes(b) || (h.length >= 5 && b.includes(h))) return true;
  return id.platformWords.some((w) => alnum(w).length >= 4 && (h.includes(alnum(w)) || alnum(w).includes(h)));
}

/** Shortest site name compared with an account name. */
const MIN_SITE_NAME = 5;

function fromLinks(page: Page, id: OrgIdentity, out: Found[]) {
  const profiles: { link: PageLink; profile: Profile }[] = [];
  // The names of other sites the page links to ("digitalmarcia" for the agency credited in the footer):
  // an account named like one of them ("linkedin.com/company/digital-marcia") is that site's.
  const otherSites = new Set<string>();
  for (const link of page.links) {
    if (!/^(?:https?:)?\/\/|^www\./i.test(link.href)) continue;
    const abs = absoluteUrl(page, /^www\./i.test(link.href) ? `https://${link.href}` : link.href);
    if (!abs) continue;
    const profile = parseProfile(abs.href);
    if (profile) profiles.push({ link, profile });
    else if (/^https?:$/.test(abs.protocol) && !isOwnDomain(id, abs.hostname)) {
      const name = alnum(mainLabel(abs.hostname));
      if (name.length >= MIN_SITE_NAME) otherSites.add(name);
    }
  }
  for (const { link, profile } of profiles) {
    const brand = matchesBrand(id, profile.handle);
    let confidence = brand ? BRAND_MATCH : FROM_LINK;
    if (!brand && (profile.minor || linkIsForeign(page, link) || otherSites.has(alnum(profile.handle)))) confidence = FOREIGN;
    out.push({ profile, confidence, method: 'link', snippet: link.text || link.href, el: link });
  }
}

function fromSameAs(page: Page, id: OrgIdentity, out: Found[]) {
  for (const item of page.structured) {
    if (!isOrganization(item) && !item.types.includes('Person')) continue;
    for (const url of textProps(item, 'sameAs')) {
      const profile = parseProfile(url.trim());
      if (!profile) continue;
      const brand = matchesBrand(id, profile.handle);
      out.push({ profile, confidence: profile.minor && !brand ? FOREIGN : FROM_SAME_AS, method: item.method, snippet: `sameAs: ${url}` });
    }
  }
}

/**
 * Many accounts on one network (each team member's LinkedIn, the member clubs' Facebook pages)
 * are people's or partners' profiles, not the organisation's: all but brand matches drop.
 */
function damp(found: Found[], id: OrgIdentity) {
  const byNetwork = new Map<string, Set<string>>();
  for (const f of found) {
    const kind = f.profile.network === 'linkedin' && f.profile.url.includes('/in/') ? 'linkedin-person' : f.profile.network;
    const set = byNetwork.get(kind) ?? new Set<string>();
    set.add(profileKey(f.profile.url));
    byNetwork.set(kind, set);
  }
  for (const f of found) {
    if (f.method !== 'link' || matchesBrand(id, f.profile.handle)) continue;
    const person = f.profile.network === 'linkedin' && f.profile.url.includes('/in/');
    const count = byNetwork.get(person ? 'linkedin-person' : f.profile.network)?.size ?? 0;
    if (count >= (person ? 2 : 3)) f.confidence = Math.min(f.confidence, CROWDED);
  }
}

export const socialsDetector: Detector = {
  id: 'socials',
  detect(page) {
    const id = orgIdentity(page);
    const found: Found[] = [];
    fromLinks(page, id, found);
    fromSameAs(page, id, found);
    damp(found, id);
    // One candidate per profile, with the best reading of it.
    const best = new Map<string, Found>();
    for (const f of found) {
      const key = profileKey(f.profile.url);
      const prev = best.get(key);
      if (!prev || f.confidence > prev.confidence) best.set(key, f);
    }
    return [...best.values()].map((f): Candidate<'social'> => ({
      field: 'social',
      value: { network: f.profile.network, url: f.profile.url },
      confidence: f.confidence,
      source: sourceAt({ method: f.method, snippet: shorten(f.snippet) }, f.el),
    }));
  },
};
