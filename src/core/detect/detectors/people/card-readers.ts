/**
 * People on team pages, read by structure rather than by vocabulary: a team page repeats one block
 * per person (a card, a grid item, a list item, a table row), each with a name-like line and, next to
 * it, a short line that says what the person does. The repetition is found from the snapshot's block
 * tree (siblings of the same tag and class), every block is read the same way, and a group of blocks
 * counts only when most of them hold exactly one name: one name-like line alone proves nothing, a
 * dozen siblings that each hold one do. Role words in any language are not needed; a role word or a
 * known first name (maintained data, core/names/first-names) raises the confidence.
 */
import { isFirstName } from '../../../names/first-names';
import type { Block, Page } from '../../page';
import { cardGroups, type Card } from './card-groups';
import { givenName, hasKnownGivenName, parseName } from './person-names';
import { readListItem } from './list-items';
import { cleanRole, ROLE_WORD, trimPunctuation } from './role-labels';
import { headingRole, OUTSIDERS, sectionHeading, TEAM_PAGE } from './sections';
import { inMenu, type PersonHit } from './scan';

export const CARD_CONFIDENCE = {
  /** A name in a repeated block whose neighbour line reads as its role. */
  card: 0.6,
  /** Added when the role line holds a role word ("Geschäftsführer", "Ordförande"). */
  roleWord: 0.1,
  /** Added when the name starts with a known first name. */
  firstName: 0.05,
};

const MAX_NAME_CHARS = 70;
const MAX_ROLE_CHARS = 90;
const MAX_ROLE_WORDS = 7;
/** Below this share of named blocks a group is a layout that happens to hold a name or two. */
const MIN_NAMED_SHARE = 0.5;

