/**
 * Layouts where the words around a name say who it is: a "Name:" field, "operated by …", the § 5
 * provider block, a profession before the owner's name, a signature, a contact card, a team bio.
 */
import type { Page, TextLine } from '../../page';
import { isOwnersBusiness } from '../company/name-text';
import { isFirstName } from '../../../names/first-names';
import { givenName, parseName, readNameList } from './person-names';
import { cleanRole, ROLE_WORD } from './role-labels';
import { CONFIDENCE, HEADING, PROFESSION, type PeopleScan } from './scan';

const PROVIDER = /^(?:Angaben\s(?:gem(?:äß|\.)|nach)\s?§\s?5|Informationspflicht|Diensteanbieter|Anbieter(?:in)?\b|Betreiber(?:in)?\b|Dieser Internet-?(?:auftritt|seite) wird betrieben|Medieninhaber|Postadresse|Postanschrift|Anschrift\b|Kontaktadresse)/i;
const NAME_LABEL = /^(?:Naam|Nom|Name|Nombre|Navn|Nome)\s?:?\s+/i;
const SENTENCE = /(?:meine?\sname\sist|my\sname\sis|je\sm'appelle|ik\sben|mi\snombre\ses|(?:el|la)\stitular\s(?:de\seste\ssitio\sweb\s)?es|inhaber(?:in)?\sist|owner\sis|(?:est[áa]\s)?operad[oa]\spor|es\spropiedad\sde|(?:owned\sand\s)?operated\sby)\s/i;
const SIGN_OFF = /^(?:(?:best|kind|warm|warmest)\s)?regards|^(?:yours\s)?sincerely|^mit\sfreundlichen\sgr[üu](?:ß|ss)en|^(?:herzliche|viele|beste)\sgr[üu](?:ß|ss)e|^(?:bien\s)?cordialement|^met\svriendelijke\sgroet(?:en)?|^venlig\shilsen|^med\svennlig\shilsen|^(?:un\s)?saludos?|^cordiali\ssaluti/i;
const CONTACT_LINE = /^(?:tel(?:efon|ephone|éfono|efoon)?\.?|phone|mobile?|handy|e-?mail|mail|fax)\b|^\+?\d[\d\s/()-]{6,}$|@/i;
const LABELLED = /^[^:\d]{3,60}:\s/;
/** A full stop that ends the sentence, not a title's ("Dr. Max Muster"). */
const FULL_STOP = /(?<!\b(?:Dr|Prof|Mag|Ing|Dipl|Sr|Sra|Mr|Mrs|Ms|St))\.\s/u;
const OWNER = 'Inhaber';
/** Lines of a long paragraph searched for "operated by …". */
export const MAX_SENTENCE_CHARS = 400;

/** The words after "operated by" up to the end of the sentence. */
function nameAfter(text: string, m: RegExpExecArray): string {
  return text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(FULL_STOP)[0]!;
}

/** The nearest short line above that names a role, for "Name: X" fields under a heading. */
function roleAbove(lines: readonly TextLine[], index: number): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const t = lines[i]!.text;
    if (t.length < 80 && ROLE_WORD.test(t)) return cleanRole(t);
  }
  return null;
}

