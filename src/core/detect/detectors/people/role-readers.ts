/**
 * Layouts where a role word points at the names: "Role: Name, Name", a role line above names, a
 * name above its role (team cards), "Name – Role", and name and role set apart only by markup.
 */
import type { Block } from '../../page';
import { isFirstName } from '../../../names/first-names';
import { givenName, hasKnownGivenName, parseName, readNameList } from './person-names';
import { cleanRole, FIELD_TITLE, isRoleLine, ROLE_WORD, roleWords } from './role-labels';
import { CONFIDENCE, HEADING, inMenu, type PeopleScan, type PersonHit } from './scan';

const DASH = /^([^–|,(]{4,60}?)(?:\s-\s|\s?[–|,(]\s?)(.{3,80})$/;
const REMARK = /\s?\([^)]{0,60}\)/g;

/** Names right after a role word: "Geschäftsführer: A B, C D", "vertreten durch den Vorstand Max Muster". */
export function afterRole(text: string): { role: string; names: string[]; labelled: boolean; dashed: boolean; word: string } | null {
  if (text.length > 300) return null;
  for (const w of roleWords(text)) {
    let rest = text.slice(w.end);
    const colon = /^[^:]{0,70}:/.exec(rest);
    // A bare "Contact" labels a person only before a colon ("Contact: Kari Lund"); else it is a menu entry.
    if (/^contact$/i.test(w.word) && !(colon && w.index < 40)) continue;
    // "Verantwortlich für den Inhalt nach § 55 RStV: Max Muster": the label runs up to the colon.
    if (colon && w.index < 40) rest = rest.slice(colon[0].length);
    else if (text.length > 200) continue;
    const dashed = !(colon && w.index < 40) && /^\s[-–—]\s/.test(rest);
    // Only articles of the accusative/plain form: "Präsident des Landgerichts" names an office, not a person.
    rest = rest.replace(/^[\s:–-]*(?:(?:den|die|the|le|la|het|unser(?:e[nr]?)?|our)\s)?/i, '');
    // A second role word ("vertreten durch den Geschäftsführer …") is part of the label.
    const inner = ROLE_WORD.exec(rest);
    if (inner && inner.index === 0) rest = rest.slice(inner[0].length).replace(/^[\s:–-]+/, '');
    if (/^(?:und|and|et|en|sowie)\s/i.test(rest)) continue;
    const names = readNameList(rest);
    if (names.length) return { role: cleanRole(text.slice(0, w.end + (colon && w.index < 40 ? colon[0].length : 0))), names, labelled: colon !== null && w.index < 40, dashed, word: w.word };
  }
  return null;
}

/** Role and names on one line. Returns whether the line was read so. */
export function roleAndNames(scan: PeopleScan, i: number): boolean {
  const inline = scan.roleAt(i) >= 0 ? afterRole(scan.lines[i]!.text) : null;
  // Without a colon, "Specialist Înființări Firme" is a job title going on: after a title that names a
  // field, the words are a name only when a first name vouches for it.
  // "Editor - Flying Penguin": after a dash the words may be the role's own (a column, a boat); a first
  // name vouches for a person there too.
  // A card's role line right under its name ("Darwin Acevedo" / "Presidente Seccional Bogotá"): the
  // capitalised words after the role word qualify the office, unless a first name vouches for a person.
  const underName = inline !== null && !inline.labelled && scan.nameAt(i - 1, true) !== null;
  const field = inline && !inline.labelled && (FIELD_TITLE.test(inline.word) || inline.dashed || underName);
  const names = field ? inline.names.filter((n) => isFirstName(givenName(n))) : (inline?.names ?? []);
  for (const n of names) scan.add(n, inline!.role, CONFIDENCE.roleAndNames, i);
  return inline !== null;
}

/**
 * A role line, then one name per line. Not when a name stands right above: then the role belongs
 * to that name's card. A heading or a list names a group ("Styremedlemmer", "Board members"): every
 * member listed below, each perhaps with a remark in brackets; a member with a role of their own keeps it.
 */
export function roleThenNames(scan: PeopleScan, i: number): void {
  const { lines, page } = scan;
  const line = lines[i]!;
  if (!scan.roleLine(i) || (line.block.tag !== 'DT' && scan.nameAt(i - 1, true)) || inMenu(page, line.block)) return;
  const text = line.text;
  const group = HEADING.test(line.block.tag) || lines[i + 1]?.block.tag === 'LI';
  let taken = 0;
  // A heading after the names opens the next section.
  for (let j = i + 1; j < lines.length && j <= i + 4 + taken && !(taken && HEADING.test(lines[j]!.block.tag)); j++) {
    const t = lines[j]!.text;
    if (group && scan.roleAt(j) >= 0 && afterRole(t)) continue;
    const read = scan.nameAt(j) ?? (group && scan.roleAt(j) < 0 && t.length < 120 ? (parseName(t.replace(REMARK, ''))?.name ?? null) : null);
    // A heading under a heading that starts with a role word ("Avukat Kadromuz" / "Deneyimli Hukuk Kadromuz")
    // is the section's title in title case unless a known given name makes it a person.
    const name = read && group && HEADING.test(lines[j]!.block.tag) && !hasKnownGivenName(read, isFirstName) ? null : read;
    // One name per line, or several on the line right under the role ("A B, C D und E F"); a list
    // after a name is rather that person's affiliation ("Faculteit X, Universiteit Y").
    const names = name ? [name] : !taken && t.length <= 150 ? readNameList(t) : [];
    if (names.length >= (name ? 1 : 2)) {
      for (const n of names) scan.add(n, (group && ROLE_WORD.exec(text)?.[0]) || cleanRole(text), CONFIDENCE.roleThenNames, j);
      taken += names.length;
      continue;
    }
    // The organisation's own name may sit between the label and the person.
    if (taken || scan.roleLine(j) || /\d/.test(t) || t.length > 60 || j > i + 2) break;
  }
}

/**
 * A team card: a name, then its role. A <dt> role labels the <dd> below it, never the value above
 * ("Firma: X / Inhaber: Y"); a name read only leniently ("Jens hansen") needs a plain role line right
 * below it; a role line that names its own person ("Redaktør Kari Nordmann") is not this name's role.
 */
export function nameThenRoleLine(scan: PeopleScan, i: number, own: string | null, card: string | null): void {
  const { lines } = scan;
  const next = lines[i + 1]?.text ?? '';
  if (!card || scan.roleAt(i + 1) < 0 || scan.roleAt(i) >= 0 || lines[i + 1]!.block.tag === 'DT') return;
  const plainRole = scan.roleLine(i + 1) && (own !== null || (next.length <= 40 && scan.roleAt(i + 1) === 0));
  if (plainRole && !scan.nameAt(i + 1) && !inMenu(scan.page, lines[i]!.block) && !afterRole(next)) scan.add(card, cleanRole(next), CONFIDENCE.nameThenRoleLine, i);
}

/** "Max Muster Geschäftsführer": name and role on one line, set apart only by markup. */
function markedNameAndRole(text: string, block: Block): { name: string; role: string }[] {
  if (text.length > 90 || ROLE_WORD.exec(text)?.index === 0) return [];
  const tokens = text.split(' ');
  for (let k = Math.min(5, tokens.length - 1); k >= 2; k--) {
    const rest = tokens.slice(k).join(' ');
    if (ROLE_WORD.exec(rest)?.index !== 0 || !isRoleLine(rest)) continue;
    const written = tokens.slice(0, k).join(' ');
    const name = parseName(written);
    // Only where markup sets the name apart (<strong>Name</strong> Role); in plain text the split is a guess.
    const marked = name && (block.cells ?? []).some((c) => c.replace(/\s+/g, ' ').trim() === written);
    if (name && marked) return [{ name: name.name, role: cleanRole(rest) }];
  }
  return [];
}

/** Name and role on one line: set apart by markup, or "Name – Role" / "Name, Role". */
export function nameAndRole(scan: PeopleScan, i: number): void {
  if (scan.roleAt(i) < 0) return;
  const line = scan.lines[i]!;
  markedNameAndRole(line.text, line.block).forEach((h) => scan.add(h.name, h.role, CONFIDENCE.markedNameAndRole, i));
  const dash = DASH.exec(line.text);
  if (dash && ROLE_WORD.test(dash[2]!.slice(0, 30))) {
    const name = parseName(dash[1]!);
    if (name) scan.add(name.name, cleanRole(dash[2]!.replace(/\)$/, '')), CONFIDENCE.nameDashRole, i);
  }
  const roleFirst = roleDashName(line.text);
  if (roleFirst) scan.add(roleFirst.name, roleFirst.role, CONFIDENCE.nameDashRole, i);
}