const OUTSIDER_CLASS = /testimonial|review|quote|feedback|client|sponsor|partner-logo|author|comment/i;
/** "– Simone Weil", "~ Anna": a name set after a dash signs a quotation above it; it is the quote's author. */
const ATTRIBUTION = /^[-–—~]\s?\p{Lu}/u;
/** A line wholly inside quotation marks: a testimonial or an aphorism, whatever the section is called. */
const QUOTATION = /^["“”„«»‚‘’'].{12,}["“”„«»‚‘’']$/su;
/** A line that is contact data or a link label, never a role. */
const NOT_ROLE = /@|https?:|www\.|\d{4}|\d\d[./-]\d|:\s|^(?:tel|phone|fax|e-?mail|mail|mobil|handy|epost|kontakt|contact|more|mehr|read|lire|ver|leer|saiba)\b/i;

interface NameReading {
  name: string;
  /** Two people sharing one card ("Jullie SENA & Jan HERMMAN"), both named in full; else undefined. */
  pair?: [string, string];
  /** Its first name is in the maintained first-name data. */
  known: boolean;
  /** Read without leniency: mixed case, as names are written in running text. */
  strict: boolean;
}

/** A line (or cell) read as one person's name: mixed case, or all capitals ("Dr. ANKIT MUDGAL"); a lower-case word ("El equipo") is never a surname on a card. */
function cardName(raw: string): NameReading | null {
  if (raw.length > MAX_NAME_CHARS) return null;
  // Nested groups read the same line several times: read it once.
  if (names.has(raw)) return names.get(raw)!;
  const reading = readCardName(raw);
  names.set(raw, reading);
  return reading;
}

/** Readings of the page being read, by line text; cleared for every page. */
const names = new Map<string, NameReading | null>();
/** Whether the page being read is in a language that writes the family name first (set per page). */
let familyFirstPage = true;
const FAMILY_FIRST_LANG = /^(?:hu|ja|ko|zh|vi)\b/;

function readCardName(raw: string): NameReading | null {
  // "Bielak - Jooma": a double surname spaced like a dash, on a line that is only a name.
  const text = raw.split(' ').length <= 6 ? raw.replace(/(?<=\p{L}) - (?=\p{Lu})/gu, '-') : raw;
  const strict = parseName(text);
  const parsed = strict ?? parseName(text, { lenient: true });
  if (!parsed || (!strict && !inCapitals(parsed.name))) return null;
  return { name: parsed.name, known: hasKnownGivenName(parsed.name, isFirstName, familyFirstPage), strict: strict !== null };
}

function inCapitals(name: string): boolean {
  return name.split(' ').every((w) => w.endsWith('.') || w === w.toUpperCase());
}

/** A role is a short noun phrase ("Geschäftsführer & Partner", "Kassör"), not a sentence or a label with a value. */
function roleLike(text: string | undefined): boolean {
  if (!text || text.length < 2 || text.length > MAX_ROLE_CHARS || NOT_ROLE.test(text) || text.endsWith('.')) return false;
  if (text.split(' ').length > MAX_ROLE_WORDS) return false;
  // "Backend Development" reads like a name; one that starts with a known first name is one.
  return !cardName(text)?.known;
}

interface CardReading extends NameReading {
  /** The line as the card writes it, titles included. */
  written: string;
  role: string;
  line: number;
}

interface Candidate extends NameReading {
  at: number;
  /** The rest of the line around a name its photo's alt text agrees on ("Radca Prawny ‹name›. Wspólnik"). */
  besides?: string;
}

/** Words in front of the role in one line: at most this many make the name ("Wilma de Pagter Van der Hout"). */
const MAX_NAME_TOKENS = 7;

/**
 * "Susan Moffitt Mayor, City of Clawson", "Wilma de Pagter Van der Hout doktersassistente": a name and
 * its role in one cell or line, set apart by markup the snapshot flattens or by nothing at all. The
 * name is the words before a role word, and its first name must be known.
 */
function nameBeforeRole(card: Card, at: number): Candidate | null {
  const words = (card.texts[at] ?? '').split(' ');
  for (let k = 2; k <= Math.min(MAX_NAME_TOKENS, words.length - 1); k++) {
    const rest = words.slice(k).join(' ');
    if (ROLE_WORD.exec(rest)?.index !== 0 || !roleLike(rest)) continue;
    const named = cardName(words.slice(0, k).join(' '));
    if (named?.strict && !named.pair && isFirstName(givenName(named.name))) return { at, ...named, besides: cleanRole(rest) };
  }
  return null;
}

/** "A B & C D": two full names that share one card and its role. */
const PAIR = /^(.{4,40}?)\s(?:[&ey]|and|et|und|en|og|och)\s(.{4,40})$/u;

function pairName(raw: string): NameReading | null {
  // Most lines are no pair: the cheap test first.
  const m = raw.length <= 90 && / (?:[&ey]|and|et|und|en|og|och) /.test(raw) ? PAIR.exec(raw) : null;
  const a = m ? cardName(m[1]!) : null;
  const b = m && a ? cardName(m[2]!) : null;
  return a && b ? { name: a.name, pair: [a.name, b.name], known: a.known || b.known, strict: a.strict && b.strict } : null;
}

/** The name-like lines of a card, each name once. */
export function candidates(card: Card, label?: string): Candidate[] {
  const out: Candidate[] = [];
  card.texts.forEach((t, at) => {
    const n = cardName(t) ?? pairName(t);
    if (n && !out.some((o) => o.name === n.name)) out.push({ at, ...n });
  });
  const agreed = photoAgreement(card, label);
  if (!agreed) return out;
  // "Radca Prawny Angela Mruk-Nowak" reads as four name words; the photo says which two are the name.
  const same = out.findIndex((o) => o.at === agreed.at && o.name.endsWith(agreed.name));
  if (same >= 0) out[same] = agreed;
  else if (!out.length) out.push(agreed);
  return out;
}

/** "Radca Prawny Dominik Kubacki. Wspólnik": the sentence stops around the name are no part of a role. */
function withoutEdgeDots(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '.' || s[a] === ' ')) a++;
  while (b > a && (s[b - 1] === '.' || s[b - 1] === ' ')) b--;
  return s.slice(a, b);
}

