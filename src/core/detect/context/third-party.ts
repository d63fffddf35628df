/**
 * Which lines speak about an organisation other than the page's own: the web agency, designer,
 * host or photographer in the credits, a partner or sponsor, the supervisory authority or chamber
 * of a regulated profession, a court, the general partner of a KG. Their numbers, addresses and
 * people are real values of the wrong organisation, so every detector keeps them below ACCEPT.
 *
 * Computed once per page, lazily, in one pass over the lines; each detector asks for the kinds
 * of third party that matter to its field (a court's phone number is not the firm's, but the
 * register court next to the firm's register number is exactly what the register field wants).
 */
import { blocksUp } from '../blocks';
import type { Block, Page } from '../page';
import type { Placed } from '../snapshot/types';
import { CREDITS, AUTHORITY, COURT, GENERAL_PARTNER, KIND_WORDS, PARTNERS, WEB_LABEL, type Kinds } from './third-party-words';

export { AUTHORITY, COURT, CREDITS, GENERAL_PARTNER, PARTNERS, WEB_LABEL, type Kinds };

const BY_KIND = KIND_WORDS.map(([kind, start, anywhere]) => ({
  kind,
  start: start.length ? new RegExp(`^(?:${start.join('|')})(?!\\p{L})`, 'iu') : null,
  anywhere: anywhere.length ? new RegExp(anywhere.join('|'), 'iu') : null,
}));
/** Cheap pre-check: most lines name nobody else, and one regex rejects them before the per-kind ones. */
const ANY_START = new RegExp(`^(?:${KIND_WORDS.flatMap(([, s]) => s).join('|')})(?!\\p{L})`, 'iu');
const ANY_ANYWHERE = new RegExp(KIND_WORDS.flatMap(([, , a]) => a).join('|'), 'iu');

/** Bare "Web" / "Website" is a credits heading; "Web: www.example.de" is the organisation's own field. */
const BARE_WEB = /^(?:web|website|webseite|internet)\s*:?$/iu;
/** Headings that alone name somebody else's block ("Fotos", "Partner", "Unsere Kunden"). */
const BARE_CREDITS_HEADING = /^(?:web|website|webseite|internet|design|fotos?|photos?|bilder|credits|hosting|hoster)\s*:?$/iu;
const BARE_PARTNERS_HEADING = /^(?:(?:unsere|our|nos|onze|i nostri|vores|våre)\s)?(?:partners?|partenaires|sponsoren|sponsors|förderer|kunden|clients|referenzen|références)\s?:?$/iu;
/**
 * Headings over the institutions where the organisation's people work without owning them: a practice's
 * "Hospitals" and "Surgery Centers", a doctor's "Belegkliniken". Each entry names another organisation
 * with its own number. Only bare: "Our hospitals" on a hospital group's page lists its own.
 */
const BARE_AFFILIATIONS_HEADING = /^(?:(?:affiliated|partner)\s)?(?:hospitals|surg(?:ery|ical) cent(?:er|re)s|(?:hospital\s)?affiliations|belegkliniken|kooperationskliniken|partnerkliniken|kooperationspartner)\s?:?$/iu;
/** A short "Something:" line that is not a marker ends a marker label's scope. */
const OTHER_LABEL_LINE = /^[^:\d]{1,32}:$/u;
/** A line starting with a marker counts only when it is short, or is a "Marker: value" pair. */
const MARKER_LINE_MAX = 72;
const LABEL_SCOPE_LINES = 5;
const HEADING = /^H([1-6])$/u;
const LANDMARK = new Set(['FOOTER', 'HEADER', 'NAV', 'ASIDE']);

/** The kinds of third party whose marker word opens `text`, a heading or an ordinary line. */
export function kindsAtStart(text: string, heading = false): Kinds {
  const t = text.trim();
  if (t.length > MARKER_LINE_MAX && !t.slice(0, 41).includes(':')) return 0;
  if (heading && BARE_CREDITS_HEADING.test(t)) return CREDITS;
  if (heading && (BARE_PARTNERS_HEADING.test(t) || BARE_AFFILIATIONS_HEADING.test(t))) return PARTNERS;
  if (!heading && BARE_WEB.test(t)) return WEB_LABEL;
  if (!ANY_START.test(t)) return 0;
  let kinds = 0;
  for (const k of BY_KIND) if (k.start?.test(t)) kinds |= k.kind;
  return kinds;
}

