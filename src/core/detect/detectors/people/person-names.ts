/**
 * What a person's name looks like: two to four capitalised words, optional particles (von, van,
 * de, aus der), hyphenated parts, initials and academic titles. Everything that merely looks like
 * a name (placeholders, company names, streets, headings) is rejected by word lists.
 */
import { isFirstName, isHangulFullName } from '../../../names/first-names';
import { ROLE_WORD, trimPunctuation } from './role-labels';

/** Titles before a name that the scorer folds away or that belong to the name as written ("Dr. med."). */
const KEEP_TITLE = /^(?:Dr\.?|Prof\.?|Mag\.?(?:a|\(FH\))?|Ing\.?|DI|DI\(FH\)|Dr\.med\.?|med\.|dent\.|vet\.|rer\.|nat\.|pol\.|phil\.|jur\.|oec\.|h\.c\.|PD|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau)$/i;
/**
 * Academic and courtesy titles of other countries, dropped like the ones above: Spanish/Latin-American
 * (Lic., Lcda., Dra., Mtra., Mtro., Arq., Ing.ª), Czech/Slovak (Mgr., Bc., MUDr., JUDr., PhDr., RNDr.,
 * MVDr., PaedDr.), Polish in lower case ("dr", "dr hab.", "mgr", "lek.", "inż.", "n. prawn."), Portuguese (Dr.ª, Enf.), Indian (Shri, Smt.).
 */
const OTHER_TITLES = String.raw`(?:Lic|Lcd[oa]|Dra|Mtr[oa]|Arq|Mgr|Bc|MUDr|JUDr|PhDr|RNDr|MVDr|PaedDr|Enf|Shri|Smt)\.?|Dr\.ª|dr|mgr|lek\.|inż\.|hab\.|n\.|prawn\.|med\.`;
const GLUED_TITLE = /^((?:Dr|Mr|Mrs|Ms|Prof|Mgr|Ing)\.)(?=\p{Lu})/u;

/** Titles the page shows but the name is recorded without. */
const DROP_TITLE = new RegExp(String.raw`^(?:Dr\.-[\p{L}.]+|(?:Mw\.)?Prof\.\s?dr\.(?:\s?ir\.)?|dr\.\s?ir\.|Dipl[\p{L}.-]*|Mw\.[\p{L}.]*|Mevr\.?|Dhr\.?|ir\.|drs\.|mr\.|Me|Maître|M\.|Mme|Sir|Dame|Sra?\.|Dña\.|Dott\.(?:ssa)?|Avv\.|\([^)]*\)|[A-Z][\p{L}.]*\.[A-Z][\p{L}.]*|${OTHER_TITLES})$`, 'u');
/** Degrees after a name: "Dipl.-Päd.", "MBA", "Reg.Mem.BACP", "M.Sc.", "Esq.". */
const POST_NOMINAL = /^(?:Dipl[\p{L}.-]*|MBA|MSc|BSc|BA|MA|Ph\.?D\.?|LL\.?M\.?|M\.\s?Sc\.?|B\.\s?Sc\.?|M\.A\.|B\.A\.|Jr\.?|Sr\.?|Esq\.?|\p{L}+\.[\p{L}.]+|[A-Z]{2,6})$/u;
/**
 * Letters of honours and memberships after a comma, as the Commonwealth writes them: "SAN", "FCIArb",
 * "CEng", "FCIArb (UK)" — capitals with at most a short lower-case tail, a country in brackets.
 */
const LETTERS_AFTER = /^[A-Z][A-Za-z]{0,3}[A-Z][a-z]{0,3}(?:\s\([A-Z]{2,3}\))?$/;
// A legal form after the comma ("Max Muster, GmbH") names a company, not a degree.
export const postNominal = (part: string) => POST_NOMINAL.test(part) || (LETTERS_AFTER.test(part) && !NOT_NAME.has(part.toLowerCase()));

