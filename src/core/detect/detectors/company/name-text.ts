/** Cleaning and judging short texts that may be an organisation's name. */
import { trimBoth, trimEnd } from '../../../text/trim';
import { legalFormOf } from '../../../names/legal-forms';
import { PLACE_LABEL } from '../address/place-label';
import { PAGE_WORDS } from '../../../research/page-words';

/** Page words that are never a name: navigation, page types, section titles. */
const GENERIC =
  /^(?:impressum|imprint|kontakt|contact(?: us)?|home|homepage|startseite|start|accueil|mentions l[ée]gales|aviso legal|datenschutz(?:erklärung)?|privacy(?: policy)?|about(?: us)?|über uns|ueber uns|team|meet the team|our team|leistungen|services|profil|colofon|over ons|kontakt os|kontakt oss|om os|willkommen|welcome|news|blog|legal notice|legal|rechtliches|contacto|chi siamo|contatti|anfahrt|adresse|address|anschrift|postadresse|visit us|find us|nous trouver|reach us|menu|navigation|informationen|angaben gemäß.*|our attorneys|angebot|produkte|products|faq|jobs|karriere|careers|document|untitled(?: document)?|new page|index|etusivu|in[ií]cio|p[áa]gina inicial|hem|startsida|forside|[úu]vod|strona g[łl][óo]wna|zur startseite|back to home|home page|zurück|back|retour|volver|voltar|tillbaka|takaisin|zpět|terug)$/iu;
/** Words that make a heading a place or a role rather than a name ("Corp Office", "Firmensitz"). */
const PLACE_WORD = /office|büro|buero|studio|standort|location|filiale|zweigstelle|headquarters|sitz|works\b|anschrift|adresse|address|kontakt|contact|öffnungszeiten|opening hours|hours/iu;
/** Words that make a name an organisation even without a legal form. */
const ORG_WORD =
  /kanzlei|praxis|notar|studio|büro|atelier|architekt|logopädie|therap|restaurant|café|cafe|hotel|bäckerei|salon|clinic|klinik|clínica|pharmac|apotheke|advocate|avocat|lawyer|attorney|verein|club|gemeinde|kirche|schule|school|group|gruppe|consulting|services|labs?\b|systems|solutions|agentur|werkstatt|bryghus|brauerei|association|vereniging|stichting|fondation|stiftung|institut|center|centre|zentrum/iu;

const TITLE_TOKEN = /^(?:dr\.?|med\.?|prof\.?|dipl\.?-?\w*\.?|ing\.?|mag\.?|di|mba|phd)$/iu;

/**
 * The names of a site's pages in the languages the research knows (page-words.ts: "Ons team",
 * "Nuestro equipo", "Yhteystiedot", "Sobre nós"): a heading or title part that is one names a section.
 */
let sectionKeys: Set<string> | null = null;
function isPageName(text: string): boolean {
  sectionKeys ??= new Set(Object.values(PAGE_WORDS).flatMap((byLanguage) => Object.values(byLanguage).flat().map(nameKey)));
  return sectionKeys.has(nameKey(text));
}

export function isGeneric(text: string): boolean {
  return GENERIC.test(trimEnd(text.trim(), '.:!')) || isPageName(text);
}

export function isPlaceHeading(text: string): boolean {
  return PLACE_WORD.test(text) || PLACE_LABEL.test(trimEnd(text.trim(), ':.'));
}

/** "Anna Weber", "Dr. med. Jana Lindqvist": a person's name standing alone, not an organisation's. */
export function looksLikePerson(text: string): boolean {
  if (legalFormOf(text) || ORG_WORD.test(text)) return false;
  const tokens = text.trim().split(/\s+/).filter((t) => !TITLE_TOKEN.test(t));
  return tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t));
}

/** Endings of trade nouns that no given name has: "Autoreinigung", "Malerbetrieb", "Schreinerei". */
const TRADE_NOUN = /(?:ung|erei|betrieb|bau|handel|dienst|technik|service)$/iu;

