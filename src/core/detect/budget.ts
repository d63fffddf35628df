/**
 * The engine's time budget. Ordinary imprint and contact pages are read whole; on a huge page the
 * detectors get the lines most likely to hold the organisation's data (imprint, contact and footer
 * blocks, labelled lines), in page order, and once the deadline has passed the remaining detectors
 * get only the most relevant of those. The record stays valid: it is simply read from less text.
 */
import { blocksUp } from './blocks';
import type { Block, TextLine } from './page';

/** Milliseconds the whole detection may take before the remaining detectors work on less text. */
export const DEFAULT_BUDGET_MS = 15;
/** Milliseconds the snapshot's text walk may read a long page before it jumps to the page's tail. */
export const SNAPSHOT_BUDGET_MS = DEFAULT_BUDGET_MS / 2;
/** Text the detectors read in full; well above any real imprint or contact page. */
export const FULL_READ_CHARS = 20_000;
/** What the detectors still read once the deadline has passed. */
export const LATE_READ_CHARS = 5_000;
export const LATE_READ_LINKS = 100;

/** Headings of the sections that hold the organisation's own data. */
const OWN_DATA_HEADING =
  /impressum|imprint|kontakt|contact|legal|mentions|colofon|anbieter|angaben|about|über uns|ueber uns|qui sommes|over ons|om oss?|chi siamo|quiénes|aviso|team|address|adresse|anschrift/iu;
/** Words that make a line worth reading before prose: contact labels, identifiers, roles, legal forms. */
const LABELLED =
  /@|\[at\]|\(at\)|tel|fon|phone|fax|mail|mobil|ust|vat|tva|btw|iva|uid|steuer|hrb|hra|regist|handels|firmenbuch|kvk|siret|siren|rcs|gesch[äa]ftsf|inhaber|vorstand|director|owner|ceo|g[ée]rant|gmbh|\bag\b|\bkg\b|ltd|\binc\b|llc|\bsa\b|sarl|\bbv\b|sitz|stra(?:ss|ß)e|str\.|road|street|rue\b|weg\b|platz/iu;
const LANDMARK = new Set(['FOOTER', 'ADDRESS']);
const HEADING = /^H[1-6]$/;

/** Within 16 elements up: a landmark further up holds the whole page, not this block. */
const LANDMARK_REACH = 16;

function inLandmark(blocks: readonly Block[], block: Block): boolean {
  for (const b of blocksUp(blocks, block, block.depth, LANDMARK_REACH)) if (LANDMARK.has(b.tag)) return true;
  return false;
}

/** 2: imprint/contact/footer blocks, 1: labelled lines, 0: the rest. */
function priorities(lines: readonly TextLine[], blocks: readonly Block[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  const ownSections = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = line.text.length > 120 ? line.text.slice(0, 120) : line.text;
    if (HEADING.test(line.block.tag) && OWN_DATA_HEADING.test(head)) ownSections.add(line.section);
    if (ownSections.has(line.section) || inLandmark(blocks, line.block)) out[i] = 2;
    else if (LABELLED.test(head)) out[i] = 1;
  }
  return out;
}

/**
 * At most `maxChars` of text, chosen by priority and then page order, returned in page order so
 * detectors that read neighbouring lines still see them next to each other. Unchanged when it fits.
 */
export function selectLines(lines: TextLine[], blocks: readonly Block[], maxChars: number): TextLine[] {
  let total = 0;
  for (const l of lines) total += l.text.length;
  if (total <= maxChars) return lines;
  const rank = priorities(lines, blocks);
  const keep = new Uint8Array(lines.length);
  let left = maxChars;
  for (let p = 2; p >= 0 && left > 0; p--) {
    for (let i = 0; i < lines.length && left > 0; i++) {
      if (rank[i] !== p) continue;
      keep[i] = 1;
      left -= lines[i]!.text.length;
    }
  }
  return lines.filter((_, i) => keep[i] === 1);
}
