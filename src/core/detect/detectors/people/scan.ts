/**
 * What the people readers share about one page: the lines, facts about each line computed at most
 * once (the role-word regex is large and most lines have none), and what kind of page it is.
 */
import { blocksUp } from '../../blocks';
import type { Block, Page, TextLine } from '../../page';
import { parseName } from './person-names';
import { isRoleLine, ROLE_WORD } from './role-labels';
import { TEAM_PAGE } from './sections';

export interface PersonHit {
  name: string;
  role: string;
  confidence: number;
  /** Index of the line the name was read from. */
  line: number;
}

/** How sure each layout is that it names a person of the organisation with this role. */
export const CONFIDENCE = {
  /** "Geschäftsführer: Max Muster, Erika Muster" — role and names on one line. */
  roleAndNames: 0.8,
  /** A role line with one name per line below it. */
  roleThenNames: 0.75,
  /** A team card: a name, its role on the line below. */
  nameThenRoleLine: 0.7,
  /** "<strong>Max Muster</strong> Geschäftsführer": one line, parts set apart by markup. */
  markedNameAndRole: 0.7,
  /** "Erevoorzitter: Jos Ansoms" in a list whose other lines name members by role words. */
  labelledSibling: 0.7,
  /** "Max Muster – Geschäftsführer". */
  nameDashRole: 0.7,
  /** "Name: Jean Martin" under a role heading. */
  nameLabel: 0.7,
  /** "Notar Dr. Paul Stein": the owner behind a profession. */
  profession: 0.65,
  /** "Mein Name ist …", "operated by …". */
  sentence: 0.6,
  /** The same inside a long paragraph, where the sentence is less clearly about the site. */
  sentenceInProse: 0.55,
  /** A name among the first lines of the § 5 provider block. */
  provider: 0.6,
  /** A name, then a phone or e-mail line: a contact card. */
  contactCard: 0.6,
  /** A name heading on a team or about page, followed by its bio. */
  teamBio: 0.6,
  /** A name under a sign-off ("Regards,"). */
  signature: 0.55,
};

export const HEADING = /^H[1-6]$/;
const MENU_CLASS = /(?:^|\s)(?:menu|navbar|nav)(?:\s|$)/;
const ABOUT_PAGE = /über uns|about us|who we are|wer wir sind|over ons|qui sommes/i;
/**
 * Professions and practice words written in front of an owner's name: "Notar Dr. Paul Stein"; also the
 * Italian and Spanish professional titles that say the profession in short ("Avv. Anna Neri", "Arch.", "Abg.").
 */
export const PROFESSION = /^(?:Notar(?:in)?|Rechtsanw[äa]lt(?:in)?|Anwaltskanzlei|Kanzlei|Praxis|Logop[äa]die|Physiotherapie|Ergotherapie|Zahnarztpraxis|Tierarztpraxis|Architekt(?:in)?|Steuerberat(?:er|erin|ung)|Fotografie|Fotograf(?:in)?|Advocate|Adv\.|Attorney|Avocate?|Cabinet|Ma[îi]tre|Me|Abogad[oa]|Avvocato|Studio|Advogad[oa]|Advok[aá]t(?:ka)?|Adwokat|Odvetni(?:k|ca)|Odvjetni(?:k|ca)|[ÜU]gyv[ée]d|Asianajaja|Δικηγόρος)\s+|^(?:Avv|Dott(?:\.ssa)?|Arch|Geom|Abg|Abog)\.\s?/iu;

/** Two or three name words, the last two joined by a spaced hyphen. */
const SPACED_DOUBLE_SURNAME = /^(?:\p{Lu}\p{Ll}+ ){1,2}\p{Lu}\p{Ll}+ - \p{Lu}\p{Ll}+$/u;

/** A whole line read as one person's name, also behind a profession ("Architekt DI Karl Brandt"). */
export function nameLine(text: string, lenient = false): string | null {
  if (text.length > 70) return null;
  const direct = parseName(text, { lenient });
  if (direct) return direct.name;
  // "Μαρία Μαίου - Ζιώγκου": a double surname spaced like a dash, on a line that is only a name.
  const joined = SPACED_DOUBLE_SURNAME.test(text) ? parseName(text.replace(' - ', '-'), { lenient }) : null;
  if (joined) return joined.name;
  const prof = PROFESSION.exec(text);
  return prof ? (parseName(text.slice(prof[0].length), { lenient: true })?.name ?? null) : null;
}

export interface PeopleScan {
  page: Page;
  lines: readonly TextLine[];
  /** Where the first role word of line `i` starts, -1 when it has none. */
  roleAt(i: number): number;
  /** Whether line `i` as a whole reads as a role ("Geschäftsführer:", "1. Vorsitzender"). */
  roleLine(i: number): boolean;
  /** Line `i` read as one person's name, or null. */
  nameAt(i: number, lenient?: boolean): string | null;
  /** Whether line `i` is one of a run of links ("Related sites", product menus): it names a page, not a person. */
  linkList(i: number): boolean;
  teamPage: boolean;
  aboutPage: boolean;
  add(name: string, role: string, confidence: number, line: number): void;
}

export function scanPeople(page: Page, hits: PersonHit[]): PeopleScan {
  const lines = page.lines;
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
  const pageIs = (kind: RegExp) => kind.test(page.title) || lines.some((l) => /^H[12]$/.test(l.block.tag) && kind.test(l.text));
  const teamPage = pageIs(TEAM_PAGE);
  let linkTexts: Set<string> | undefined;
  return {
    page,
    lines,
    roleAt,
    roleLine(i) {
      const t = lines[i]?.text ?? '';
      return t.length <= 90 && (roleAt(i) >= 0 || t.length < 16) && isRoleLine(t);
    },
    nameAt(i, lenient = false) {
      const t = lines[i]?.text ?? '';
      if (t.length > 70) return null;
      const key = `${lenient ? 1 : 0}${i}`;
      if (!names.has(key)) names.set(key, nameLine(t, lenient));
      return names.get(key)!;
    },
    linkList(i) {
      linkTexts ??= new Set(page.links.map((l) => l.text));
      const t = lines[i]!.text;
      return linkTexts.has(t) && [lines[i - 1]?.text, lines[i + 1]?.text].some((n) => n && n !== t && linkTexts!.has(n));
    },
    teamPage,
    aboutPage: teamPage || pageIs(ABOUT_PAGE),
    add: (name, role, confidence, line) => hits.push({ name, role, confidence, line }),
  };
}

/** Menus list section names ("Vorstand", "Unsere Leistungen") that read like a role above a name. */
export function inMenu(page: Page, block: Block): boolean {
  // Eight elements up: deep pages need no more.
  for (const b of blocksUp(page.blocks, block, block.depth, 8)) {
    if (b.tag === 'NAV' || b.role === 'navigation') return true;
    if (MENU_CLASS.test(b.cls ?? '')) return true;
  }
  return false;
}
