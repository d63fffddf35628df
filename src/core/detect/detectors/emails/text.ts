/**
 * E-mail addresses in one line of text, including the ways people hide them from harvesters:
 * "info [at] firma [punkt] de", "name(at)domain.com", "info @ firma.de" (an "@" set apart by markup),
 * "kristine (at) example (dot) no", reversed text shown right-to-left, and "_REMOVETHIS" markers.
 * Works token by token on a line that is already capped in length, so it stays linear.
 */

import { parse } from 'tldts';

/** Anchored: applied to one candidate at a time, never scanned over page text. */
const EMAIL = /^[a-z0-9](?:[\w%+-]|\.(?!\.)){0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}$/;
const FILE_SUFFIX = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|mjs|json|php|html?|pdf|woff2?|ttf)$/;
/** Anti-harvester markers inserted into a real address: "webmaster_ReMoVeThIs@…", "info.nospam@…". */
const SPAM_MARKER = /[._-]?(?:remove[._-]?this|remove[._-]?me|delete[._-]?this|no[._-]?spam|anti[._-]?spam|spam[._-]?free|dont[._-]?spam)[._-]?/gi;

export function normaliseEmail(raw: string): string | null {
  let s = raw.trim().replace(/^mailto:/i, '');
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  s = s.trim().toLowerCase().replace(SPAM_MARKER, (m, offset: number, all: string) => {
    // Keep a separator when the marker sat between two parts of the name ("a.nospam.b").
    const before = all[offset - 1];
    const after = all[offset + m.length];
    return before && after && before !== '@' && after !== '@' && /[._-]/.test(m[0]!) && /[._-]/.test(m.at(-1)!) ? m[0]! : '';
  });
  if (s.endsWith('.invalid')) s = s.slice(0, -'.invalid'.length);
  if (s.length > 254 || !EMAIL.test(s) || FILE_SUFFIX.test(s)) return null;
  return s;
}

/** Addresses that forms and templates show as examples, never anyone's real contact. */
const PLACEHOLDER_LOCAL = /^(?:name|your|you|yourname|your\.name|youremail|your-email|email|e-mail|mail|user|username|firstname|vorname|max\.mustermann|maxmustermann|john\.doe|johndoe|jane\.doe|joe|test|someone|somebody|nom|jan\.jansen)$/;
/**
 * "etunimi.sukunimi@firma.fi", "vorname.nachname@…", "firstname.lastname@…": how the staff's addresses
 * are built, on the organisation's real domain, written in the words for given and family name of the
 * pages' languages. Nobody's mailbox.
 */
const NAME_PATTERN_LOCAL =
  /^(?:first|firstname|given|givenname|name|vorname|prenom|prénom|nombre|nome|voornaam|fornavn|förnamn|fornamn|etunimi|eesnimi|imie|imię|jmeno|jméno|meno|vards|vārds|vardas|keresztnev|ime)[._-](?:last|lastname|surname|familyname|nachname|nom|apellido|apellidos|cognome|sobrenome|achternaam|etternavn|efternavn|efternamn|sukunimi|perekonnanimi|nazwisko|prijmeni|příjmení|priezvisko|uzvards|uzvārds|pavarde|pavardė|vezeteknev|vezetéknév|prezime)$/;
const PLACEHOLDER_DOMAIN = /^(?:(?:[\w-]+\.)?example\.[a-z.]+|(?:your-?)?domain\.[a-z.]+|yourcompany\.[a-z.]+|company\.(?:com|co|net|org)|email\.com|mail\.com|e-?mail\.de|beispiel\.[a-z.]+|musterfirma\.[a-z.]+|mustermann\.[a-z.]+|muster\.[a-z.]+|test\.[a-z.]+|schmoe\.com|website\.com|sentry\.io|[\w-]*\.?wixpress\.com)$/;

export function isPlaceholderEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (PLACEHOLDER_DOMAIN.test(domain) || NAME_PATTERN_LOCAL.test(local)) return true;
  return PLACEHOLDER_LOCAL.test(local) && /^(?:mail|email|domain|example|web|site|firma|company|test)\./.test(domain);
}

export interface TextEmail {
  email: string;
  /** Written with [at]/(dot) words, spaced out, or reversed: a little less certain than a plain address. */
  obfuscated: boolean;
}

/** Bracketed "at" / "dot" words: unambiguous, replaced wherever they occur. */
const BRACKET_AT = /\s?[[({<]\s?(?:at|ät|@|arroba|chez|snabel-a|klammeraffe)\s?[\])}>]\s?/gi;
const BRACKET_DOT = /\s?[[({<]\s?(?:dot|punkt|point|punto|punt|prik|\.)\s?[\])}>]\s?/gi;
const AT_WORD = /^(?:at|ät|@|＠|arroba)$/i;
const DOT_WORD = /^(?:dot|punkt|point|punto|punt|prik|\.)$/i;
const DELIMS = /[\s<>()[\]{},;:"'|!?*\\]+/;
const LABEL_CHARS = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const LOCAL_CHAR = /[\w.%+-]/;
const TRAILING_PUNCT = /[.,;:)]/;

/** The address-like end of a word: "E-Mail:info" -> "info". */
function localTail(word: string): string {
  let i = word.length;
  while (i > 0 && LOCAL_CHAR.test(word[i - 1]!)) i--;
  return word.slice(i);
}