/**
 * Two independent places naming one person: the photo's alt text is a name and one line of the card
 * holds exactly that name, with role words around it ("Radca Prawny Dominik Kubacki. Wspólnik
 * zarządzający.", "Michel De Roover (kooklessen)"), or is that name alone.
 */
function photoAgreement(card: Card, label: string | undefined): Candidate | null {
  const named = label ? cardName(label) : null;
  if (!named || named.pair) return null;
  for (let at = 0; at < card.texts.length; at++) {
    const text = card.texts[at]!;
    const start = text.indexOf(named.name);
    if (start < 0 || text.length > MAX_NAME_CHARS + MAX_ROLE_CHARS) continue;
    const before = text.slice(0, start);
    const after = text.slice(start + named.name.length);
    // The name stands as whole words: "Anna Berg" is not in "Johanna Bergmann".
    if (/\p{L}$/u.test(before) || /^\p{L}/u.test(after)) continue;
    // Words right after the name, with no stop between, may be more of it ("Wilma de Pagter Van der
    // Hout" behind the alt "Wilma de Pagter"): only a role word may follow that way.
    const rest = after.trimStart();
    if (rest !== '' && /^\p{L}/u.test(rest) && ROLE_WORD.exec(rest)?.index !== 0) continue;
    const besides = [before, after].map((part) => cleanRole(trimPunctuation(withoutEdgeDots(part.replace(/[()]/g, ' '))))).filter(Boolean).join(', ');
    return { at, ...named, besides };
  }
  return null;
}

/** The candidate a card names by itself: its only one, or its only one with a known first name. */
function sureCandidate(list: Candidate[]): Candidate | null {
  if (list.length === 1) return list[0]!;
  const known = list.filter((c) => c.known);
  return known.length === 1 ? known[0]! : null;
}

/**
 * One card read at the position where the group's cards agree the name stands (a card can hold two
 * name-like lines: "Dr. SANKAR SELVAN" above "GENERAL PRACTITIONER"), the short line beside it as the role.
 */
/** A card none of whose lines is a name by itself: its first line that is a name glued to a role word. */
function gluedName(card: Card): Candidate | null {
  for (let at = 0; at < Math.min(card.texts.length, GLUED_LINES); at++) {
    const glued = nameBeforeRole(card, at);
    if (glued) return glued;
  }
  return null;
}

/** A card's first lines, where a glued name and role stand; below them is a bio. */
const GLUED_LINES = 2;