/** Degrees that start a course's name ("MSc Data Science", "BSc Betriebsökonomie"). */
const DEGREE_FIRST = /^(?:MSc|BSc|MBA|PhD|MA|BA|MEng|BEng|LLM|LLB)$/;

const PARTICLE = /^(?:von|van|vom|der|den|de|del|della|di|da|das|dos|du|zu|zum|zur|aus|ter|ten|te|le|la|af|av|bin|al|el|y|e)$/;

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*$/u;
/** "P.", "P.-A.", and initials written together as the Dutch and British do: "P.A.", "J.H.M.". */
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.){0,3}$/u;
/** "Mª" (María), "Fº": a given name abbreviated with an ordinal indicator, written like an initial. */
const ORDINAL_ABBREVIATION = /^\p{Lu}[ªº]$/u;
/** Articles that open headings, never a person's name: "La Junta Directiva", "El Equipo", "The Board", "Η Ομάδα Μας". */
const LEADING_ARTICLE = /^(?:La|Las|Los|El|Les|The|Il|Gli|Het|Η|Ο|Οι|Το|Τα)$/;
/** Letters in brackets after a name: "(SAN)", "(MRS)"; a remark in words ("(blokk A)") is not part of it. */
const BRACKETED_REMARK = /\s\(\p{Lu}{2,6}\)/gu;
/** A maiden or former name in brackets inside the name: "Старовойтова (Химченко) Галина", "Anna (Berg) Lund". */
const BRACKETED_NAME = /\s\(\p{Lu}\p{Ll}+\)(?=\s)/gu;
/** Where a comma-separated run of dotted degrees starts: " B.A., …". */
const DEGREE_RUN = /\s[\p{L}.]+\.,/u;
const INITIAL_PARTICLE = /^\p{Lu}\.(?:de|van|von)$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]+$/u;

/** Capitalised words that are never part of a person's name on a contact page. */
const NOT_NAME = new Set(
  (
    'impressum angaben facebook twitter youtube instagram linkedin xing tiktok pinterest whatsapp github mastodon vimeo flickr ' +
    'soziale social kontakt team home startseite über uns about us our the and und für of office info links useful gmbh ag kg ug ohg ' +
    'gbr mbh ltd limited inc llc plc sarl sas sa bv nv aps as ab oy e.k. e.v. straße strasse str str. weg platz gasse allee ring damm ' +
    'road street avenue lane rue chemin telefon telephone phone fax email mail e-mail web website internet tel mobil mobile adresse ' +
    'address anschrift haftung datenschutz privacy policy cookies cookie copyright rechte vorbehalten alle all rights reserved news ' +
    'blog aktuelles galerie gallery shop menu menü login search suche mehr more read lesen jetzt now hier here facilities ' +
    'manufacturing holding systems management marketing sales support öffnungszeiten sprechzeiten anfahrt bürozeiten montag dienstag ' +
    'mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday januar februar märz april ' +
    'mai juni juli august september oktober november dezember january february march may june july october december welcome ' +
    'willkommen bienvenue mentions légales legal notice disclaimer terms conditions agb vision mission werte values history ' +
    'geschichte projekte projects referenzen newsletter download downloads presse press karriere careers jobs stellenangebote ' +
    'partners sponsoren sponsors mitglieder members board leadership équipe contactez nous neem op kontakta oss os vores lidt besøg ' +
    'galleri kalender wien vienna berlin münchen hamburg köln zürich paris london deutschland österreich schweiz germany austria ' +
    'switzerland europe europa bank volksbank raiffeisenbank iban bic finanzamt handelsregister hosting design webdesign foto fotos ' +
    'photo photos bild bilder quelle quellen logopädische praxisteam company firma firm clinic hotel restaurant café cafe bäckerei ' +
    'pharmacy salon studio stiftung school university universität institut institute academy akademie center centre club society eg ' +
    'software digital media agency name vorname nachname first last surname prénom nom naam navn nombre apellido mustermann ' +
    'musterfrau beispiel doe lorem ipsum dolor sit amet quis autem nihil angebot angebote produkte products preise prices termin ' +
    'box termine buchen associates inquiries enquiries relations información contacto jméno příjmení imię nazwisko nome ' +
    'sobrenome etunimi sukunimi förnamn efternamn'
  ).split(' '),
);