function stripTrailing(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCT.test(word[end - 1]!)) end--;
  return word.slice(0, end);
}

function trimDots(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && /[.\-_]/.test(s[start]!)) start++;
  while (end > start && /[.\-_]/.test(s[end - 1]!)) end--;
  return s.slice(start, end);
}

export function reversed(s: string): string {
  return Array.from(s).reverse().join('');
}

/** Country codes and the common generic endings: enough to tell "firma.de" from its mirror "ed.amrif". */
const COMMON_TLD = /^(?:[a-z]{2}|com|org|net|info|biz|edu|gov|int|mil|name|pro|aero|coop|museum|online|site|shop|store|tech|app|dev|email|agency|studio|design|digital|media|group|company|gmbh|berlin|hamburg|koeln|bayern|wien|swiss|paris|london|nyc|cloud|page|blog|art|law|legal|health|immo|haus|bio|eco|one|world|global|team|work|works|solutions|services|consulting|partners|club|life|live|news|social|network|systems|software)$/;

export function plausibleTld(email: string): boolean {
  return COMMON_TLD.test(email.slice(email.lastIndexOf('.') + 1));
}

function icannTld(label: string): boolean {
  return parse(`x.${label}`).isIcann === true;
}

/**
 * "info@firma.seSvar": the address and the next text run without a space between them (two inline
 * elements). The Public Suffix List tells the real ending: a capitalised word glued to a known
 * top-level domain, together an unknown one, is cut off.
 */
export function unglueTld(token: string): string {
  const dot = token.lastIndexOf('.');
  if (dot < token.lastIndexOf('@')) return token;
  const glued = /^(\p{Ll}{2,})\p{Lu}\p{L}*$/u.exec(token.slice(dot + 1));
  if (!glued || icannTld(token.slice(dot + 1).toLowerCase()) || !icannTld(glued[1]!)) return token;
  return token.slice(0, dot + 1 + glued[1]!.length);
}

/** Plain tokens with an "@": the common case, and reversed (right-to-left trick) addresses. */
function plainTokens(text: string, out: TextEmail[]) {
  for (const token of text.split(DELIMS)) {
    if (!token.includes('@') || token.length > 300) continue;
    // "https://user@host" is a URL's user part, and "…@2x.png" an image name.
    if (token.includes('//')) continue;
    const clean = unglueTld(trimDots(token));
    const email = normaliseEmail(clean);
    const back = normaliseEmail(reversed(clean));
    // A mirrored address ("ed.amrif@ofni") is usually invalid forwards; when both read, the ending decides.
    if (email && (plausibleTld(email) || !back || !plausibleTld(back))) out.push({ email, obfuscated: false });
    else if (back) out.push({ email: back, obfuscated: true });
  }
}

/**
 * "info @ firma.de", "info at firma dot de": an address spread over several words. A bare "at"
 * counts only when the domain is written with a "dot" word too, so "visit us at www.firma.de" stays text.
 */
function spreadTokens(text: string, out: TextEmail[]) {
  const words = text.split(' ').filter(Boolean);
  for (let i = 1; i < words.length - 1; i++) {
    const at = words[i]!;
    if (!AT_WORD.test(at)) continue;
    const bareAt = /^[a-zä]/i.test(at);
    const local = localTail(words[i - 1]!);
    if (!local) continue;
    let domain = '';
    let usedDotWord = false;
    let j = i + 1;
    const first = stripTrailing(words[j]!);
    if (!/^[a-z0-9.-]+$/i.test(first)) continue;
    domain = first;
    while (j + 2 < words.length && DOT_WORD.test(words[j + 1]!) && LABEL_CHARS.test(stripTrailing(words[j + 2]!))) {
      domain += `.${stripTrailing(words[j + 2]!)}`;
      usedDotWord = true;
      j += 2;
    }
    if (bareAt && !usedDotWord) continue;
    const email = normaliseEmail(`${trimDots(local)}@${trimDots(domain)}`);
    if (email) out.push({ email, obfuscated: true });
  }
}

const HINT = /@|＠|\bat\b|ät|arroba/i;

/** Every address a reader would see in this line of text. */
export function emailsInText(line: string): TextEmail[] {
  if (!HINT.test(line)) return [];
  const out: TextEmail[] = [];
  const text = line.replace(/＠/g, '@');
  plainTokens(text, out);
  // Undo the obfuscations, then read again: anything new was hidden.
  const opened = text.replace(BRACKET_AT, ' @ ').replace(BRACKET_DOT, ' . ');
  spreadTokens(opened, out);
  if (opened !== text) {
    for (const e of joinBracketed(opened)) if (!out.some((o) => o.email === e)) out.push({ email: e, obfuscated: true });
  }
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(e.email) && seen.add(e.email));
}

/** After "[at]" / "(dot)" became " @ " / " . ": glue the spaced parts back ("info @ firma . de"). */
function joinBracketed(opened: string): string[] {
  const squeezed = opened.replace(/ ?([@.]) ?/g, '$1');
  const found: TextEmail[] = [];
  plainTokens(squeezed, found);
  return found.filter((f) => !f.obfuscated).map((f) => f.email);
}
