/**
 * What the engine knows about a page: plain data, read from the DOM once (snapshot/index.ts) and then
 * handed to the detectors. No DOM node is in it, so it can be built in the page and read in an
 * extension context, or built from fetched HTML; it survives JSON and structured cloning alike.
 */
import type { Method } from '../types';

/**
 * An element that starts a line of text (p, div, li, h2, a `span.block`, ...), as the text walk
 * entered it. Blocks form a tree through `parent`; a line, a link or a hidden address names its block.
 */
export interface SnapshotBlock {
  /** Upper-case tag name. */
  tag: string;
  /** Index of the enclosing block, -1 at the top. */
  parent: number;
  /** Elements between the document element and this one: bounded walks up the tree count elements. */
  depth: number;
  /** The class attribute (first 200 characters), when there is one. */
  cls?: string;
  /** The role attribute, when there is one. */
  role?: string;
  /** A CSS path to the element, for blocks that hold a line. */
  path?: string;
  /**
   * What the element says only to a pointer or a screen reader: its own title or aria-label, else the
   * alt text of the first image directly in it (first 150 characters). Team cards put a role there.
   */
  label?: string;
  /**
   * Texts of the element's child elements, trimmed and cut at 200 characters: a table row's cells,
   * or the marked-up parts of a short line ("<strong>Name</strong> Role"). Only on rows and blocks
   * with a short line, and only when they have at most 16 children.
   */
  cells?: string[];
}

export interface SnapshotLine {
  text: string;
  /** Index of the block the line belongs to. */
  block: number;
  /** A heading starts a new section: lines under the same heading share the number. */
  section: number;
}

/** Where an element sits: its nearest enclosing block and its own depth, for finding its line. */
export interface Placed {
  /** Index of the nearest block the element is in (or is), -1 when none. */
  block: number;
  depth: number;
  path?: string;
}

export interface SnapshotLink extends Placed {
  href: string;
  /** Visible text, plus the title/aria-label when the link is an icon; at most 300 characters. */
  text: string;
}

/** An element whose data attributes may hold an e-mail address a script assembles (or Cloudflare's code). */
export interface SnapshotDataElement extends Placed {
  /** The relevant attributes that are present: data-cfemail, href, data-email, data-user, ... */
  attrs: Record<string, string>;
}

/** An inline script that could write an address ("@", "mailto", char codes). */
export interface SnapshotScript {
  text: string;
  path?: string;
}

/** Structured data items (schema.org-like), the same shape for JSON-LD, microdata, RDFa and hCard. */
export interface Item {
  /** Type names without the vocabulary prefix, e.g. "Organization", "PostalAddress". */
  types: string[];
  /** Property name -> values. A null-prototype object when built; read it through `prop()` only. */
  props: Record<string, (string | Item)[]>;
  method: Method;
  /** Raw text for the popup's "where did this come from". */
  snippet: string;
}

/** An item as the snapshot carries it: a nested item is named by its index, so nothing is copied twice. */
export interface SnapshotItem {
  types: string[];
  props: Record<string, (string | { ref: number })[]>;
  method: Method;
  snippet: string;
  /** Reachable only as another item's property (an hCard's address), not an item of the page by itself. */
  nested?: true;
}

export interface SnapshotMeta {
  /** `<link rel="canonical">` href. */
  canonical?: string;
  /** `<meta property="og:url">` content. */
  ogUrl?: string;
  /** `<meta property="og:site_name">` content. */
  siteName?: string;
  /** The alt text of the site's logo image: small sites often name themselves nowhere else. */
  logoAlt?: string;
}

export interface PageSnapshot {
  url: string;
  /** `<title>`, trimmed. */
  title: string;
  /** `<html lang>`, lower-case; "" when missing. */
  lang: string;
  meta: SnapshotMeta;
  blocks: SnapshotBlock[];
  lines: SnapshotLine[];
  /** Set when the text walk skipped the middle of a long page (its head and tail were read). */
  truncated: boolean;
  links: SnapshotLink[];
  /** JSON-LD blocks as written; the engine parses them. */
  jsonLd: string[];
  /** Microdata, RDFa and hCard items, read from the markup. */
  items: SnapshotItem[];
  dataElements: SnapshotDataElement[];
  scripts: SnapshotScript[];
  /**
   * Text the page holds but does not show (hidden tab panels, templates a script shows), in lines and
   * blocks of its own; only the people readers look at it. Absent when there is none.
   */
  hidden?: { lines: SnapshotLine[]; blocks: SnapshotBlock[] };
  /** Milliseconds the reading took, in the context that read the page. */
  readMs: number;
  /**
   * When the reading ended, in milliseconds since 1970 (performance.timeOrigin + performance.now()):
   * comparable across contexts, so the background can tell the snapshot's transfer from its reading.
   */
  readAt: number;
}