/** The kinds of third party named anywhere in `text` (by the more specific words only). */
export function kindsAnywhere(text: string): Kinds {
  if (!ANY_ANYWHERE.test(text)) return 0;
  let kinds = 0;
  for (const k of BY_KIND) if (k.anywhere?.test(text)) kinds |= k.kind;
  return kinds;
}

interface PageParties {
  /** Kinds named by the headings each line sits under. */
  heading: Uint8Array;
  /** Kinds named by a "Marker:" label on the line or a few lines above it. */
  label: Uint8Array;
  /** Kinds named anywhere in the line's first 200 (80) characters; -1 until asked: most lines never are. */
  mention: Int8Array;
  mentionNear: Int8Array;
  lineOfBlock: Map<Block, number>;
  /** Texts of links to other pages, by block. */
  navigation: Map<Block, Set<string>>;
}

const cache = new WeakMap<Page, PageParties>();

function landmarkOf(page: Page, block: Block): Block | null {
  for (const b of blocksUp(page.blocks, block)) if (LANDMARK.has(b.tag)) return b;
  return null;
}

/** "Webdesign:" alone (its value on the next lines) versus "Zuständige Kammer: IHK München" (value here). */
function valueFollows(text: string): boolean {
  const colon = text.indexOf(':');
  return colon < 0 || text.slice(colon + 1).trim().length < 3;
}

/**
 * One pass. A marker in a heading covers everything up to the next heading of the same or a higher
 * level; headings with no text between them are read together ("Konzept & Webdesign" + "Agentur XY");
 * a new landmark (footer, header) starts afresh, so the footer is not read as part of the last
 * article's "Photo credits". A marker opening an ordinary line covers that line and, when its value
 * follows on the next lines, up to five lines of its section.
 */