/** Endings of German/English compound nouns that no surname has: "Internetagentur", "Netzwerke". */
const NOT_NAME_SUFFIX = /(?:agentur|unternehmen|netzwerke?|verein|gesellschaft|gruppe|technik|systeme|zentrum|praxis|kanzlei|verband|versicherung|sparkasse|schule|klinik|apotheke|brauerei|tion|heit|keit|schaft|ismus|ungen|gerichts?|kammer|ministerium|beh[öo]rde|verwaltung|b[üu]ro|services?|solutions|group|consulting|lassung|ology|ologie|olog[íi]a)$/i;

export interface NameOptions {
  /** Accept an all-lower-case surname or an all-caps name (team cards, headings). */
  lenient?: boolean;
}

export interface ParsedName {
  /** The name as recorded: titles kept where they are part of the written name. */
  name: string;
  /** Number of real name words (without titles and particles). */
  words: number;
}

/** Reads `text` as exactly one person's name, or null. */
export function parseName(raw: string, opts: NameOptions = {}): ParsedName | null {
  // "Dr.Gautam Daftary", "Mr.Girish Bakre": a title glued to the name.
  let text = trimPunctuation(raw.replace(/\s+/g, ' ').replace(GLUED_TITLE, '$1 ').replace(BRACKETED_REMARK, '').replace(BRACKETED_NAME, ''));
  // "John Doe, CPA", "Jane Roe, MBA, PhD": degrees after a comma are not part of the name.
  const comma = text.indexOf(',');
  if (comma > 0 && text.slice(comma + 1).split(',').every((d) => postNominal(d.trim()))) text = text.slice(0, comma);
  // A long run of degrees after the name ("… B.A., M.PHIL., PhD., LL.B., LL.M, B.L.") is cut at the first one.
  if (text.length > 60) text = text.slice(0, Math.max(0, text.search(DEGREE_RUN)));
  if (!text || text.length > 60 || /[\d@/\\|<>[\]{}=_#*+]/.test(text)) return null;
  // Cheap exits before the per-word checks: a name is a few words, and begins with a capital or a title.
  const first = text.charCodeAt(0);
  const tokens = text.split(' ');
  // (A lower-case start is a title at most: "dr Edyta Bielak".)
  if (tokens.length > 8 || (first >= 97 && first <= 122 && !DROP_TITLE.test(tokens[0]!))) return null;
  if (HANGUL_START.test(text)) return hangulName(tokens);
  const kept: string[] = [];
  let words = 0;
  let i = 0;
  // Titles first.
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A title written in lower case ("dr Edyta") is not written as part of the name.
    if (KEEP_TITLE.test(t) && !LOWER_WORD.test(t)) kept.push(t);
    // "J.H. van Dijk": initials are the given name, not a title like "Dr.-Ing.".
    else if (DROP_TITLE.test(t) && !INITIAL.test(t) && i < tokens.length - 2) continue;
    else break;
  }
  let mixed = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    // Checked with and without a final dot: "e.V." and "GmbH," both say this is no person.
    if (NOT_NAME.has(lower) || NOT_NAME.has(lower.replace(/[.,]$/, '')) || NOT_NAME_SUFFIX.test(t.slice(-13)) || ROLE_WORD.test(t)) return null;
    if (words === 0 && LEADING_ARTICLE.test(t)) return null;
    if (words >= 1 && i === tokens.length - 1 && POST_NOMINAL.test(t) && !NAME_WORD.test(t)) break;
    // Degrees after the name, comma-separated without a comma before them: "Bafewa Sanni LL.B., B.L", "Omaegbu Esq, LL.B.".
    const degree = t.endsWith(',') ? t.slice(0, -1) : t;
    if (words >= 2 && ((POST_NOMINAL.test(degree) && degree.includes('.')) || /^Esq\.?,?$/.test(t))) break;
    // "J. de Vries": after initials a particle opens the family name.
    if ((words > 0 || INITIAL.test(kept.at(-1) ?? '')) && PARTICLE.test(t)) {
      kept.push(t);
      continue;
    }
    // "Páncsicsné Dr. Varju Anna": a Hungarian married name puts the title after the husband's name.
    if (words === 1 && KEEP_TITLE.test(t) && !LOWER_WORD.test(t) && i < tokens.length - 2) {
      kept.push(t);
      continue;
    }
    if (INITIAL.test(t) || INITIAL_PARTICLE.test(t) || ORDINAL_ABBREVIATION.test(t)) {
      kept.push(t);
      continue;
    }
    // "MSc Data Science": a degree in front is a course, not a name.
    if (words === 0 && DEGREE_FIRST.test(t)) return null;
    if (NAME_WORD.test(t) && t.length <= (t.includes('-') ? 26 : 18)) {
      if (t.length === 1 || t !== t.toUpperCase()) mixed++;
      words++;
      kept.push(t);
      continue;
    }
    // "Jens hansen": a lower-case surname only as the last of two words, and only on a card.
    if (opts.lenient && words === 1 && i === tokens.length - 1 && LOWER_WORD.test(t)) {
      words++;
      kept.push(t);
      continue;
    }
    return null;
  }
  // Trailing degrees: "Werner Bux Dipl.-Päd.", "Sarah Baker Reg.Mem.BACP".
  if ((words < 2 && !initialled(kept, words)) || (words > 4 && !doubleGivenName(kept, words))) return null;
  if (mixed === 0 && !opts.lenient) return null;
  if (PARTICLE.test(kept[kept.length - 1]!)) return null;
  if (echoedName(kept)) return null;
  return { name: kept.join(' '), words };
}