/**
 * "Rezan Yilmaz" above "Autoreinigung Yilmaz": a sole trader's business named with the owner's surname
 * and a trade or organisation word, not a second person of the family.
 */
export function isOwnersBusiness(person: string, line: string): boolean {
  const tokens = line.trim().split(' ');
  const surname = person.split(' ').pop()!;
  return looksLikePerson(person) && tokens.length < 6 && tokens.includes(surname) && tokens.some((t) => TRADE_NOUN.test(t) || ORG_WORD.test(t));
}

/** "and" between two words in the languages of the pages: written "&" as often ("Wellness and Spa", "Wellness & Spa"). */
const CONJUNCTION = /\s(?:and|und|et|og|och|en|és|și|si|[aeiy])\s/giu;

/** Comparison key: case, punctuation, spacing and "&" for "and" do not make another name. */
export function nameKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(CONJUNCTION, '&').replace(/[^\p{L}\p{N}&]/gu, '');
}

const SEPARATORS = ' ,;:·|–—-';

/** Trims separators and a sentence-final dot, keeping the dot of "e.V." or "Inc.". */
export function cleanName(text: string): string {
  // "N@SS": the "@" stands for the letter a reader sees in it.
  const styled = text.replace(/(?<=(\p{L}))@(?=\p{L})/gu, (_, before: string) => (before === before.toUpperCase() ? 'A' : 'a'));
  let t = trimBoth(styled.replace(/\s+/g, ' '), SEPARATORS);
  if (t.endsWith('.') && !legalFormOf(t)?.endsWith('.')) t = t.slice(0, -1).trim();
  return withoutRegistrationNumber(t);
}

/** "(1416319-T)", "(201901234K)", "(XXXXXX-X)": a company number in brackets after the legal form. */
const BRACKETED_NUMBER = /\(([A-Z\d][A-Z\d -]{3,19})\)$/u;

/** "Dani Trading A/S - CVR 25 89 14 02", "Muster GmbH – HRB 1234": a number set off by a dash after the legal form. */
const DASHED_TAIL = /\s[-–—]\s([^-–—]+)$/u;

/** "Acme Sdn Bhd (1416319-T)" -> "Acme Sdn Bhd": the number (or its template placeholder) is no part of the name. */
function withoutRegistrationNumber(name: string): string {
  const dashed = DASHED_TAIL.exec(name);
  if (dashed && /\d/.test(dashed[1]!)) {
    const head = name.slice(0, dashed.index).trimEnd();
    if (legalFormOf(head)) return head;
  }
  const m = BRACKETED_NUMBER.exec(name);
  if (!m || !(/\d/.test(m[1]!) || /X{3}/.test(m[1]!))) return name;
  const head = name.slice(0, m.index).trimEnd();
  return legalFormOf(head) ? head : name;
}

/** An "@" that starts a word or has a dot after it in its word (a domain): an e-mail address or a handle. */
function isEmailLike(text: string): boolean {
  for (const word of text.split(' ')) {
    const at = word.indexOf('@');
    if (at === 0 || (at > 0 && word.indexOf('.', at) > 0)) return true;
  }
  return false;
}

/** A plausible name: starts with a letter or digit, not too long, no e-mail, URL or long numbers. */
export function isPlausibleName(text: string): boolean {
  if (text.length < 2 || text.length > 90) return false;
  // "N@SS e.K.": an "@" inside a word styles a letter; one followed by a domain is an e-mail address.
  if (/https?:|www\.|\d{4,}/iu.test(text) || isEmailLike(text)) return false;
  // "musterdruck e.U.": a brand may be written lower-case, but then only the legal form shows it is a name.
  if (!/^[\p{Lu}\p{N}]/u.test(text) && !legalFormOf(text)) return false;
  if (text.split(/\s+/).length > 10) return false;
  return !isGeneric(text);
}
