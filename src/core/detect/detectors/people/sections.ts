/**
 * The section a line stands in, named by the nearest heading above it: a team page groups its people
 * under headings that say who they are ("Nossos Sócios", "Board") or that they are not the
 * organisation's own ("Testimonials", "Former team members", "Our clients").
 */
import type { Page } from '../../page';
import { NOT_A_ROLE_LINE, ROLE_WORD } from './role-labels';

/** Sections of people who are not the organisation's: testimonials, supporters, sponsors, clients, alumni. */
export const OUTSIDERS = /testimonial|referenz|review|feedback|kundenstimmen|opinion|depoimento|t[ée]moignage|unterst[üu]tz|supporter|sponsor|f[öo]rderer|donor|client|kunden|customer|alumni|ehemalige|former|in memoriam|gäste|guests|speaker|referent(?:en|innen)\b|author|autor/i;

/**
 * Pages and sections about the organisation's own people ("Team", "Ansatte", "Zespół", "Nuestro equipo"),
 * where a name heading with a bio is a member; "about us" alone says no role.
 */
export const TEAM_PAGE = /\bteam\b|attorneys|lawyers|our people|leadership|management|vorstand|mitarbeiter|ansprechpartner|bestuur|équipe|medewerkers|\bstaff\b|\bboard\b|meet the|(?<!\p{L})(?:ansatte|medarbejdere|medarbetare|personalet|henkil[öo]kunta|ty[öo]ntekij[äa]t|zesp[óo][łl]|personel|t[ýy]m|equipo|equipa|personale|corpo cl[íi]nico)(?!\p{L})/iu;

/** Lines looked back from a line for the heading of its section. */
const HEADING_LOOKBACK = 30;
const MAX_HEADING_CHARS = 90;

/**
 * The nearest heading above line `at` that is not itself a name (team cards often set the name as a
 * heading: `isName` tells); a heading whose plural role word makes it look like a name still counts.
 */
export function sectionHeading(page: Page, at: number, isName: (text: string) => unknown): string | null {
  for (let i = at - 1; i >= 0 && i >= at - HEADING_LOOKBACK; i--) {
    const l = page.lines[i]!;
    // A paragraph set as a heading (a bio in an h3) names no section.
    if (!/^H[1-6]$/.test(l.block.tag) || l.text.length > MAX_HEADING_CHARS) continue;
    if (!isName(l.text) || headingRole(l.text)) return l.text;
  }
  return null;
}

/** A plural ending after a role word in a section heading: "Partners", "Directors", "Sócios", "Avukatlar". */
const PLURAL_END = /(?:es|lar|ler|en|er|οι|[siиы])$/iu;

/**
 * The role a section heading gives every card below it ("Nossos Sócios", "Learn About the Partners",
 * "Styrelse"), read word by word with a plural ending taken off; '' when the heading names no role.
 */
export function headingRole(heading: string | null): string {
  if (!heading || heading.length > MAX_HEADING_CHARS) return '';
  for (const word of heading.split(/\s+/)) {
    for (const w of [word, word.replace(PLURAL_END, '')]) {
      const m = w.length >= 3 ? ROLE_WORD.exec(w) : null;
      // "Contact", "Partner", "Management" head sections of anything ("Contact us", partner companies).
      if (m && m.index === 0 && m[0].length === w.length && !NOT_A_ROLE_LINE.test(m[0])) return m[0];
    }
  }
  return '';
}
