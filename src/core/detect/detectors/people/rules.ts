/**
 * The layouts in which pages name their people, one reader per layout, each working on a line and
 * its neighbours: "Role: Name, Name", a role line above a name, a name above a role (team cards),
 * "Name – Role", a "Name:" form label, the § 5 provider block, signatures, contact cards and bios.
 */
import { blocksUp, type Block, type Page } from '../../page';
import { isOwnersBusiness } from '../company/name-text';
import { parseName, readNameList } from './person-names';
import { cleanRole, isRoleLine, ROLE_WORD, roleWords } from './role-labels';

export interface PersonHit {
  name: string;
  role: string;
  confidence: number;
  /** Index of the line the name was read from. */
  line: number;
}

/** Professions and practice words written in front of an owner's name: "Notar Dr. Paul Stein". */
const PROFESSION = /^(?:Notar(?:in)?|Rechtsanw[äa]lt(?:in)?|Anwaltskanzlei|Kanzlei|Praxis|Logop[äa]die|Physiotherapie|Ergotherapie|Zahnarztpraxis|Tierarztpraxis|Architekt(?:in)?|Steuerberat(?:er|erin|ung)|Fotografie|Fotograf(?:in)?|Advocate|Adv\.|Attorney|Avocate?|Cabinet|Ma[îi]tre|Me|Abogad[oa]|Avvocato|Studio)\s+/i;