const SPACED_DASH = /\s[-–—]\s/;
const BRACKETED = /\s?[[(][^\])]{0,80}[\])]/g;

/**
 * "Secretary of the Rowing Club - Alastair Davison [Enquiries]": the role first, the name after a
 * dash, a remark in brackets; the name's first name must be known, since the role's own words
 * ("Editor - Flying Furphy") read like a name too.
 */
function roleDashName(text: string): { name: string; role: string } | null {
  if (text.length > 200) return null;
  const parts = text.replace(BRACKETED, '').split(SPACED_DASH).map((p) => p.trim());
  const role = parts[0] ?? '';
  if (parts.length < 2 || ROLE_WORD.exec(role)?.index !== 0) return null;
  for (const part of parts.slice(1)) {
    const name = parseName(part);
    if (name && isFirstName(givenName(name.name))) return { name: name.name, role: cleanRole(role) };
  }
  return null;
}

/** "Erevoorzitter: Jos Ansoms": a short label, a colon, the rest. */
const LABELLED = /^([^:\d]{2,40}):\s+(\S.{0,80})$/u;
const MAX_LABEL_WORDS = 4;
/** Read "Label: Name" lines of a list whose siblings are already read so; fewer would be a guess. */
const MIN_READ_SIBLINGS = 2;

/**
 * A board list ("Voorzitter: …", "Penningmeester: …") names every member the same way: a sibling
 * line of that shape whose label is no known role word ("Erevoorzitter", "Afgevaardigde gemeente")
 * is a member too, its label the role, when what follows the colon is a person's name.
 */
export function labelledSiblings(scan: PeopleScan, hits: readonly PersonHit[]): void {
  const group = (i: number) => `${scan.lines[i]!.block.parent}/${scan.lines[i]!.block.tag}`;
  const readLines = new Set(hits.map((h) => h.line));
  const read = new Map<string, number>();
  for (const i of readLines) if (scan.lines[i] && LABELLED.test(scan.lines[i]!.text)) read.set(group(i), (read.get(group(i)) ?? 0) + 1);
  if (read.size === 0) return;
  scan.lines.forEach((line, i) => {
    if (readLines.has(i) || (read.get(group(i)) ?? 0) < MIN_READ_SIBLINGS) return;
    const m = LABELLED.exec(line.text);
    if (!m || m[1]!.trim().split(/\s+/).length > MAX_LABEL_WORDS) return;
    const name = parseName(m[2]!.replace(BRACKETED, '').trim());
    if (name) scan.add(name.name, cleanRole(m[1]!), CONFIDENCE.labelledSibling, i);
  });
}
