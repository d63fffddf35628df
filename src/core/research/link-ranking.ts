/**
 * Which of a site's pages to read for research: links (and sitemap addresses) whose text, title or
 * address names an imprint, contact, team, about or legal page in one of the vocabulary's languages,
 * on the same registrable domain, best first.
 */
import { trimEnd } from '../text/trim';
import { KIND_LIMIT, KIND_WEIGHT, PAGE_WORDS, type PageKind } from './page-words';
import { sameSite } from './same-site';

export interface LinkInput {
  /** As written in the page (relative or absolute). */
  href: string;
  /** Visible text, title and aria-label. */
  text: string;
}

export interface RankedPage {
  url: string;
  kind: PageKind;
  score: number;
  /** What named it: the link's text or its address. */
  by: 'text' | 'address';
}

/** Lower case, accents and umlauts folded ("Über" = "ueber" = "uber"), words separated by single spaces. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Phrase {
  words: string;
  kind: PageKind;
}

let phrases: readonly Phrase[] | null = null;

/**
 * The vocabulary's phrases, longest first, so "kontaktieren sie uns" is matched before "kontakt" and
 * "legal notice" before "legal". Made at the first ranking, not when the module loads: folding them
 * took ~20 ms of every woken worker's start, whose first request is rarely research (issue 11).
 */
function allPhrases(): readonly Phrase[] {
  return (phrases ??= (Object.entries(PAGE_WORDS) as [PageKind, Record<string, readonly string[]>][])
    .flatMap(([kind, byLang]) => Object.values(byLang).flatMap((list) => list.map((w) => ({ words: fold(w), kind }))))
    .filter((p, i, all) => p.words && all.findIndex((q) => q.words === p.words && q.kind === p.kind) === i)
    .sort((a, b) => b.words.length - a.words.length));
}

/** A text naming the page outright weighs most; the phrase inside a longer text less; in the address least. */
const WHOLE_TEXT = 1;
const TEXT_PART = 0.7;
const ADDRESS_PART = 0.6;
/** Longer link texts are sentences, menus rarely: a phrase inside one says less. */
const MAX_LINK_WORDS = 6;

const within = (hay: string, needle: string): boolean => ` ${hay} `.includes(` ${needle} `);

/** The kind a text names and how surely (0..1), or null. */
function kindOfText(text: string): { kind: PageKind; fit: number } | null {
  const folded = fold(text);
  if (!folded || folded.split(' ').length > MAX_LINK_WORDS * 2) return null;
  let best: { kind: PageKind; fit: number } | null = null;
  for (const p of allPhrases()) {
    const fit = folded === p.words ? WHOLE_TEXT : within(folded, p.words) && folded.split(' ').length <= MAX_LINK_WORDS ? TEXT_PART : 0;
    if (fit && (!best || fit * KIND_WEIGHT[p.kind] > best.fit * KIND_WEIGHT[best.kind])) best = { kind: p.kind, fit };
  }
  return best;
}

/** The kind an address's path names ("/de/ueber-uns/team.html" names a team page), or null. */
export function kindOfPath(url: URL): { kind: PageKind; fit: number } | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  // The last segments say what the page is; "/impressum/" and "/impressum.html" alike.
  const segments = path.split('/').filter(Boolean).slice(-2).map((s) => fold(s.replace(/\.(?:html?|php|aspx?|jsp)$/i, '')));
  if (!segments.length) return null;
  let best: { kind: PageKind; fit: number; at: number } | null = null;
  segments.forEach((segment, at) => {
    for (const p of allPhrases()) {
      if (!within(segment, p.words)) continue;
      // The page's own segment counts more than its folder's.
      const fit = ADDRESS_PART * (at === segments.length - 1 ? 1 : 0.8);
      if (!best || fit * KIND_WEIGHT[p.kind] > best.fit * KIND_WEIGHT[best.kind]) best = { kind: p.kind, fit, at };
    }
  });
  return best;
}

const NOT_A_PAGE = /\.(?:pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|pptx?|mp[34]|mov|ics|vcf|css|js|xml|json|txt)$/i;

/** The address a link points at, resolved against the page, without its fragment; null for anything but a web page. */
export function resolvePageUrl(href: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (NOT_A_PAGE.test(url.pathname)) return null;
  url.hash = '';
  return url;
}

/** Same page for research: scheme, "www." and a trailing slash do not make another page. */
export function pageKey(url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${u.hostname.replace(/^www\./, '')}${trimEnd(u.pathname, '/') || '/'}${u.search}`;
}

function rank(url: URL, text: string): RankedPage | null {
  const byText = text ? kindOfText(text) : null;
  const byPath = kindOfPath(url);
  const pick = [byText && { ...byText, by: 'text' as const }, byPath && { ...byPath, by: 'address' as const }]
    .filter((x): x is NonNullable<typeof x> => !!x)
    .sort((a, b) => b.fit * KIND_WEIGHT[b.kind] - a.fit * KIND_WEIGHT[a.kind])[0];
  if (!pick) return null;
  // Text and address agreeing on the kind is the surest sign.
  const agree = byText && byPath && byText.kind === byPath.kind ? 1.15 : 1;
  return { url: url.href, kind: pick.kind, score: Math.round(pick.fit * KIND_WEIGHT[pick.kind] * agree * 10) / 10, by: pick.by };
}

/**
 * The links of `pageUrl` worth reading, best first: on the same registrable domain, never `pageUrl`
 * itself or one of `skip` (pages already read), each page once with its best reading.
 */
export function rankLinks(links: readonly LinkInput[], pageUrl: string, skip: readonly string[] = []): RankedPage[] {
  const seen = new Set([pageUrl, ...skip].map((u) => pageKey(u)));
  const best = new Map<string, RankedPage>();
  for (const link of links) {
    const url = resolvePageUrl(link.href, pageUrl);
    if (!url || !sameSite(url.href, pageUrl)) continue;
    const key = pageKey(url);
    if (seen.has(key)) continue;
    const ranked = rank(url, link.text);
    if (ranked && (best.get(key)?.score ?? -1) < ranked.score) best.set(key, ranked);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Addresses from a sitemap, ranked by what their path says. */
export function rankAddresses(urls: readonly string[], siteUrl: string, skip: readonly string[] = []): RankedPage[] {
  return rankLinks(
    urls.map((href) => ({ href, text: '' })),
    siteUrl,
    skip,
  );
}

/**
 * Up to `max` pages to read: the best of each kind first (imprint, contact, team, ...), then further
 * ones within each kind's limit, so a handful of fetches covers every kind a site has.
 */
export function choosePages(ranked: readonly RankedPage[], max: number): RankedPage[] {
  const taken: RankedPage[] = [];
  const perKind = new Map<PageKind, number>();
  for (let round = 0; taken.length < max; round++) {
    let added = false;
    for (const page of ranked) {
      if (taken.length >= max) break;
      if (taken.includes(page)) continue;
      const n = perKind.get(page.kind) ?? 0;
      if (n !== round || n >= KIND_LIMIT[page.kind]) continue;
      taken.push(page);
      perKind.set(page.kind, n + 1);
      added = true;
    }
    if (!added) break;
  }
  return taken;
}