const PROVIDER = /^(?:Angaben\s(?:gem(?:äß|\.)|nach)\s?§\s?5|Informationspflicht|Diensteanbieter|Anbieter(?:in)?\b|Betreiber(?:in)?\b|Dieser Internet-?(?:auftritt|seite) wird betrieben|Medieninhaber|Postadresse|Postanschrift|Anschrift\b|Kontaktadresse)/i;
const NAME_LABEL = /^(?:Naam|Nom|Name|Nombre|Navn|Nome)\s?:?\s+/i;
const SENTENCE = /(?:meine?\sname\sist|my\sname\sis|je\sm'appelle|ik\sben|mi\snombre\ses|(?:el|la)\stitular\s(?:de\seste\ssitio\sweb\s)?es|inhaber(?:in)?\sist|owner\sis|(?:est[áa]\s)?operad[oa]\spor|es\spropiedad\sde|(?:owned\sand\s)?operated\sby)\s/i;
const SIGN_OFF = /^(?:(?:best|kind|warm|warmest)\s)?regards|^(?:yours\s)?sincerely|^mit\sfreundlichen\sgr[üu](?:ß|ss)en|^(?:herzliche|viele|beste)\sgr[üu](?:ß|ss)e|^(?:bien\s)?cordialement|^met\svriendelijke\sgroet(?:en)?|^venlig\shilsen|^med\svennlig\shilsen|^(?:un\s)?saludos?|^cordiali\ssaluti/i;
const CONTACT_LINE = /^(?:tel(?:efon|ephone|éfono|efoon)?\.?|phone|mobile?|handy|e-?mail|mail|fax)\b|^\+?\d[\d\s/()-]{6,}$|@/i;
const MENU_CLASS = /(?:^|\s)(?:menu|navbar|nav)(?:\s|$)/;
const DASH = /^([^–|,(]{4,60}?)(?:\s-\s|\s?[–|,(]\s?)(.{3,80})$/;
/** Pages about the team itself, where a name heading with a bio is a member; "about us" alone says no role. */
const TEAM_PAGE = /\bteam\b|attorneys|lawyers|our people|leadership|management|vorstand|mitarbeiter|ansprechpartner|bestuur|équipe|medewerkers|\bstaff\b|\bboard\b|meet the/i;
const ABOUT_PAGE = /über uns|about us|who we are|wer wir sind|over ons|qui sommes/i;
const HEADING = /^H[1-6]$/;
const LABELLED = /^[^:\d]{3,60}:\s/;
const REMARK = /\s?\([^)]{0,60}\)/g;

/** A full stop that ends the sentence, not a title's ("Dr. Max Muster"). */
const FULL_STOP = /(?<!\b(?:Dr|Prof|Mag|Ing|Dipl|Sr|Sra|Mr|Mrs|Ms|St))\.\s/u;

/** The words after "operated by" up to the end of the sentence. */
function nameAfter(text: string, m: RegExpExecArray): string {
  return text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(FULL_STOP)[0]!;
}

/** A whole line read as one person's name, also behind a profession ("Architekt DI Karl Brandt"). */
export function nameLine(text: string, lenient = false): string | null {
  if (text.length > 70) return null;
  const direct = parseName(text, { lenient });
  if (direct) return direct.name;
  const prof = PROFESSION.exec(text);
  return prof ? (parseName(text.slice(prof[0].length), { lenient: true })?.name ?? null) : null;
}

/** "Notar Dr. Paul Stein", "Kanzlei Eva Roth": the profession and the owner's name. */
export function professionName(text: string): { role: string; name: string } | null {
  const prof = PROFESSION.exec(text.trim());
  if (!prof || text.length > 70) return null;
  const parsed = parseName(text.trim().slice(prof[0].length), { lenient: true });
  return parsed ? { role: /kanzlei|praxis|logop|therapie|fotografie|studio|cabinet|beratung/i.test(prof[0]) ? 'Inhaber' : prof[0].trim(), name: parsed.name } : null;
}

/** Names right after a role word: "Geschäftsführer: A B, C D", "vertreten durch den Vorstand Max Muster". */
function afterRole(text: string): { role: string; names: string[] } | null {
  if (text.length > 300) return null;
  for (const w of roleWords(text)) {
    let rest = text.slice(w.end);
    const colon = /^[^:]{0,70}:/.exec(rest);
    // "Verantwortlich für den Inhalt nach § 55 RStV: Max Muster": the label runs up to the colon.
    if (colon && w.index < 40) rest = rest.slice(colon[0].length);
    else if (text.length > 200) continue;
    // Only articles of the accusative/plain form: "Präsident des Landgerichts" names an office, not a person.
    rest = rest.replace(/^[\s:–-]*(?:(?:den|die|the|le|la|het|unser(?:e[nr]?)?|our)\s)?/i, '');
    // A second role word ("vertreten durch den Geschäftsführer …") is part of the label.
    const inner = ROLE_WORD.exec(rest);
    if (inner && inner.index === 0) rest = rest.slice(inner[0].length).replace(/^[\s:–-]+/, '');
    if (/^(?:und|and|et|en|sowie)\s/i.test(rest)) continue;
    const names = readNameList(rest);
    if (names.length) return { role: cleanRole(text.slice(0, w.end + (colon && w.index < 40 ? colon[0].length : 0))), names };
  }
  return null;
}

/** Menus list section names ("Vorstand", "Unsere Leistungen") that read like a role above a name. */
function inMenu(page: Page, block: Block): boolean {
  // Eight elements up: deep pages need no more.
  for (const b of blocksUp(page.blocks, block, block.depth, 8)) {
    if (b.tag === 'NAV' || b.role === 'navigation') return true;
    if (MENU_CLASS.test(b.cls ?? '')) return true;
  }
  return false;
}

/** "Max Muster Geschäftsführer": name and role on one line, set apart only by markup. */
function nameThenRole(text: string, block: Block): { name: string; role: string }[] {
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

/** The nearest short line above that names a role, for "Name: X" fields under a heading. */
function roleAbove(lines: Page['lines'], index: number): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const t = lines[i]!.text;
    if (t.length < 80 && ROLE_WORD.test(t)) return cleanRole(t);
  }
  return null;
}

/** Per-line facts computed at most once: the role-word regex is large and most lines have none. */
function lineFacts(lines: Page['lines']) {
  const role = new Map<number, number>();
  const names = new Map<string, string | null>();
  const roleAt = (i: number): number => {
    let r = role.get(i);
    if (r === undefined) {
      const t = lines[i]?.text ?? '';
      r = t.length <= 300 ? (ROLE_WORD.exec(t)?.index ?? -1) : -1;
      role.set(i, r);
    }
    return r;
  };
  const roleLine = (i: number): boolean => {
    const t = lines[i]?.text ?? '';
    return t.length <= 90 && (roleAt(i) >= 0 || t.length < 16) && isRoleLine(t);
  };
  const name = (i: number, lenient = false): string | null => {
    const t = lines[i]?.text ?? '';
    if (t.length > 70) return null;
    const key = `${lenient ? 1 : 0}${i}`;
    if (!names.has(key)) names.set(key, nameLine(t, lenient));
    return names.get(key)!;
  };
  return { roleAt, roleLine, name };
}

export function readPeople(page: Page): PersonHit[] {
  const hits: PersonHit[] = [];
  const lines = page.lines;
  const { roleAt, roleLine, name: nameAt } = lineFacts(lines);
  const add = (name: string, role: string, confidence: number, line: number) => hits.push({ name, role, confidence, line });
  const pageIs = (kind: RegExp) => kind.test(page.title) || lines.some((l) => /^H[12]$/.test(l.block.tag) && kind.test(l.text));
  const teamPage = pageIs(TEAM_PAGE);
  const aboutPage = teamPage || pageIs(ABOUT_PAGE);
  // A line that is one of a run of links ("Related sites", product menus) names a page, not a person.
  let linkTexts: Set<string> | undefined;
  const linkList = (i: number) => {
    linkTexts ??= new Set(page.links.map((l) => l.text));
    const t = lines[i]!.text;
    return linkTexts.has(t) && [lines[i - 1]?.text, lines[i + 1]?.text].some((n) => n && n !== t && linkTexts!.has(n));
  };

  lines.forEach((line, i) => {
    const text = line.text;
    const next = lines[i + 1]?.text ?? '';
    if (text.length > 400) {
      const s = SENTENCE.exec(text.slice(0, 400));
      if (s) readNameList(nameAfter(text, s)).slice(0, 1).forEach((n) => add(n, 'Inhaber', 0.55, i));
      return;
    }
    const hasRole = roleAt(i) >= 0;
    // Role and names on one line.
    const inline = hasRole ? afterRole(text) : null;
    if (inline) for (const n of inline.names) add(n, inline.role, 0.8, i);
    // A role line, then one name per line.
    // (Not when a name stands right above: then the role belongs to that name's card.)
    if (!inline && roleLine(i) && (line.block.tag === 'DT' || !nameAt(i - 1, true)) && !inMenu(page, line.block)) {
      // A heading or a list names a group ("Styremedlemmer", "Board members"): every member listed below,
      // each perhaps with a remark in brackets; a member with a role of their own keeps it.
      const group = HEADING.test(line.block.tag) || lines[i + 1]?.block.tag === 'LI';
      let taken = 0;
      // A heading after the names opens the next section.
      for (let j = i + 1; j < lines.length && j <= i + 4 + taken && !(taken && HEADING.test(lines[j]!.block.tag)); j++) {
        const t = lines[j]!.text;
        if (group && roleAt(j) >= 0 && afterRole(t)) continue;
        const name = nameAt(j) ?? (group && roleAt(j) < 0 && t.length < 120 ? (parseName(t.replace(REMARK, ''))?.name ?? null) : null);
        // One name per line, or several on the line right under the role ("A B, C D und E F"); a list
        // after a name is rather that person's affiliation ("Faculteit X, Universiteit Y").
        const names = name ? [name] : !taken && t.length <= 150 ? readNameList(t) : [];
        if (names.length >= (name ? 1 : 2)) {
          for (const n of names) add(n, (group && ROLE_WORD.exec(text)?.[0]) || cleanRole(text), 0.75, j);
          taken += names.length;
          continue;
        }
        // The organisation's own name may sit between the label and the person.
        if (taken || roleLine(j) || /\d/.test(t) || t.length > 60 || j > i + 2) break;
      }
    }
    // A team card: name, then role.
    const listed = (nameAt(i, true) ?? '') !== '' && linkList(i);
    const own = listed ? null : nameAt(i);
    const card = listed ? null : (own ?? nameAt(i, true));
    // A <dt> role labels the <dd> below it, never the value above ("Firma: X / Inhaber: Y").
    // (A lenient "name" that is itself a role label, "Vertreten durch", is the heading of the card.)
    if (card && roleAt(i + 1) >= 0 && !hasRole && lines[i + 1]!.block.tag !== 'DT') {
      // A name read only leniently ("Jens hansen") needs a plain role line right below it.
      const plainRole = roleLine(i + 1) && (own !== null || (next.length <= 40 && roleAt(i + 1) === 0));
      // A role line that names its own person ("Redaktør Kari Nordmann") is not this name's role.
      if (plainRole && !nameAt(i + 1) && !inMenu(page, line.block) && !afterRole(next)) add(card, cleanRole(next), 0.7, i);
    }
    if (hasRole) {
      nameThenRole(text, line.block).forEach((h) => add(h.name, h.role, 0.7, i));
      // "Name – Role" / "Name, Role".
      const dash = DASH.exec(text);
      if (dash && ROLE_WORD.test(dash[2]!.slice(0, 30))) {
        const name = parseName(dash[1]!);
        if (name) add(name.name, cleanRole(dash[2]!.replace(/\)$/, '')), 0.7, i);
      }
    }
    // "Naam Els Peeters", "Nom : Jean Martin".
    const label = NAME_LABEL.exec(text);
    if (label) {
      const name = parseName(text.slice(label[0].length));
      if (name) add(name.name, roleAbove(lines, i) ?? 'Kontakt', 0.7, i);
    }
    // "Mein Name ist …", "operated by …".
    const sentence = SENTENCE.exec(text);
    if (sentence) readNameList(nameAfter(text, sentence)).slice(0, 1).forEach((n) => add(n, 'Inhaber', 0.6, i));
    // The § 5 provider block: a person's name among the first lines is the owner or the contact.
    if (text.length < 200 && PROVIDER.test(text)) {
      for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
        const name = nameAt(j);
        if (name) {
          // "Rezan Yilmaz / Autoreinigung Yilmaz": the business below is named after its owner.
          const owner = isOwnersBusiness(name, lines[j + 1]?.text ?? '');
          add(name, owner ? 'Inhaber' : 'Inhaber / Kontakt', 0.6, j);
          // A trading name that reads like a name ("Beispiel Automaten") may stand above the owner's.
          const below = j === i + 1 && !owner ? nameAt(j + 1) : null;
          if (below) add(below, 'Inhaber / Kontakt', 0.6, j + 1);
          break;
        }
        if (/\d/.test(lines[j]!.text)) break;
      }
    }
    const profession = professionName(text);
    if (profession) add(profession.name, profession.role, 0.65, i);
    // A signature under a sign-off ("Regards,").
    if (text.length < 40 && SIGN_OFF.test(text)) {
      const name = nameAt(i + 1);
      if (name) add(name, roleAbove(lines, i) ?? sectionRole(lines, i) ?? 'Signatory', 0.55, i + 1);
    }
    // A contact card: name (with degrees), then phone or e-mail.
    // Also behind a label of its own: "Bestellungen: Kari Nordmann", then her e-mail.
    const labelled = !own && text.length < 120 ? LABELLED.exec(text) : null;
    const person = own ?? (labelled ? (parseName(text.slice(labelled[0].length))?.name ?? null) : null);
    if (person && line.block.tag !== 'H1' && CONTACT_LINE.test(next)) add(person, labelled ? cleanRole(labelled[0]) : 'Kontakt', 0.6, i);
    // Team pages: a name heading followed by its bio or repeated.
    if (aboutPage && own && (next === text || /^(?:H[2-6]|FIGCAPTION|DT|STRONG|B)$/.test(line.block.tag))) {
      const first = own.split(' ').find((t) => !t.endsWith('.')) ?? '';
      if (next === text || (first.length > 1 && next.slice(0, 300).includes(first))) {
        // The bio's first sentence may state the role ("… is a co-founder of X"); "joined the team" does not.
        const stated = next === text ? null : ROLE_WORD.exec(next.slice(0, 300).split(FULL_STOP)[0]!)?.[0];
        if (stated) add(own, stated, 0.6, i);
        else if (teamPage) add(own, pageRole(page), 0.6, i);
      }
    }
  });
  return hits;
}

function sectionRole(lines: Page['lines'], index: number): string | null {
  const section = lines[index]!.section;
  for (let i = index; i >= 0 && lines[i]!.section === section; i--) {
    if (/^H[1-6]$/.test(lines[i]!.block.tag) && ROLE_WORD.test(lines[i]!.text)) return cleanRole(lines[i]!.text.replace(/['’]s\b.*$/, ''));
  }
  return null;
}

function pageRole(page: Page): string {
  const h1 = page.lines.find((l) => l.block.tag === 'H1')?.text ?? page.title;
  const m = ROLE_WORD.exec(h1);
  return m ? m[0] : 'Team';
}
