/**
 * Reads a DOM (the live page, or a parsed document) into a page snapshot: plain data the engine
 * works on. This folder is the only part of the engine that touches DOM nodes. Every reader is
 * capped (limits.ts), and the text walk stops reading the middle of a long page once `clock` says so.
 */
import { boundedText } from './bounded-text';
import { cssPaths } from './css-path';
import { readDataElements, readScripts } from './hidden';
import { SNAPSHOT_LIMITS } from './limits';
import { readLinks } from './links';
import { placer } from './place';
import { readHCards, readJsonLdTexts, readMicrodata } from './structured';
import { readHiddenText, readText, type ReadClock } from './text';
import type { PageSnapshot, SnapshotBlock, SnapshotItem, SnapshotMeta } from './types';

export type * from './types';
export type { ReadClock } from './text';
export { SNAPSHOT_LIMITS } from './limits';

/** Blocks whose line is at most this long get their children's texts (marked-up parts of a short line). */
const SHORT_LINE_CHARS = 90;
/** How far past the text walk's deadline the optional whole-document scans are still made. */
const LATE_AFTER_MS = 7.5;
/** Elements visited when reading one cell's text; a cell holding a whole layout is cut short. */
const MAX_CELL_NODES = 400;

function cellText(el: Element): string {
  const t = boundedText(el, SNAPSHOT_LIMITS.cellChars + 64, MAX_CELL_NODES).trim();
  return t.length > SNAPSHOT_LIMITS.cellChars ? t.slice(0, SNAPSHOT_LIMITS.cellChars) : t;
}

function addCells(block: SnapshotBlock, el: Element): void {
  const children: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    // A block with more children is a list or a layout, not a row or a line with marked-up parts.
    if (children.length === SNAPSHOT_LIMITS.cells) return;
    children.push(c);
  }
  if (children.length) block.cells = children.map(cellText);
}

function attr(doc: Document, selector: string, name: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute(name);
  return v == null ? undefined : v.slice(0, SNAPSHOT_LIMITS.metaChars);
}

function readMeta(doc: Document): SnapshotMeta {
  const meta: SnapshotMeta = {};
  const canonical = attr(doc, 'link[rel~="canonical" i]', 'href');
  if (canonical !== undefined) meta.canonical = canonical;
  const ogUrl = attr(doc, 'meta[property="og:url" i]', 'content');
  if (ogUrl !== undefined) meta.ogUrl = ogUrl;
  const siteName = attr(doc, 'meta[property="og:site_name"]', 'content');
  if (siteName !== undefined) meta.siteName = siteName;
  const logo = logoAlt(doc);
  if (logo) meta.logoAlt = logo;
  return meta;
}

/**
 * Keeps the blocks something points at (a line, a link, an address source) and their ancestors, and
 * renumbers them: a page of empty wrappers need not cross to the engine. Parents come before their
 * children in the walk, so one pass in order renumbers parents first.
 */
function compactBlocks(blocks: SnapshotBlock[], used: readonly { block: number }[][]): SnapshotBlock[] {
  const keep = new Uint8Array(blocks.length);
  for (const list of used) {
    for (const x of list) for (let b = x.block; b >= 0 && !keep[b]; b = blocks[b]!.parent) keep[b] = 1;
  }
  // A dropped block's label (the alt text of a photo in its own wrapper) goes to the nearest kept ancestor.
  blocks.forEach((b, i) => {
    if (keep[i] || b.label === undefined) return;
    let a = b.parent;
    while (a >= 0 && !keep[a]) a = blocks[a]!.parent;
    if (a >= 0) blocks[a]!.label ??= b.label;
  });
  const index = new Int32Array(blocks.length).fill(-1);
  const out: SnapshotBlock[] = [];
  blocks.forEach((b, i) => {
    if (!keep[i]) return;
    index[i] = out.length;
    out.push(b.parent >= 0 ? { ...b, parent: index[b.parent]! } : b);
  });
  for (const list of used) for (const x of list) if (x.block >= 0) x.block = index[x.block]!;
  return out;
}

