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
import type { Page } from './page';
import { CREDITS, AUTHORITY, COURT, GENERAL_PARTNER, KIND_WORDS, PARTNERS, type Kinds } from './third-party-words';

export { AUTHORITY, COURT, CREDITS, GENERAL_PARTNER, PARTNERS, type Kinds };

const BY_KIND = KIND_WORDS.map(([kind, start, anywhere]) => ({
  kind,
  // eslint-disable-next-line regexp/no-useless-non-capturing-group -- the group holds the joined word list
  start: new RegExp(`^(?:${start.join('|')})(?!\\p{L})`, 'iu'),
  anywhere: anywhere.length ? new RegExp(anywhere.join('|'), 'iu') : null,
}));
/** Cheap pre-check: most lines name nobody else, and one regex rejects them before the per-kind ones. */
const ANY_START = new RegExp(`^(?:${KIND_WORDS.flatMap(([, s]) => s).join('|')})(?!\\p{L})`, 'iu');
const ANY_ANYWHERE = new RegExp(KIND_WORDS.flatMap(([, , a]) => a).join('|'), 'iu');

/** Bare "Web" / "Website" is a credits heading; "Web: www.example.de" is the organisation's own field. */
const BARE_CREDITS = /^(?:web|website|webseite|internet|design|fotos?|photos?|bilder|credits|hosting|hoster)\s*:?$/iu;
const BARE_PARTNERS = /^(?:(?:unsere|our|nos|onze|i nostri|vores|våre)\s)?(?:partners?|partenaires|sponsoren|sponsors|förderer|kunden|clients|referenzen|références)\s?:?$/iu;
/** A short "Something:" line that is not a marker ends a marker label's scope. */
const OTHER_LABEL_LINE = /^[^:\d]{1,32}:$/u;
/** A line starting with a marker counts only when it is short, or is a "Marker: value" pair. */
const MARKER_LINE_MAX = 72;
const LABEL_SCOPE_LINES = 5;
const HEADING = /^H([1-6])$/u;
const LANDMARK = new Set(['FOOTER', 'HEADER', 'NAV', 'ASIDE']);

/** The kinds of third party whose marker word opens `text`. */
export function kindsAtStart(text: string): Kinds {
  const t = text.trim();
  if (t.length > MARKER_LINE_MAX && !t.slice(0, 41).includes(':')) return 0;
  if (BARE_CREDITS.test(t)) return CREDITS;
  if (BARE_PARTNERS.test(t)) return PARTNERS;
  if (!ANY_START.test(t)) return 0;
  let kinds = 0;
  for (const k of BY_KIND) if (k.start.test(t)) kinds |= k.kind;
  return kinds;
}

/** The kinds of third party named anywhere in `text` (by the more specific words only). */
export function kindsAnywhere(text: string): Kinds {
  if (!ANY_ANYWHERE.test(text)) return 0;
  let kinds = 0;
  for (const k of BY_KIND) if (k.anywhere?.test(text)) kinds |= k.kind;
  return kinds;
}

export interface LineParty {
  /** Kinds named by the headings the line sits under. */
  heading: Kinds;
  /** Kinds named by a "Marker:" label on this line or a few lines above it. */
  label: Kinds;
  /** Kinds named anywhere in the line's first 200 characters. */
  mention: Kinds;
}

interface PageParties {
  lines: LineParty[];
  lineOfBlock: Map<Element, number>;
}

const cache = new WeakMap<Page, PageParties>();

function landmarkOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (LANDMARK.has(e.tagName.toUpperCase())) return e;
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
function build(page: Page): PageParties {
  const lines: LineParty[] = [];
  const lineOfBlock = new Map<Element, number>();
  let open: { level: number; kinds: Kinds }[] = [];
  let lastWasHeading = false;
  let landmark: Element | null = null;
  let labelKinds: Kinds = 0;
  let labelScope = -1;
  let labelSection = -1;
  page.lines.forEach((line, i) => {
    if (!lineOfBlock.has(line.block)) lineOfBlock.set(line.block, i);
    const lm = landmarkOf(line.block);
    if (lm !== landmark) {
      landmark = lm;
      open = [];
    }
    const text = line.text.length > 200 ? line.text.slice(0, 200) : line.text;
    const mention = kindsAnywhere(text);
    const m = HEADING.exec(line.block.tagName.toUpperCase());
    if (m) {
      const level = Number(m[1]);
      const own = line.text.length <= 120 ? kindsAtStart(text) | mention : 0;
      const top = open.at(-1);
      // A sibling heading right after another: the first one labels the second.
      const inherited = lastWasHeading && top && top.level >= level ? top.kinds : 0;
      open = open.filter((h) => h.level < level);
      open.push({ level, kinds: own | inherited });
      lastWasHeading = true;
      labelScope = -1;
    } else {
      lastWasHeading = false;
      const start = kindsAtStart(text);
      if (start) {
        labelKinds = start;
        labelScope = valueFollows(text) ? i + LABEL_SCOPE_LINES : i;
        labelSection = line.section;
      } else if (i <= labelScope && OTHER_LABEL_LINE.test(line.text)) labelScope = -1;
    }
    let heading = 0;
    for (const h of open) heading |= h.kinds;
    const label = !m && i <= labelScope && line.section === labelSection ? labelKinds : 0;
    lines.push({ heading, label, mention });
  });
  return { lines, lineOfBlock };
}

function parties(page: Page): PageParties {
  let p = cache.get(page);
  if (!p) {
    p = build(page);
    cache.set(page, p);
  }
  return p;
}

const NONE: LineParty = { heading: 0, label: 0, mention: 0 };

export function lineParty(page: Page, index: number): LineParty {
  return parties(page).lines[index] ?? NONE;
}

/** The kinds of third party whose block line `index` is in, by heading, label or its own words. */
export function thirdPartyKinds(page: Page, index: number): Kinds {
  const p = lineParty(page, index);
  return p.heading | p.label | p.mention;
}

/** The index of the text line an element belongs to (its own block or the nearest one above), or -1. */
export function lineIndexOf(page: Page, el: Element): number {
  const { lineOfBlock } = parties(page);
  let e: Element | null = el;
  for (let depth = 0; e && depth < 24; depth++, e = e.parentElement) {
    const i = lineOfBlock.get(e);
    if (i !== undefined) return i;
  }
  return -1;
}

/** A credit or authority named inside a line right before a value: "Website door X, 013 ...", "Design by x.com". */
export function thirdPartyBefore(lead: string, kinds: Kinds): boolean {
  return (kindsAnywhere(lead.length > 200 ? lead.slice(-200) : lead) & kinds) !== 0;
}