export function readCard(card: Card, list: Candidate[], position: number, linkTexts: Set<string>): CardReading | null {
  const glued = list.length === 0 && !card.row ? gluedName(card) : null;
  // A card of one line is a person's only where its photo names the same person (below) or the line
  // itself holds a name and a role.
  if (card.texts.length < 2 && !glued && !list.some((c) => c.besides !== undefined)) return null;
  // Three lines that each start with a first name are a list of people, not one person's card.
  if (list.filter((c) => c.known).length > 2) return null;
  // In a table the name column is a column: a row whose name cell reads as no name by itself names
  // nobody in another cell ("Clawson Resident" under "Affiliation"); its name cell may carry the role too.
  const found = list.find((c) => c.at === position) ?? (card.row && position >= 0 ? nameBeforeRole(card, position) : (sureCandidate(list) ?? glued));
  if (card.texts.length < 2 && found?.besides === undefined) return null;
  // A name that is a link among links is a menu entry ("Weitere Verfahren").
  if (!found || (linkTexts.has(card.texts[found.at]!) && card.texts.filter((t) => linkTexts.has(t)).length > 2)) return null;
  // A card that quotes someone (a testimonial or aphorism carousel) names the quote's author, not a member.
  if (ATTRIBUTION.test(card.texts[found.at]!.trim()) || card.texts.some((t) => QUOTATION.test(t.trim()))) return null;
  // A block that holds several people (a whole grid read as one "card") gives each name only the role
  // words up to the neighbouring names: another person's role is not this one's.
  const lo = Math.max(-1, ...list.filter((c) => c.at < found.at).map((c) => c.at)) + 1;
  const hi = Math.min(card.texts.length, ...list.filter((c) => c.at > found.at).map((c) => c.at));
  const own = (j: number) => j >= lo && j < hi && j !== found.at;
  // The lines right beside the name are its own even when they read like a name ("Backend Development").
  const after = card.texts[found.at + 1];
  const before = card.texts[found.at - 1];
  // A line of the card with a role word names the role even below a degree line ("MBBS" / "MEDICAL DIRECTOR");
  // the nearest one, looking down first.
  const nearest = card.texts.map((t, j) => ({ t, j })).filter(({ t, j }) => own(j) && roleLike(t) && ROLE_WORD.test(t));
  nearest.sort((a, b) => Math.abs(a.j - found.at) + (a.j < found.at ? 0.5 : 0) - (Math.abs(b.j - found.at) + (b.j < found.at ? 0.5 : 0)));
  const worded = nearest[0]?.t;
  // A role set above the name as the card's first line ("Ordförande" / "Anna Ringh" / street) is the card's heading.
  const heading = found.at === 1 && roleLike(before) ? before : undefined;
  // Role words written around the name in its own line come first: they are the card's own words for it.
  const besides = found.besides && roleLike(found.besides) ? found.besides : undefined;
  const role = besides ?? worded ?? heading ?? (roleLike(after) ? after! : roleLike(before) ? before! : '');
  return { ...found, written: card.texts[found.at]!, role: cleanRole(role), line: card.lines[found.at]! };
}

/**
 * Whether more than the card's shape says this is a person: a known first name, a title written in
 * front of the name ("Dr hab. Dorota …", "Mgr. Nika …"), or a role word beside it.
 */
function evidenced(r: CardReading): boolean {
  const titled = r.written.indexOf(givenName(r.name)) > 0;
  return r.known || titled || (r.role !== '' && ROLE_WORD.test(r.role));
}

/** A list item that is one person: "Anna Ringh (Ordförande) – Klockrike"; without a role of its own, the list's label above. */
function readItem(page: Page, card: Card): CardReading | null {
  const item = readListItem(card.texts[0]!);
  if (!item) return null;
  const label = page.lines[card.lines[0]! - 1];
  // The label of the list ("Suppleanter:") may stand several items above; the nearest line outside the list.
  let above = card.lines[0]! - 1;
  while (above >= 0 && page.lines[above]!.block.tag === 'LI' && page.lines[above]!.block.parent === card.block.parent) above--;
  const heading = above >= 0 ? page.lines[above]!.text : (label?.text ?? '');
  const role = item.role || (roleLike(heading) ? heading : '');
  return { name: item.name, known: hasKnownGivenName(item.name, isFirstName, familyFirstPage), strict: true, written: card.texts[0]!, role: cleanRole(role), line: card.lines[0]! };
}

