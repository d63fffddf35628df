/**
 * One walk over the DOM that turns it into lines of visible text, the way a reader sees them.
 * Detectors work on these short lines instead of on the whole page text, which keeps every regex
 * local (no super-linear scans over megabytes) and keeps labels next to their values.
 */

/** Elements whose content is never read: code, styling, embedded documents, templates. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'MAP',
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
  'NOFRAMES',
]);

/** Cells keep their row together on one line, separated by a tab, so "Telefon | 0221 …" stays paired. */
const CELL = new Set(['TD', 'TH']);

/** A single text node longer than this is cut: no real contact block needs more, hostile pages do. */
export const MAX_NODE_CHARS = 20_000;
/** Lines are cut at this length before any detector sees them. */
export const MAX_LINE_CHARS = 4_000;
/** The whole page's text is capped here (about 2 MB of HTML yields far less text). */
export const MAX_PAGE_CHARS = 3_000_000;

export interface TextLine {
  text: string;
  /** The block element the line belongs to. */
  block: Element;
  /** Index of the section the line is in: a new heading starts a new section. */
  section: number;
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

/** Reads the visible text of `root` as lines. Linear in the size of the DOM. */
export function readLines(root: Node): TextLine[] {
  const lines: TextLine[] = [];
  let buf = '';
  let block: Element | null = null;
  const blocks: Element[] = [];
  let section = 0;
  let total = 0;

  const flush = () => {
    const text = buf.replace(WS, ' ').trim();
    if (text && block) {
      lines.push({ text: text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text, block, section });
    }
    buf = '';
  };

  // Iterative walk: deep pages must not overflow the stack.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      if (total > MAX_PAGE_CHARS) continue;
      let data = (node as Text).data;
      if (data.length > MAX_NODE_CHARS) data = data.slice(0, MAX_NODE_CHARS);
      total += data.length;
      buf += data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '#document';
    if (exit) {
      if (BLOCK.has(tag) || tag === '#document') {
        flush();
        blocks.pop();
        block = blocks.at(-1) ?? block;
      } else if (CELL.has(tag)) buf += '\t';
      continue;
    }
    if (node.nodeType === 1) {
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (BLOCK.has(tag) || tag === '#document') {
        flush();
        block = el;
        blocks.push(el);
        if (/^H[1-6]$/.test(tag)) section++;
      } else if (tag === 'IMG') {
        // An image's alt text often carries an e-mail address drawn as a picture, or a network's name.
        const alt = el.getAttribute('alt');
        if (alt && alt.includes('@')) buf += ` ${alt} `;
        continue;
      }
      if (!block) block = el;
    }
    stack.push({ node, exit: true });
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return lines;
}
