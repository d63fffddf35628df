/**
 * Reads a DOM (the live page, or a parsed document) into a page snapshot: plain data the engine
 * works on. This folder is the only part of the engine that touches DOM nodes.
 */
import { cssPaths } from './css-path';
import { readDataElements, readScripts } from './hidden';
import { readLinks } from './links';
import { placer } from './place';
import { readHCards, readJsonLdTexts, readMicrodata } from './structured';
import { readText, type ReadClock } from './text';
import type { PageSnapshot, SnapshotBlock, SnapshotMeta } from './types';

export type * from './types';
export type { ReadClock } from './text';

/** Blocks whose line is at most this long get their children's texts (marked-up parts of a short line). */
const SHORT_LINE_CHARS = 90;
const MAX_CELLS = 16;
const MAX_CELL_CHARS = 200;
/** Elements visited when reading one cell's text; a cell holding a whole layout is cut short. */
const MAX_CELL_NODES = 400;

/** An element's text, trimmed, read only as far as `max` characters (textContent would read it all). */
function boundedText(el: Element, max: number): string {
  let out = '';
  let visited = 0;
  const stack: Node[] = [el];
  while (stack.length && out.length <= max + 64 && visited++ < MAX_CELL_NODES) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += (node as Text).data;
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const t = out.trim();
  return t.length > max ? t.slice(0, max) : t;
}

function addCells(block: SnapshotBlock, el: Element): void {
  const children: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    // A block with more children is a list or a layout, not a row or a line with marked-up parts.
    if (children.length === MAX_CELLS) return;
    children.push(c);
  }
  if (children.length) block.cells = children.map((c) => boundedText(c, MAX_CELL_CHARS));
}

function attr(doc: Document, selector: string, name: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute(name);
  return v == null ? undefined : v.slice(0, 2_000);
}

function readMeta(doc: Document): SnapshotMeta {
  const meta: SnapshotMeta = {};
  const canonical = attr(doc, 'link[rel~="canonical" i]', 'href');
  if (canonical !== undefined) meta.canonical = canonical;
  const ogUrl = attr(doc, 'meta[property="og:url" i]', 'content');
  if (ogUrl !== undefined) meta.ogUrl = ogUrl;
  const siteName = attr(doc, 'meta[property="og:site_name"]', 'content');
  if (siteName !== undefined) meta.siteName = siteName;
  return meta;
}

/** `clock`: when reading a long page's text must stop (see snapshot/text.ts). */
export function takeSnapshot(doc: Document, url: string, clock?: ReadClock): PageSnapshot {
  const path = cssPaths();
  // The whole document, not doc.body: on tag soup (content before <head>) linkedom leaves doc.body
  // empty and puts the real body after it. <head> is skipped by the walk anyway.
  const root = doc.documentElement ?? doc.body;
  const text = root ? readText(root, clock) : { lines: [], blocks: [], elements: [], truncated: false };
  const { blocks, elements } = text;
  const withLine = new Uint8Array(blocks.length);
  for (const line of text.lines) {
    const b = blocks[line.block]!;
    if (!withLine[line.block]) {
      withLine[line.block] = 1;
      b.path = path(elements[line.block]!);
    }
    if (withLine[line.block] === 1 && (line.text.length <= SHORT_LINE_CHARS || b.tag === 'TR')) {
      withLine[line.block] = 2;
      addCells(b, elements[line.block]!);
    }
  }
  const place = placer(blocks, elements, path);
  return {
    url,
    title: (doc.querySelector('title')?.textContent ?? '').trim(),
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase(),
    meta: readMeta(doc),
    blocks,
    lines: text.lines,
    truncated: text.truncated,
    links: readLinks(doc, place),
    jsonLd: readJsonLdTexts(doc),
    items: [...readMicrodata(doc), ...readHCards(doc)],
    dataElements: readDataElements(doc, place),
    scripts: readScripts(doc, path),
  };
}
