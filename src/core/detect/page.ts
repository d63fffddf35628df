/**
 * Everything the detectors share about one page, read once: its address, language, lines of
 * visible text, links and structured data. Built from any DOM (the live page or linkedom in Node).
 */
import { FULL_READ_CHARS, selectLines } from './budget';
import { readText, type ReadClock, type TextLine } from './page-text';
import type { AnyCandidate, Source } from './types';
import { readStructured, type Item } from './structured';

export interface PageLink {
  href: string;
  /** Visible text of the link, plus its title/aria-label when the link is an icon. */
  text: string;
  el: Element;
}

export interface Page {
  doc: Document;
  url: URL | null;
  /** Lower-case host without "www.". */
  host: string;
  /** `<html lang>` lower-case, e.g. "de-at"; "" when missing. */
  lang: string;
  title: string;
  lines: TextLine[];
  links: PageLink[];
  structured: Item[];
  /** Set when the page was too long to read whole: only its most relevant lines are in `lines`. */
  truncated?: true;
  /** Set once the time budget is spent: detectors skip their optional whole-document scans. */
  late?: true;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Links read per page. A page with more (a directory, a shop) keeps its first and last ones: the
 * header's and the footer's, where the organisation's own contact and profile links sit.
 */
export const MAX_LINKS = 1_000;
const TAIL_LINKS = 300;

/**
 * The a[href] and area[href] elements to read, in page order. A tag-name collection is indexed
 * without building a list of every link, which on a directory page is most of the cost.
 */
function pickLinks(doc: Document, max: number): Element[] {
  const anchors = doc.getElementsByTagName('a');
  const n = anchors.length;
  const picked: Element[] = [];
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const a = anchors[i]!;
      if (a.hasAttribute('href')) picked.push(a);
    }
  };
  if (n <= max) take(0, n);
  else {
    take(0, max - TAIL_LINKS);
    take(n - TAIL_LINKS, n);
  }
  const areas = Array.from(doc.getElementsByTagName('area')).filter((a) => a.hasAttribute('href'));
  if (!areas.length) return picked;
  // compareDocumentPosition bit 4: y follows x.
  return [...picked, ...areas].sort((x, y) => (x.compareDocumentPosition(y) & 4 ? -1 : 1));
}

function readLinks(doc: Document): PageLink[] {
  const out: PageLink[] = [];
  for (const a of pickLinks(doc, MAX_LINKS)) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const label = [a.textContent ?? '', a.getAttribute('title') ?? '', a.getAttribute('aria-label') ?? '']
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ href, text: label.slice(0, 300), el: a });
  }
  return out;
}

/** The same page with less to read, for detectors that run after the deadline. */
export function latePage(page: Page, maxChars: number, maxLinks: number): Page {
  const links = page.links.length <= maxLinks ? page.links : [...page.links.slice(0, maxLinks / 2), ...page.links.slice(-maxLinks / 2)];
  return { ...page, late: true, lines: selectLines(page.lines, maxChars), links };
}

/** `clock`: when reading a long page's text must stop to leave the detectors their share of the budget. */
export function readPage(doc: Document, url: string, clock?: ReadClock): Page {
  siblingIndex = new WeakMap();
  const parsed = parseUrl(url);
  // The whole document, not doc.body: on tag soup (content before <head>) linkedom leaves doc.body
  // empty and puts the real body after it. <head> is skipped by readLines anyway.
  const root = doc.documentElement ?? doc.body;
  const text = root ? readText(root, clock) : { lines: [], truncated: false };
  const lines = selectLines(text.lines, FULL_READ_CHARS);
  return {
    ...(text.truncated || lines !== text.lines ? { truncated: true as const } : {}),
    doc,
    url: parsed,
    host: parsed ? parsed.hostname.toLowerCase().replace(/^www\./, '') : '',
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase(),
    title: (doc.querySelector('title')?.textContent ?? '').trim(),
    lines,
    links: readLinks(doc),
    structured: readStructured(doc),
  };
}

/** Resolves a link's href against the page URL; null for what is not a URL. */
export function absoluteUrl(page: Page, href: string): URL | null {
  try {
    return page.url ? new URL(href, page.url) : new URL(href);
  } catch {
    return null;
  }
}

/**
 * Sibling positions, counted once per parent: a footer with thousands of links would otherwise make
 * every cssPath call walk all earlier siblings (quadratic). Cleared by readPage, so a live DOM that
 * changed between two detections is counted afresh.
 */
let siblingIndex = new WeakMap<Element, number>();

function nthOfType(e: Element): number {
  const known = siblingIndex.get(e);
  if (known !== undefined) return known;
  const parent = e.parentElement;
  if (!parent) return 1;
  const counts = new Map<string, number>();
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const n = (counts.get(c.tagName) ?? 0) + 1;
    counts.set(c.tagName, n);
    siblingIndex.set(c, n);
  }
  return siblingIndex.get(e) ?? 1;
}

/** A short CSS path for an element, so the popup can point at where a value was found. */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 6; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body') break;
    const id = e.getAttribute('id');
    if (id && /^[A-Z][\w-]*$/i.test(id)) {
      parts.unshift(`${tag}#${id}`);
      break;
    }
    const index = nthOfType(e);
    parts.unshift(index > 1 ? `${tag}:nth-of-type(${index})` : tag);
  }
  return parts.join(' > ');
}

/**
 * Where each value was found. The css path costs a walk up the tree, so detectors only remember the
 * element (`sourceAt`) and detect() computes paths for the candidates it returns (`fillSelectors`).
 */
const foundAt = new WeakMap<Source, Element>();

export function sourceAt(source: Source, el: Element | null | undefined): Source {
  if (el) foundAt.set(source, el);
  return source;
}

/** Css paths for the first `perField` candidates of each field (ranked best first). */
export function fillSelectors(ranked: readonly AnyCandidate[], perField: number): void {
  const count = new Map<string, number>();
  for (const c of ranked) {
    const n = count.get(c.field) ?? 0;
    count.set(c.field, n + 1);
    if (n >= perField) continue;
    const el = foundAt.get(c.source);
    if (el && !c.source.selector) c.source.selector = cssPath(el);
  }
}