function boundedPath(path: (el: Element) => string): (el: Element) => string | undefined {
  return (el) => {
    const p = path(el);
    return p.length > SNAPSHOT_LIMITS.pathChars ? undefined : p;
  };
}

/** Microdata and RDFa items, then hCards; indices refer into this one list. */
function readItems(doc: Document): SnapshotItem[] {
  const micro = readMicrodata(doc);
  return [...micro, ...readHCards(doc, micro.length)];
}

/** Images looked at for the logo (it comes early), and elements above one that may mark it. */
const MAX_LOGO_IMAGES = 60;
const LOGO_ANCESTORS = 3;
const LOGO_MARK = /logo|brand/i;

/**
 * The alt text of the site's logo: an image marked as one by its class, id or file name, or inside a
 * logo or brand element. A walk over the first images, not a selector query over the whole document.
 */
function logoAlt(doc: Document): string | undefined {
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length && i < MAX_LOGO_IMAGES; i++) {
    const img = images[i]!;
    const alt = img.getAttribute('alt')?.trim();
    if (!alt) continue;
    let marked = /logo/i.test(`${img.getAttribute('class') ?? ''} ${img.id} ${img.getAttribute('src') ?? ''}`);
    for (let el = img.parentElement, up = 0; !marked && el && up < LOGO_ANCESTORS; el = el.parentElement, up++) marked = LOGO_MARK.test(el.getAttribute('class') ?? '');
    if (marked) return alt.slice(0, SNAPSHOT_LIMITS.metaChars);
  }
  return undefined;
}

/** `clock`: when reading a long page's text must stop (see snapshot/text.ts). */
export function takeSnapshot(doc: Document, url: string, clock?: ReadClock): PageSnapshot {
  const now = clock?.now ?? (() => performance.now());
  const started = now();
  const path = boundedPath(cssPaths());
  // The whole document, not doc.body: on tag soup (content before <head>) linkedom leaves doc.body
  // empty and puts the real body after it. <head> is skipped by the walk anyway.
  const root = doc.documentElement ?? doc.body;
  const hiddenRoots: Element[] = [];
  const text = root ? readText(root, clock, hiddenRoots) : { lines: [], blocks: [], elements: [], truncated: false };
  const { blocks, elements } = text;
  const withLine = new Uint8Array(blocks.length);
  for (const line of text.lines) {
    const b = blocks[line.block]!;
    if (!withLine[line.block]) {
      withLine[line.block] = 1;
      const p = path(elements[line.block]!);
      if (p !== undefined) b.path = p;
    }
    if (withLine[line.block] === 1 && (line.text.length <= SHORT_LINE_CHARS || b.tag === 'TR')) {
      withLine[line.block] = 2;
      addCells(b, elements[line.block]!);
    }
  }
  const place = placer(blocks, elements, path);
  const links = readLinks(doc, place);
  // Elements with data attributes are found by a query that walks the whole document: on a page too
  // long to read whole, once the reading's time is up, they are skipped like the middle of its text.
  const late = text.truncated && clock !== undefined && now() > clock.deadline + LATE_AFTER_MS;
  const dataElements = late ? [] : readDataElements(doc, place);
  const placed: { block: number }[][] = [text.lines, links, dataElements];
  const title = (doc.querySelector('title')?.textContent ?? '').trim();
  const snapshot: PageSnapshot = {
    url: url.slice(0, SNAPSHOT_LIMITS.urlChars),
    title: title.slice(0, SNAPSHOT_LIMITS.titleChars),
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase().slice(0, 35),
    meta: readMeta(doc),
    blocks: compactBlocks(blocks, placed),
    lines: text.lines,
    truncated: text.truncated,
    links,
    jsonLd: readJsonLdTexts(doc),
    items: readItems(doc),
    dataElements,
    scripts: late ? [] : readScripts(doc, path),
    readMs: 0,
    readAt: 0,
  };
  const hidden = late ? null : readHiddenText(hiddenRoots, SNAPSHOT_LIMITS);
  if (hidden?.lines.length) snapshot.hidden = hidden;
  snapshot.readMs = now() - started;
  snapshot.readAt = performance.timeOrigin + performance.now();
  return snapshot;
}