/** "P.A. Soeter", "J. de Vries": initials in front of one family name stand for the given names. */
function initialled(kept: string[], words: number): boolean {
  const given = kept.find((w) => !KEEP_TITLE.test(w));
  return words === 1 && given !== undefined && INITIAL.test(given) && NAME_WORD.test(kept.at(-1)!);
}

/**
 * Iberian names run to five words when the given name is double and both family names are written:
 * "Ángel Luis Felipe Suárez Puente". Five capitalised words are a name only when two known given
 * names open them; a heading of five words seldom starts so.
 */
function doubleGivenName(kept: string[], words: number): boolean {
  const named = kept.filter((w) => NAME_WORD.test(w) && !KEEP_TITLE.test(w));
  return words === 5 && named.length >= 2 && isFirstName(named[0]!) && isFirstName(named[1]!);
}

const HANGUL_START = /^[\uac00-\ud7a3]/;

/** "이선우", "이선우 대표변호사": a Korean name in one word, the role words after it dropped. */
function hangulName(tokens: string[]): ParsedName | null {
  if (!isHangulFullName(tokens[0]!)) return null;
  const rest = tokens.slice(1);
  return rest.every((t) => ROLE_WORD.exec(t)?.[0] === t) ? { name: tokens[0]!, words: 2 } : null;
}

/**
 * The stock name of Russian-language forms and templates builds every part from one given name:
 * "Иванов Иван Иванович", "Петров Пётр". (Not so in the Nordic countries, where "Hans Hansen" and
 * "Peter Petersen" are everyday real names.)
 */
function echoedName(kept: string[]): boolean {
  const parts = kept.filter((w) => NAME_WORD.test(w) && w.length > 1 && CYRILLIC_WORD.test(w)).map((w) => w.toLowerCase().replace(/ё/g, 'е'));
  if (parts.length < 2) return false;
  const stems = parts.filter((w) => w.length <= 6).sort((a, b) => a.length - b.length);
  const stem = stems[0];
  return !!stem && stem.length >= 3 && parts.every((w) => w.startsWith(stem)) && parts.some((w) => w !== stem);
}