/** Texts of links to other pages, by the block they sit in: "Credits" in a footer menu is a link, not a label. */
function linkTexts(page: Page): Map<Block, Set<string>> {
  const out = new Map<Block, Set<string>>();
  for (const link of page.links) {
    const block = page.blocks[link.block];
    if (!block || !link.text || /^(?:#|mailto:|tel:|javascript:)/iu.test(link.href)) continue;
    let texts = out.get(block);
    if (!texts) out.set(block, (texts = new Set()));
    texts.add(link.text.trim());
  }
  return out;
}

/** The whole line is the text of a link to another page: a menu item, which labels nothing below it. */
function isNavigation(p: PageParties, line: { text: string; block: Block }): boolean {
  return p.navigation.get(line.block)?.has(line.text.trim()) ?? false;
}

function build(page: Page): PageParties {
  const n = page.lines.length;
  const navigation = linkTexts(page);
  const out: PageParties = { heading: new Uint8Array(n), label: new Uint8Array(n), mention: new Int8Array(n).fill(-1), mentionNear: new Int8Array(n).fill(-1), lineOfBlock: new Map(), navigation };
  let open: { level: number; kinds: Kinds }[] = [];
  let lastWasHeading = false;
  let landmark: Block | null = null;
  let labelKinds: Kinds = 0;
  let labelScope = -1;
  let labelSection = -1;
  page.lines.forEach((line, i) => {
    if (!out.lineOfBlock.has(line.block)) out.lineOfBlock.set(line.block, i);
    const lm = landmarkOf(page, line.block);
    if (lm !== landmark) {
      landmark = lm;
      open = [];
    }
    const m = HEADING.exec(line.block.tag);
    if (m) {
      const level = Number(m[1]);
      const own = line.text.length <= 120 ? kindsAtStart(line.text, true) | mentionOf(page, out, i) : 0;
      const top = open.at(-1);
      // A sibling heading right after another: the first one labels the second.
      const inherited = lastWasHeading && top && top.level >= level ? top.kinds : 0;
      open = open.filter((h) => h.level < level);
      open.push({ level, kinds: own | inherited });
      lastWasHeading = true;
      labelScope = -1;
    } else {
      lastWasHeading = false;
      const start = isNavigation(out, line) ? 0 : kindsAtStart(line.text);
      if (start) {
        labelKinds = start;
        labelScope = valueFollows(line.text) ? i + LABEL_SCOPE_LINES : i;
        labelSection = line.section;
      } else if (i <= labelScope && OTHER_LABEL_LINE.test(line.text)) labelScope = -1;
    }
    let heading = 0;
    for (const h of open) heading |= h.kinds;
    out.heading[i] = heading;
    out.label[i] = !m && i <= labelScope && line.section === labelSection ? labelKinds : 0;
  });
  return out;
}

function mentionOf(page: Page, p: PageParties, i: number): Kinds {
  let kinds = p.mention[i]!;
  if (kinds < 0) {
    const text = page.lines[i]?.text ?? '';
    kinds = kindsAnywhere(text.length > 200 ? text.slice(0, 200) : text);
    p.mention[i] = kinds;
    p.mentionNear[i] = kinds && text.length > 80 ? kindsAnywhere(text.slice(0, 80)) : kinds;
  }
  return kinds;
}

function mentionNearOf(page: Page, p: PageParties, i: number): Kinds {
  mentionOf(page, p, i);
  return p.mentionNear[i]!;
}

function parties(page: Page): PageParties {
  let p = cache.get(page);
  if (!p) {
    p = build(page);
    cache.set(page, p);
  }
  return p;
}

/** Everything but a KG's general partner, whose contact data is usually the firm's own. */
export const OTHERS = CREDITS | PARTNERS | AUTHORITY | COURT;
/**
 * What a "Marker:" label line puts the next lines under, for contact data other than phones: a
 * partner or court label ("Partner: Dr. X", "Gericht: …") names people and places the organisation
 * works with, whose e-mail may well be its own.
 */
const LABEL_FOREIGN = CREDITS | AUTHORITY;

/** Kinds named by the headings line `index` sits under. */
export function headingKinds(page: Page, index: number): Kinds {
  return parties(page).heading[index] ?? 0;
}

/** Kinds of the block line `index` is in by its headings or a label above it, without the line's own words. */
export function blockKinds(page: Page, index: number): Kinds {
  const p = parties(page);
  return (p.heading[index] ?? 0) | (p.label[index] ?? 0);
}

const PAIR = /^[^:]{2,40}:\s*\S.{2}/u;

function isPair(text: string): boolean {
  return PAIR.test(text);
}

/** How far back a short line naming a third party still governs the lines below it. */
const LOOK_BACK = 6;

/**
 * The kinds of third party whose block line `index` is in: by heading, label, its own words, or a
 * short line just above that names one ("Verantwortlich für die technische Umsetzung:" over a name).
 * A sentence above is a remark ("… wird vom Staatsministerium verliehen."), not a block's opener;
 * a short "Label:" line of its own opens the next block and ends the look back.
 */
export function thirdPartyKinds(page: Page, index: number): Kinds {
  const p = parties(page);
  const line = page.lines[index];
  if (!line) return 0;
  let kinds = p.heading[index]! | p.label[index]! | mentionOf(page, p, index);
  const pair = isPair(line.text);
  for (let i = index - 1; !kinds && i >= 0 && i >= index - LOOK_BACK; i--) {
    const prev = page.lines[i]!;
    if (prev.section !== line.section) break;
    // In a list of "Label: value" pairs each pair stands alone: "Aufsichtsbehörde: BH Baden" above
    // "UID-Nr.: ATU…" names the authority, it does not make the next pair the authority's.
    if ((pair && isPair(prev.text)) || isNavigation(p, prev)) continue;
    if (prev.text.length < 160 && !prev.text.endsWith('.')) kinds = mentionOf(page, p, i);
    if (prev.text.length < 80 && prev.text.endsWith(':')) break;
  }
  return kinds;
}

/** Whether line `index` belongs to somebody else's block, for contact data (e-mail, links). */
export function foreignLine(page: Page, index: number): boolean {
  const p = parties(page);
  if (index < 0 || index >= p.heading.length) return false;
  return (((p.heading[index]! | mentionNearOf(page, p, index)) & OTHERS) | (p.label[index]! & LABEL_FOREIGN)) !== 0;
}

/** Whether the element sits in a block that reads as somebody else's (agency, chamber, sponsor). */
export function inForeignBlock(page: Page, el: Placed): boolean {
  const i = lineIndexOf(page, el);
  return i >= 0 && foreignLine(page, i);
}

/** How far up from an element its line is looked for: further up, a block holds the whole page. */
const LINE_REACH = 24;

/** The index of the text line an element belongs to (its own block or the nearest one above), or -1. */
export function lineIndexOf(page: Page, el: Placed): number {
  const { lineOfBlock } = parties(page);
  for (const b of blocksUp(page.blocks, page.blocks[el.block], el.depth, LINE_REACH)) {
    const i = lineOfBlock.get(b);
    if (i !== undefined) return i;
  }
  return -1;
}

/** A credit or authority named inside a line right before a value: "Website door X, 013 ...", "Design by x.com". */
export function thirdPartyBefore(lead: string, kinds: Kinds): boolean {
  return (kindsAnywhere(lead.length > 200 ? lead.slice(-200) : lead) & kinds) !== 0;
}
