/**
 * One walk over the DOM that turns it into lines of visible text, the way a reader sees them.
 * Detectors work on these short lines instead of on the whole page text, which keeps every regex
 * local (no super-linear scans over megabytes) and keeps labels next to their values.
 */
import { SNAPSHOT_LIMITS } from './limits';
import type { SnapshotBlock, SnapshotLine } from './types';

/** Elements whose content is never read: code, styling, embedded documents, templates. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'MAP',
]);

/** Hidden subtrees (and templates) the walk hands back, the first ones of the document. */
const MAX_HIDDEN_ROOTS = 40;

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
  'NOFRAMES',
]);

/** Utility-CSS sites (Tailwind `block`, Bootstrap `d-block`) make spans and links block-level by class alone. */
const BLOCK_CLASS = /(?:^|\s)(?:d-)?block(?:\s|$)/;

function startsLine(el: Element, tag: string): boolean {
  return BLOCK.has(tag) || (el.hasAttributes() && BLOCK_CLASS.test(el.getAttribute('class') ?? ''));
}

/** Cells keep their row together on one line, separated by a tab, so "Telefon | 0221 …" stays paired. */
const CELL = new Set(['TD', 'TH']);

/** A single text node longer than this is cut: no real contact block needs more, hostile pages do. */
export const MAX_NODE_CHARS = 20_000;
/**
 * Text read from the top of the page. Real imprint and contact pages have well under 50,000
 * characters; past this the walk stops reading in order and jumps to the page's tail.
 */
export const MAX_HEAD_CHARS = 40_000;
/** Text read from the end of the page once the head is full: the footer and a closing imprint live there. */
export const MAX_TAIL_CHARS = 15_000;
/** How many not-yet-read subtrees, the last ones of the document, the tail is read from. */
const TAIL_SUBTREES = 24;