const LIST_SPLIT = /,|;|\s[/–—]\s|\s&\s|\s(?:und|and|et|en|og|y|e|sowie|as well as)\s/i;

/** "Max Muster, Erika Beispiel und Dr. A. B" → the names in order; stops at the first part that is not one. */
export function readNameList(text: string, opts: NameOptions = {}): string[] {
  const out: string[] = [];
  const cleaned = text.replace(/\([^)]{0,60}\)/g, ' ').replace(/\s+/g, ' ').trim();
  for (const raw of cleaned.split(LIST_SPLIT).slice(0, 8)) {
    const part = raw.trim();
    if (!part) continue;
    const parsed = parseName(part, opts) ?? parseNameBeforeLabel(part, opts);
    if (parsed) {
      out.push(parsed.name);
      continue;
    }
    // A role word after the names ("…, Geschäftsführer") ends the list without spoiling it.
    break;
  }
  return out;
}

/** Words after which a name may end on the same line: sole-trader suffixes and contact labels. */
const NAME_END = /^(?:e\.\s?K(?:fm|fr)?\.?|e\.\s?U\.?|Inh\.?|Tel\.?|Telefon|Phone|Fax|Mobil|E-?Mail|Registergericht|Amtsgericht|Handelsregister|Registernummer|Ust-?IdNr\.?|Anschrift|Adresse|Address)$/i;

/** "Max Muster e.K.", "Erika Roth Telefon …": the name in front of a label that ends it. */
function parseNameBeforeLabel(part: string, opts: NameOptions): ParsedName | null {
  const tokens = part.split(' ');
  const end = tokens.findIndex((t, i) => i >= 2 && NAME_END.test(t));
  return end > 0 ? parseName(tokens.slice(0, end).join(' '), opts) : null;
}

/**
 * Whether a known first name stands first or, in the family-name-first order of Hungarian (and
 * romanised East Asian) names, last: "Anna Roth", "Kovács Eszter". The last word counts only on a page
 * in such a language or after a surname written in capitals ("AGBOKOU Paul"): elsewhere "Ekspansi Tim"
 * is a heading whose last word happens to be a first name.
 */
export function hasKnownGivenName(name: string, isFirst: (word: string) => boolean, familyFirst = true): boolean {
  let words = name.split(' ').filter((w) => !w.endsWith('.') && !KEEP_TITLE.test(w));
  if (words.length === 0) return false;
  if (isFirst(words[0]!) || isHangulFullName(words[0]!)) return true;
  // East Slavic names carry a patronymic after the given name, in either order: "Олег Алексеевич Бурдюк",
  // "Бурдюк Олег Алексеевич". Without it the given name stands where the rest of the name puts it.
  if (words.length === 3 && PATRONYMIC.test(words[2]!)) words = words.slice(0, 2);
  const surnameInCapitals = words[0]!.length > 1 && words[0] === words[0]!.toUpperCase() && words.at(-1) !== words.at(-1)!.toUpperCase();
  // Cyrillic lists write the family name first as a matter of course ("Брухан Татьяна").
  return words.length > 1 && (familyFirst || surnameInCapitals || CYRILLIC.test(words[0]!)) && isFirst(words.at(-1)!);
}

/** Russian, Ukrainian and Belarusian patronymics: "-ович/-евич/-ич", "-овна/-евна/-ична/-івна". */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:[оеє]вич|[оеє]вна|ич|ична|інічна|[іїи]вна)$/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

/** The first word of a recorded name that is not a title or an initial: "Dr. Anna Roth" -> "Anna". */
export function givenName(name: string): string {
  return name.split(' ').find((w) => !w.endsWith('.') && !KEEP_TITLE.test(w)) ?? '';
}

/** Whether `name` is written into `other` (company name, street) as its own words. */
export function containsName(other: string, name: string): boolean {
  const norm = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  return norm(other).includes(norm(name));
}
