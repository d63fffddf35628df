/**
 * Everything the detectors share about one page, derived once from its snapshot: its address,
 * language, lines of visible text, links and structured data. Plain data, no DOM.
 */
import { FULL_READ_CHARS, selectLines } from './budget';
import type { PageSnapshot, Placed, SnapshotBlock, SnapshotDataElement, SnapshotLink, SnapshotMeta, SnapshotScript } from './snapshot/types';
import { resolveItems } from './snapshot/items';
import { parseJsonLd, type Item } from './structured';
import type { AnyCandidate, Source } from './types';

export type Block = SnapshotBlock;
export type PageLink = SnapshotLink;

export interface TextLine {
  text: string;
  /** The block element the line belongs to. */
  block: Block;
  /** Index of the section the line is in: a new heading starts a new section. */
  section: number;
}

export interface Page {
  url: URL | null;
  /** Lower-case host without "www.". */
  host: string;
  /** `<html lang>` lower-case, e.g. "de-at"; "" when missing. */
  lang: string;
  title: string;
  meta: SnapshotMeta;
  /** Every block the text walk entered; lines, links and data elements point into it. */
  blocks: readonly Block[];
  lines: TextLine[];
  links: PageLink[];
  structured: Item[];
  dataElements: readonly SnapshotDataElement[];
  scripts: readonly SnapshotScript[];
  /** Set when the page was too long to read whole: only its most relevant lines are in `lines`. */
  truncated?: true;
  /** Set once the time budget is spent: detectors skip their optional whole-document scans. */
  late?: true;
  /** What the page holds but does not show (hidden tab panels, templates): read by the people readers only. */
  hidden?: { lines: TextLine[]; blocks: readonly Block[] };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The same page with less to read, for detectors that run after the deadline. */
export function latePage(page: Page, maxChars: number, maxLinks: number): Page {
  const links = page.links.length <= maxLinks ? page.links : [...page.links.slice(0, maxLinks / 2), ...page.links.slice(-maxLinks / 2)];
  return { ...page, late: true, lines: selectLines(page.lines, page.blocks, maxChars), links };
}

export function pageFromSnapshot(snapshot: PageSnapshot): Page {
  const parsed = parseUrl(snapshot.url);
  const blocks = snapshot.blocks;
  const all = snapshot.lines.map((l): TextLine => ({ text: l.text, block: blocks[l.block]!, section: l.section }));
  const lines = selectLines(all, blocks, FULL_READ_CHARS);
  return {
    ...(snapshot.truncated || lines !== all ? { truncated: true as const } : {}),
    url: parsed,
    host: parsed ? parsed.hostname.toLowerCase().replace(/^www\./, '') : '',
    lang: snapshot.lang,
    title: snapshot.title,
    meta: snapshot.meta,
    blocks,
    lines,
    links: snapshot.links,
    structured: [...parseJsonLd(snapshot.jsonLd), ...resolveItems(snapshot.items)],
    dataElements: snapshot.dataElements,
    scripts: snapshot.scripts,
    ...(snapshot.hidden ? { hidden: hiddenPart(snapshot.hidden) } : {}),
  };
}

function hiddenPart(hidden: NonNullable<PageSnapshot['hidden']>): NonNullable<Page['hidden']> {
  const blocks = hidden.blocks;
  return { blocks, lines: hidden.lines.map((l): TextLine => ({ text: l.text, block: blocks[l.block]!, section: l.section })) };
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
 * Where each value was found. Detectors remember the block, link or element (`sourceAt`) and
 * detect() copies the css paths of the candidates it returns (`fillSelectors`).
 */
const foundAt = new WeakMap<Source, { path?: string }>();

export function sourceAt(source: Source, at: { path?: string } | Placed | null | undefined): Source {
  if (at) foundAt.set(source, at);
  return source;
}

/** The css paths of where the candidates were found. */
export function fillSelectors(candidates: readonly AnyCandidate[]): void {
  for (const c of candidates) {
    const path = foundAt.get(c.source)?.path;
    if (path !== undefined && !c.source.selector) c.source.selector = path;
  }
}
