/**
 * Where on the page a value sits, as a reader would judge it: under which headings, next to which
 * words. Imprints name the web agency, the photographer, the hosting provider, the sponsors and the supervisory
 * chamber with their own e-mail and links; those sections are recognised by their headings and
 * labels, in the languages the extension meets.
 */
import type { Page } from '../page';
import type { TextLine } from '../page-text';

/** Credits, hosting and supervisory words: somebody else's data follows. */
const FOREIGN_WORDS = new RegExp(
  [
    // design / development / hosting credits
    String.raw`web\s?design`, String.raw`design(?:ed)?\s(?:by|door|von|par|por|af|av)\b`, 'gestaltung', 'umsetzung', 'realisierung', 'réalisation', 'realizzazione',
    'programmierung', 'entwicklung', 'developed by', 'development by', 'built by', 'made by', 'made with', 'powered by', 'site by', 'website by',
    'website door', 'gemaakt door', 'ontwerp', 'conception', 'diseño', 'diseñado', 'sviluppato', 'udviklet af', 'levert av', 'laget av',
    'internetagentur', 'werbeagentur', 'webagentur', 'agentur:', 'agency:', 'agence:', 'theme by', 'template by',
    String.raw`\bhost(?:ing|er|ed by)\b`, 'gehostet', 'hébergement', 'hébergeur', 'hébergé', 'alojamiento', 'technische betreuung',
    // photo credits
    String.raw`\bfoto(?:s|grafie|nachweis|credits?)?\s?:`, String.raw`\bphoto(?:s|graphy)?\s?(?::|by\b|credits?)`, 'bildnachweis', 'bildquelle', 'bildrechte', 'image credit', 'picture credit',
    'crédits', 'credits', 'beeld door', "foto's", 'fotos door', 'foto door', 'fotografie door',
    // supervisory bodies, chambers, dispute resolution
    'aufsichtsbehörde', 'aufsicht', 'kammer', 'chamber of', 'supervisory', 'regulated by', 'regulator', 'berufsrecht', 'schlichtung', 'streitbeilegung', 'ordre des', 'barreau',
    'landgericht', 'ministerium', 'colegio oficial',
    // partners and sponsors
    'kooperation', 'zusammenarbeit mit', 'in cooperation with', 'unterstützt von', 'supported by', 'trägerschaft', 'sponsored by',
  ].join('|'),
  'iu',
);

/** A heading that alone names somebody else's block ("Web", "Fotos", "Partner", "Sponsoren"). */
const FOREIGN_HEADING = /^(?:(?:unsere|our|nos|onze|i nostri|vores|våre)\s)?(?:web|website|webseite|design|fotos?|photos?|bilder|credits|partner|partners|partenaires|sponsoren|sponsors|förderer|kunden|clients|referenzen|références|hosting|hoster)\s?:?$/iu;

/** "Webdesign: …", "Fotos door …", "Hosting by …": a label at the start of the line. */
function isForeignLabel(text: string): boolean {
  return FOREIGN_WORDS.test(text.length > 80 ? text.slice(0, 80) : text);
}

function isForeignHeading(text: string): boolean {
  return text.length <= 120 && (FOREIGN_HEADING.test(text) || FOREIGN_WORDS.test(text));
}

const HEADING = /^H[1-6]$/;
const LANDMARK = new Set(['FOOTER', 'HEADER', 'NAV', 'ASIDE']);

/** The nearest footer/header/nav/aside around an element; a plain walk, cheaper than closest(). */
function landmarkOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (LANDMARK.has(e.tagName.toUpperCase())) return e;
  return null;
}

export interface LineContext {
  /** The line's own text or its headings look like a third party's block. */
  thirdParty: boolean;
  /** One of the headings above the line introduces a third party (not just a label on the line). */
  foreignHeading: boolean;
}

interface PageContext {
  lines: LineContext[];
  lineOfBlock: Map<Element, number>;
}

const cache = new WeakMap<Page, PageContext>();

/**
 * Heading context per line. Headings that follow each other with no text between them are read
 * together ("Konzept & Webdesign" + "Agentur XY"); a new landmark (footer, header) starts afresh,
 * so the footer is not read as part of the last article's "Photo credits".
 */
function build(page: Page): PageContext {
  const lines: LineContext[] = [];
  const lineOfBlock = new Map<Element, number>();
  let stack: { level: number; third: boolean }[] = [];
  let lastWasHeading = false;
  let landmark: Element | null = null;
  page.lines.forEach((line: TextLine, i) => {
    if (!lineOfBlock.has(line.block)) lineOfBlock.set(line.block, i);
    const lm = landmarkOf(line.block);
    if (lm !== landmark) {
      landmark = lm;
      stack = [];
    }
    const tag = line.block.tagName.toUpperCase();
    if (HEADING.test(tag)) {
      const level = Number(tag[1]);
      const third = isForeignHeading(line.text);
      const top = stack.at(-1);
      if (lastWasHeading && top && top.level >= level) {
        // Sibling heading right after another: the first one labels the second.
        stack = stack.filter((h) => h.level < level);
        stack.push({ level, third: third || top.third });
      } else {
        stack = stack.filter((h) => h.level < level);
        stack.push({ level, third });
      }
      lastWasHeading = true;
      const under = stack.some((h) => h.third);
      lines.push({ thirdParty: under, foreignHeading: under });
      return;
    }
    lastWasHeading = false;
    const under = stack.some((h) => h.third);
    lines.push({ thirdParty: under || isForeignLabel(line.text), foreignHeading: under });
  });
  return { lines, lineOfBlock };
}

function context(page: Page): PageContext {
  let ctx = cache.get(page);
  if (!ctx) {
    ctx = build(page);
    cache.set(page, ctx);
  }
  return ctx;
}

export function lineContext(page: Page, index: number): LineContext {
  return context(page).lines[index] ?? { thirdParty: false, foreignHeading: false };
}

/** The index of the text line an element belongs to (its own block or the nearest one above), or -1. */
export function lineIndexOf(page: Page, el: Element): number {
  const { lineOfBlock } = context(page);
  let e: Element | null = el;
  for (let depth = 0; e && depth < 12; depth++, e = e.parentElement) {
    const i = lineOfBlock.get(e);
    if (i !== undefined) return i;
  }
  return -1;
}

/** Whether the element sits in a block that reads as somebody else's (agency, chamber, sponsor). */
export function inForeignBlock(page: Page, el: Element): boolean {
  const i = lineIndexOf(page, el);
  return i >= 0 && lineContext(page, i).thirdParty;
}

export { isForeignLabel };