/** Where most cards hold their one name (the line index inside the card), -1 when none does. */
function agreedPosition(lists: Candidate[][]): number {
  const votes = new Map<number, number>();
  for (const list of lists) {
    const sure = sureCandidate(list);
    if (sure) votes.set(sure.at, (votes.get(sure.at) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [at, n] of votes) if (n > most) [best, most] = [at, n];
  return best;
}

/**
 * A card whose role is said only to a pointer or a screen reader (the photo's alt "Ana Ruiz, Office
 * Manager", a title attribute) gets that text as one more line, after its own, when it has a role word.
 */
function withLabel(card: Card, label: string | undefined): Card {
  if (!label || !ROLE_WORD.test(label) || card.texts.includes(label)) return card;
  return { ...card, texts: [...card.texts, label], lines: [...card.lines, card.lines.at(-1)!] };
}

function cardLabel(page: Page, card: Card): string | undefined {
  if (card.block.label) return card.block.label;
  for (const i of card.lines) {
    // The blocks between a line and the card: the photo's wrapper gave its alt text to one of them.
    for (let b: Block | undefined = page.lines[i]!.block; b && b !== card.block; b = b.parent >= 0 ? page.blocks[b.parent] : undefined) {
      if (b.label) return b.label;
    }
  }
  return undefined;
}

/** "Ana Ruiz, Office Manager" read as the role of Ana Ruiz: the role without her name. */
function withoutName(role: string, name: string): string {
  const at = role.indexOf(name);
  return at < 0 ? role : cleanRole(`${role.slice(0, at)} ${role.slice(at + name.length)}`);
}

/** Whether a card stands under a heading of outsiders ("Unterstützende", "Testimonials") or is styled as one. */
function outsiders(page: Page, card: Card): boolean {
  const heading = sectionHeading(page, card.lines[0]!, cardName);
  return heading !== null ? OUTSIDERS.test(heading) : OUTSIDER_CLASS.test(card.block.cls ?? '');
}

export function cardPeople(page: Page): PersonHit[] {
  names.clear();
  // Without a language the page may be in any: keep the family-name-first reading.
  familyFirstPage = page.lang === '' || FAMILY_FIRST_LANG.test(page.lang);
  const hits: PersonHit[] = [];
  const linkTexts = new Set(page.links.map((l) => l.text));
  for (const group of cardGroups(page)) {
    const labels = group.map((c) => cardLabel(page, c));
    const cards = group.map((c, i) => withLabel(c, labels[i]));
    const items = cards.every((c) => c.texts.length === 1 && c.block.tag === 'LI');
    const lists = items ? [] : cards.map((c, i) => candidates(c, labels[i]));
    const position = agreedPosition(lists);
    const named: CardReading[] = [];
    cards.forEach((c, i) => {
      const r = items ? readItem(page, c) : readCard(c, lists[i]!, position, linkTexts);
      // A run of name headings with bios is a list of people only where each states a role of its own:
      // "Rita Cole joined the team in 2012" under "About us" says nothing of what she does there.
      if (r && c.run && r.role === '') return;
      if (r && !inMenu(page, c.block) && !outsiders(page, c)) named.push(r);
    });
    if (named.length < 2 || named.length / cards.length < MIN_NAMED_SHARE) continue;
    // Evidence beyond the shape, on two names and at least half of them: a known first name, a title, or a role word.
    // A section heading that names the cards' role ("Nossos Sócios") vouches for all of them once one card
    // shows evidence of its own: a grid of partner companies under "Partners" has no first names.
    const evidence = named.filter(evidenced).length;
    const heading = sectionHeading(page, cards[0]!.lines[0]!, cardName);
    const sectionRole = headingRole(heading);
    // So does a heading that says the cards are the organisation's staff ("Ansatte", "Zespół", "Our team").
    const vouchedByHeading = (sectionRole !== '' || TEAM_PAGE.test(heading ?? '')) && evidence >= 1;
    if (!vouchedByHeading && (evidence < 2 || evidence * 2 < named.length)) continue;
    // Names in capitals that no first name vouches for count only beside others that are vouched for.
    const vouched = named.filter((r) => r.strict || r.known).length;
    for (const r of named) {
      if (!r.strict && !r.known && vouched < 2) continue;
      const role = withoutName(r.role, r.name) || sectionRole;
      const confidence = CARD_CONFIDENCE.card + (role && ROLE_WORD.test(role) ? CARD_CONFIDENCE.roleWord : 0) + (r.known ? CARD_CONFIDENCE.firstName : 0);
      for (const name of r.pair ?? [r.name]) hits.push({ name, role: role || 'Team', confidence, line: r.line });
    }
  }
  names.clear();
  return hits;
}