/** What the walk read: lines naming their blocks by index, and which element each block is. */
export interface TextRead {
  lines: SnapshotLine[];
  blocks: SnapshotBlock[];
  /** The element of each block, for placing links and other elements read after the walk. */
  elements: Element[];
  /** Whether the page was cut short (its middle skipped). */
  truncated: boolean;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Carousels mark every slide but the current one aria-hidden; a reader sees them all in turn.
  if (el.getAttribute('aria-hidden') === 'true' && !el.textContent?.includes('@') && !/\b(?:slick|swiper|carousel)-(?:slide|item)\b/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

const WS = /[\s\u200b]+/g;

/** What a stack entry stands for: a node to enter, or leaving an element that did or did not start a block. */
const ENTER = 0;
const LEAVE_INLINE = 1;
const LEAVE_BLOCK = 2;
type Exit = typeof ENTER | typeof LEAVE_INLINE | typeof LEAVE_BLOCK;
const HEADING_TAG = /^H[1-6]$/;

/**
 * Keeps the last `keep` pending subtrees (the bottom of the stack, the end of the document) and
 * every pending exit, so block bookkeeping stays balanced while the middle of a huge page is skipped.
 */
function keepTail(nodes: Node[], exits: Exit[], keep: number): void {
  let kept = 0;
  let w = 0;
  for (let r = 0; r < nodes.length; r++) {
    if (exits[r] === ENTER) {
      if (kept >= keep) continue;
      kept++;
    }
    nodes[w] = nodes[r]!;
    exits[w] = exits[r]!;
    w++;
  }
  nodes.length = w;
  exits.length = w;
}

/** A deadline for reading: on a long page the head is cut short once it passes. */
export interface ReadClock {
  now: () => number;
  deadline: number;
}

/** The clock is only read on pages already longer than any ordinary one, so those always read the same. */
const CLOCKED_FROM_CHARS = 20_000;

/** Elements between `el` and its ancestor `above` (1 for a child); the whole way up when `above` is null. */
function distance(el: Element, above: Element | null): number {
  let n = 0;
  for (let e: Element | null = el; e && e !== above; e = e.parentElement) n++;
  return n;
}

/** What the page holds but does not show: text of hidden subtrees and templates, in lines of its own. */
export interface HiddenRead {
  lines: SnapshotLine[];
  blocks: SnapshotBlock[];
}

/**
 * Reads the hidden subtrees a walk handed back (`readText`'s `hidden`) as lines of their own, within
 * the snapshot's limits: a hidden tab panel's team, a <template> a script fills the page from. Their blocks
 * are numbered after each other's; nothing here is part of what the page shows.
 */
export function readHiddenText(roots: readonly Element[], limits: { hiddenChars: number; hiddenLines: number; hiddenBlocks: number }): HiddenRead {
  const out: HiddenRead = { lines: [], blocks: [] };
  let chars = 0;
  for (const el of roots) {
    // A browser keeps a template's markup in its content fragment; a parser without one, as children.
    const content = el.tagName.toUpperCase() === 'TEMPLATE' ? (el as HTMLTemplateElement).content : null;
    const read = readText(content?.firstChild ? content : el);
    const offset = out.blocks.length;
    if (offset + read.blocks.length > limits.hiddenBlocks) break;
    for (const b of read.blocks) out.blocks.push({ ...b, parent: b.parent >= 0 ? b.parent + offset : -1 });
    for (const l of read.lines) {
      if (chars + l.text.length > limits.hiddenChars || out.lines.length >= limits.hiddenLines) return out;
      chars += l.text.length;
      out.lines.push({ ...l, block: l.block + offset });
    }
  }
  return out;
}

/**
 * Reads the visible text of `root` as lines. Linear in the size of the DOM, and bounded: after
 * MAX_HEAD_CHARS (or, on a long page, once `clock` passes its deadline) it reads only the
 * document's last subtrees, up to MAX_TAIL_CHARS more. Hidden subtrees it skips go to `hidden`.
 */
export function readText(root: Node, clock?: ReadClock, hidden?: Element[]): TextRead {
  const lines: SnapshotLine[] = [];
  const blockList: SnapshotBlock[] = [];
  const elements: Element[] = [];
  let buf = '';
  /** Index of the block the text being read belongs to; -1 before the first. */
  let block = -1;
  /** Indices of the blocks the walk is inside, innermost last. */
  const blocks: number[] = [];
  const enter = (el: Element, tag: string): number => {
    const parent = blocks.at(-1) ?? -1;
    const above = parent >= 0 ? elements[parent]! : null;
    const b: SnapshotBlock = { tag, parent, depth: (above ? blockList[parent]!.depth : -1) + distance(el, above) };
    if (el.hasAttributes()) {
      const cls = el.getAttribute('class');
      if (cls) b.cls = cls.length > SNAPSHOT_LIMITS.classChars ? cls.slice(0, SNAPSHOT_LIMITS.classChars) : cls;
      const role = el.getAttribute('role');
      if (role) b.role = role.slice(0, SNAPSHOT_LIMITS.roleChars);
      const label = el.getAttribute('aria-label') ?? el.getAttribute('title');
      if (label?.trim()) b.label = label.trim().slice(0, SNAPSHOT_LIMITS.labelChars);
    }
    blockList.push(b);
    elements.push(el);
    return blockList.length - 1;
  };
  let section = 0;
  let total = 0;
  let inTail = false;
  let tailFrom = 0;
  let textNodes = 0;
  // Inside <pre> a newline is a line break on screen; imprints pasted into <pre> rely on it.
  let preDepth = 0;
  const headDone = () =>
    total > MAX_HEAD_CHARS || (clock !== undefined && total > CLOCKED_FROM_CHARS && ++textNodes % 64 === 0 && clock.now() > clock.deadline);

  const flush = () => {
    if (!buf) return;
    const text = buf.replace(WS, ' ').trim();
    if (text && block >= 0) {
      lines.push({ text: text.length > SNAPSHOT_LIMITS.lineChars ? text.slice(0, SNAPSHOT_LIMITS.lineChars) : text, block, section });
    }
    buf = '';
  };

  // Iterative walk (deep pages must not overflow the stack); two parallel arrays instead of an
  // object per node, since this walk is the floor of the engine's cost.
  const nodes: Node[] = [root];
  const exits: Exit[] = [ENTER];
  while (nodes.length) {
    const node = nodes.pop()!;
    const exit = exits.pop()!;
    const type = node.nodeType;
    if (type === 3) {
      // A page of countless tiny lines: what was read is all the engine gets.
      if (lines.length >= SNAPSHOT_LIMITS.lines) {
        inTail = true;
        break;
      }
      let data = (node as Text).data;
      if (data.length > MAX_NODE_CHARS) data = data.slice(0, MAX_NODE_CHARS);
      total += data.length;
      if (preDepth) {
        const parts = data.split('\n');
        buf += parts[0];
        for (let p = 1; p < parts.length; p++) {
          flush();
          buf += parts[p];
        }
      } else buf += data;
      if (inTail) {
        if (total - tailFrom > MAX_TAIL_CHARS) break;
      } else if (headDone()) {
        inTail = true;
        tailFrom = total;
        flush();
        keepTail(nodes, exits, TAIL_SUBTREES);
      }
      continue;
    }
    if (type !== 1 && type !== 9 && type !== 11) continue;
    const el = node as Element;
    const tag = type === 1 ? el.tagName.toUpperCase() : '#document';
    if (exit !== ENTER) {
      if (exit === LEAVE_BLOCK) {
        flush();
        if (tag === 'PRE') preDepth--;
        blocks.pop();
        block = blocks.at(-1) ?? block;
      } else if (CELL.has(tag)) buf += '\t';
      continue;
    }
    let leave: Exit = type === 1 ? LEAVE_INLINE : LEAVE_BLOCK;
    if (type === 1) {
      if (node !== root && (SKIP.has(tag) || (el.hasAttributes() && isHidden(el)))) {
        // Kept for the people readers: a team in a hidden tab panel or a <template> a script shows.
        if (hidden && hidden.length < MAX_HIDDEN_ROOTS && (tag === 'TEMPLATE' || !SKIP.has(tag))) hidden.push(el);
        continue;
      }
      if (tag === 'BR') {
        flush();
        continue;
      }
      // Past the block limit a block element reads as inline text: its text joins the line it is in.
      if (startsLine(el, tag) && blockList.length < SNAPSHOT_LIMITS.blocks) {
        leave = LEAVE_BLOCK;
        flush();
        block = enter(el, tag);
        blocks.push(block);
        if (tag === 'PRE') preDepth++;
        if (HEADING_TAG.test(tag)) section++;
      } else if (tag === 'IMG') {
        // An image's alt text often carries an e-mail address drawn as a picture, or a network's name.
        const alt = el.getAttribute('alt');
        if (alt && alt.includes('@')) buf += ` ${alt} `;
        // A team card's photo may be the only place that says who the person is and what they do.
        const holder = block >= 0 ? blockList[block]! : undefined;
        if (alt && holder && holder.label === undefined && alt.trim().length > 2) holder.label = alt.trim().slice(0, SNAPSHOT_LIMITS.labelChars);
        continue;
      }
      if (block < 0) block = enter(el, tag);
    }
    nodes.push(node);
    exits.push(leave);
    for (let c = node.lastChild; c; c = c.previousSibling) {
      nodes.push(c);
      exits.push(ENTER);
    }
  }
  flush();
  return { lines, blocks: blockList, elements, truncated: inTail };
}