/** The role a heading of the line's section names ("Our partners' …" -> "partners"). */
function sectionRole(lines: readonly TextLine[], index: number): string | null {
  const section = lines[index]!.section;
  for (let i = index; i >= 0 && lines[i]!.section === section; i--) {
    if (HEADING.test(lines[i]!.block.tag) && ROLE_WORD.test(lines[i]!.text)) return cleanRole(lines[i]!.text.replace(/['’]s\b.*$/, ''));
  }
  return null;
}

/** The role the page's main heading (or title) names, for the members of a team page. */
function pageRole(page: Page): string {
  const h1 = page.lines.find((l) => l.block.tag === 'H1')?.text ?? page.title;
  const m = ROLE_WORD.exec(h1);
  return m ? m[0] : 'Team';
}

/** "Notar Dr. Paul Stein", "Kanzlei Eva Roth": the profession and the owner's name. */
export function professionName(text: string): { role: string; name: string } | null {
  const prof = PROFESSION.exec(text.trim());
  if (!prof || text.length > 70) return null;
  const parsed = parseName(text.trim().slice(prof[0].length), { lenient: true });
  const practice = /kanzlei|praxis|logop|therapie|fotografie|studio|cabinet|beratung/i.test(prof[0]);
  // A practice word names a firm; only a known first name after it makes the rest its owner: "Studio
  // Legale Carnemolla" and "Cabinet Conseil Dupont" name a firm's kind, "Kanzlei Eva Roth" a person.
  if (!parsed || (practice && !isFirstName(givenName(parsed.name)))) return null;
  return { role: practice ? OWNER : prof[0].trim(), name: parsed.name };
}

/** "Mein Name ist …", "operated by …"; in a long paragraph only its first 400 characters count. */
export function ownerSentence(scan: PeopleScan, i: number): void {
  const text = scan.lines[i]!.text;
  const long = text.length > MAX_SENTENCE_CHARS;
  const sentence = SENTENCE.exec(long ? text.slice(0, MAX_SENTENCE_CHARS) : text);
  if (sentence) readNameList(nameAfter(text, sentence)).slice(0, 1).forEach((n) => scan.add(n, OWNER, long ? CONFIDENCE.sentenceInProse : CONFIDENCE.sentence, i));
}

/**
 * "founded in 1968 by …", "fondata dal Maestro Artigiano Luigi Grifoni", "gegründet von …": the founder
 * named in an about page's prose, in the languages of the corpus.
 */
const FOUNDED = /(?:founded|established|gegr[üu]ndet|fond[ée]e?|fondat[oa]|fundad[oa]|opgericht|grundlagt|grundad|za[łl]o[żz]on[aey]|zalo[žz]en[aáy]?)(?:\s(?:[iwv]|in|im|en|nel|em)\s\d{4})?,?\s(?:by|von|par|da|dal|dalla|dallo|dai|por|door|af|av|przez)\s/i;
/** Words looked through after "founded by" for the founder's first name (titles and trades come first). */
const FOUNDER_LOOKAHEAD = 6;
const FOUNDER = 'Founder';

/** The founder's name in the words after "founded by": from the first known first name, the longest name. */
function founderAfter(words: readonly string[]): string | null {
  for (let k = 0; k < Math.min(words.length, FOUNDER_LOOKAHEAD); k++) {
    if (!isFirstName(words[k]!)) continue;
    for (let end = Math.min(words.length, k + 4); end >= k + 2; end--) {
      const name = parseName(words.slice(k, end).join(' '));
      if (name) return name.name;
    }
  }
  return null;
}

export function founderSentence(scan: PeopleScan, i: number): void {
  const text = scan.lines[i]!.text;
  const m = FOUNDED.exec(text.length > MAX_SENTENCE_CHARS ? text.slice(0, MAX_SENTENCE_CHARS) : text);
  if (!m) return;
  // The name ends at a comma, a bracket or the end of the sentence.
  const words = nameAfter(text, m).split(/[,;(]/)[0]!.trim().split(' ');
  const name = founderAfter(words);
  if (name) scan.add(name, FOUNDER, CONFIDENCE.sentenceInProse, i);
}

/** "Naam Els Peeters", "Nom : Jean Martin". */
export function nameField(scan: PeopleScan, i: number): void {
  const text = scan.lines[i]!.text;
  const label = NAME_LABEL.exec(text);
  const name = label && parseName(text.slice(label[0].length));
  if (name) scan.add(name.name, roleAbove(scan.lines, i) ?? 'Kontakt', CONFIDENCE.nameLabel, i);
}

/** The § 5 provider block: a person's name among the first lines is the owner or the contact. */
export function providerBlock(scan: PeopleScan, i: number): void {
  const { lines } = scan;
  const text = lines[i]!.text;
  if (text.length >= 200 || !PROVIDER.test(text)) return;
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    const name = scan.nameAt(j);
    if (name) {
      // "Rezan Yilmaz / Autoreinigung Yilmaz": the business below is named after its owner.
      const owner = isOwnersBusiness(name, lines[j + 1]?.text ?? '');
      scan.add(name, owner ? OWNER : 'Inhaber / Kontakt', CONFIDENCE.provider, j);
      // A trading name that reads like a name ("Beispiel Automaten") may stand above the owner's.
      const below = j === i + 1 && !owner ? scan.nameAt(j + 1) : null;
      if (below) scan.add(below, 'Inhaber / Kontakt', CONFIDENCE.provider, j + 1);
      return;
    }
    if (/\d/.test(lines[j]!.text)) return;
  }
}

export function profession(scan: PeopleScan, i: number): void {
  const found = professionName(scan.lines[i]!.text);
  if (found) scan.add(found.name, found.role, CONFIDENCE.profession, i);
}

/** A signature under a sign-off ("Regards,"). */
export function signature(scan: PeopleScan, i: number): void {
  const text = scan.lines[i]!.text;
  if (text.length >= 40 || !SIGN_OFF.test(text)) return;
  const name = scan.nameAt(i + 1);
  if (name) scan.add(name, roleAbove(scan.lines, i) ?? sectionRole(scan.lines, i) ?? 'Signatory', CONFIDENCE.signature, i + 1);
}

const PHONE_TAIL = /^\+?[\d\s/().-]{7,}$/;

/** "Mgr. Nika Horáková +420 604 486 386": a name, then the person's number on the same line. */
function nameWithNumber(text: string): string | null {
  if (text.length > 100) return null;
  const at = text.search(/[+\d]/);
  if (at < 4 || !PHONE_TAIL.test(text.slice(at))) return null;
  const name = parseName(text.slice(0, at))?.name;
  // Labels with numbers ("VAT registered 123…", "Auf Anfrage 0171…") read like names too: a known first name decides.
  return name && isFirstName(givenName(name)) ? name : null;
}

/**
 * A contact card: a name (with degrees), then a phone or e-mail line; also behind a label of its
 * own: "Bestellungen: Kari Nordmann", then her e-mail.
 */
export function contactCard(scan: PeopleScan, i: number, own: string | null): void {
  const line = scan.lines[i]!;
  const withNumber = nameWithNumber(line.text);
  if (withNumber) scan.add(withNumber, 'Kontakt', CONFIDENCE.contactCard, i);
  const next = scan.lines[i + 1]?.text ?? '';
  const labelled = !own && line.text.length < 120 ? LABELLED.exec(line.text) : null;
  const person = own ?? (labelled ? (parseName(line.text.slice(labelled[0].length))?.name ?? null) : null);
  // A heading over a phone line without a label may name a service ("Asesoría Directa"): a known first name decides, as above.
  const vouched = labelled || own === null || isFirstName(givenName(person ?? ''));
  if (person && vouched && line.block.tag !== 'H1' && CONTACT_LINE.test(next)) scan.add(person, labelled ? cleanRole(labelled[0]) : 'Kontakt', CONFIDENCE.contactCard, i);
}

/** Team pages: a name heading followed by its bio, or repeated. */
export function teamBio(scan: PeopleScan, i: number, own: string | null): void {
  const line = scan.lines[i]!;
  const next = scan.lines[i + 1]?.text ?? '';
  if (!scan.aboutPage || !own || (next !== line.text && !/^(?:H[2-6]|FIGCAPTION|DT|STRONG|B)$/.test(line.block.tag))) return;
  const first = own.split(' ').find((t) => !t.endsWith('.')) ?? '';
  if (next !== line.text && (first.length <= 1 || !next.slice(0, 300).includes(first))) return;
  // A topic heading repeats its own words in lower case below ("Alamat Utama" / "Alamat kantor utama …");
  // a bio does not write the person's surname in lower case.
  const rest = own.split(' ').slice(1).filter((w) => w.length > 2 && !w.endsWith('.'));
  if (rest.some((w) => new RegExp(String.raw`(?<!\p{L})${w.toLowerCase()}(?!\p{L})`, 'u').test(next.slice(0, 300)))) return;
  // The bio's first sentence may state the role ("… is a co-founder of X"); "joined the team" does not.
  const stated = next === line.text ? null : ROLE_WORD.exec(next.slice(0, 300).split(FULL_STOP)[0]!)?.[0];
  if (stated) scan.add(own, stated, CONFIDENCE.teamBio, i);
  else if (scan.teamPage) scan.add(own, pageRole(scan.page), CONFIDENCE.teamBio, i);
}
