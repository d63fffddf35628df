/**
 * How each country prints a company-register entry on one line of text. Every reader returns the
 * number the way the corpus records it: with its register type ("HRB 41736", "FN 284613z",
 * "VR 204517", "B 736 829 144" after "RCS Nanterre") and, where the line names it, the court.
 */
import { checkBE, checkCH, checkDK, checkNO, luhn } from '../vat-id/checksums';
import { readNationalId } from './national-ids';

export interface RegisterHit {
  number: string;
  court: string | null;
  /** false where the number only fits a format (no check digit, no unambiguous label). */
  strong: boolean;
}

type Reader = (text: string) => RegisterHit | null;

const DE_NUMBER = /\b(HRB|HRA|VR|GnR|GsR|PR|PartR)[\s-]?(?:Nr\.?\s?)?(\d(?:[ .]?\d){0,7})(?:\s?(B|HB|KI|FL|HL|PI|OL|EL|P)\b)?/;
const DE_CONTEXT = /register|gericht|\bAG\b|eingetragen|Verein/i;
const DE_COURT = /\b(Amtsgericht|Registergericht|Landgericht|AG)\s(?:[:\s]\s?)?([A-ZÄÖÜ][\wäöüß.-]*(?:\s(?:am|an der|in der|im|i\.\s?Br\.|i\.\s?d\.\s?OPf\.|\(Oder\)|\(Saale\)|[A-ZÄÖÜ][\wäöüß-]*)){0,3})/;

/** "Amtsgericht Bonn", "AG Bonn" (expanded), "Registergericht: Landau". */
export function readCourt(text: string): string | null {
  const m = DE_COURT.exec(text);
  if (m) {
    const place = m[2]!.replace(/\s(?:HRB|HRA|VR|GnR|PR|unter|Nr|Handelsregister|Vereinsregister|Register\w*)\b.*$/, '').trim();
    if (/^(?:Amtsgericht|Registergericht)/.test(place)) return place;
    return `${m[1] === 'AG' || m[1] === 'Registergericht' ? 'Amtsgericht' : m[1]} ${place}`;
  }
  // "Landesgericht Wiener Neustadt": the place may be two words.
  const at = /\b((?:Landes|Handels)gericht(?:\sf[üu]r\sZRS)?\s[A-ZÄÖÜ][\wäöüß-]*(?:\s[A-ZÄÖÜ][\wäöüß-]*)?)/.exec(text);
  return at ? at[1]!.replace(/\s(?:FN|Firmenbuch\w*|Handelsregister|Register\w*)$/, '') : null;
}

/** "eingetragen im Vereinsregister … unter der Nummer 1234": the register names the type. */
const DE_BARE = /\b(Vereinsregister|Genossenschaftsregister|Partnerschaftsregister)(?:nummer|[\s-]?Nr\.?)?\D{0,60}?(?:Nr\.?|Nummer|unter|:)\s*(\d{2,7})\b/i;
const BARE_TYPE: Record<string, string> = { vereinsregister: 'VR', genossenschaftsregister: 'GnR', partnerschaftsregister: 'PR' };

const readGerman: Reader = (text) => {
  const m = DE_NUMBER.exec(text);
  if (!m) {
    const bare = DE_BARE.exec(text);
    return bare ? { number: `${BARE_TYPE[bare[1]!.toLowerCase()]} ${bare[2]}`, court: readCourt(text), strong: true } : null;
  }
  const type = m[1]!;
  const number = m[2]!.replace(/[ .]/g, '');
  // Short type codes also occur in running text ("VR-Bank", "PR-Agentur"): they need a register word.
  if (type !== 'HRB' && type !== 'HRA' && !DE_CONTEXT.test(text)) return null;
  if (number.length < 2) return null;
  return { number: `${type} ${number}${m[3] ? ` ${m[3]}` : ''}`, court: readCourt(text), strong: true };
};

const AT_FN = /\b(?:FN|Firmenbuch(?:nummer|[\s-]?Nr)?)[\s:.]*(?:FN\s?)?(\d{1,6})\s?([a-z])\b/i;

const readAustrian: Reader = (text) => {
  const m = AT_FN.exec(text);
  if (!m) return null;
  return { number: `FN ${m[1]}${m[2]!.toLowerCase()}`, court: readCourt(text), strong: true };
};

const CH_LABEL = /Handelsregister|Firmennummer|Registre du commerce|Registro di commercio|Firmen-?Nr|IDE\b|IDI\b/i;
const CH_UID = /\bCHE[\s\-‐‑–]?(\d{3})[.\s]?(\d{3})[.\s]?(\d{3})\b/;
const CH_OLD = /\bCH[\s-]?\d{3}\.\d\.\d{3}\.\d{3}-\d\b/;

const readSwiss: Reader = (text) => {
  if (!CH_LABEL.test(text)) return null;
  const m = CH_UID.exec(text);
  if (m) return { number: `CHE-${m[1]}.${m[2]}.${m[3]}`, court: null, strong: checkCH(`${m[1]}${m[2]}${m[3]}`) };
  const old = CH_OLD.exec(text);
  return old ? { number: old[0], court: null, strong: true } : null;
};

const UK_LABEL =
  /\b(?:registered in (?:england|scotland|wales|northern ireland|ireland)|company (?:registration )?(?:number|no\b)|company reg(?:istration|\.)? ?(?:number|no\b)|registration (?:number|no\b)|registered (?:company )?(?:number|no\b)|companies house|CRO\b(?: number| no\b)?|company no\.)/i;
const UK_NUMBER = /^(?:SC|NI|OC|SO|NC|R0|FC|GE|LP|SL|IP|RC|NF|NP|IC|ZC|SE|CE|CS)?\d{5,8}$/;

const readCompanyNumber: Reader = (text) => {
  const m = UK_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  for (const token of rest.split(/[\s:#,;()]+/).slice(0, 8)) {
    const t = token.replace(/\.$/, '');
    if (UK_NUMBER.test(t.toUpperCase())) return { number: t.toUpperCase(), court: null, strong: true };
  }
  return null;
};

const FR_RCS = /\bR\.?\s?C\.?\s?S\.?(?=[\s:])/;
const FR_SIREN = /\b(?:SIREN|SIRET)\s?(?:n°|no\.?|:)?\s*(?::\s*)?(\d{3}\s?\d{3}\s?\d{3}(?:\s?\d{5})?)\b/i;

const readFrench: Reader = (text) => {
  const rcs = FR_RCS.exec(text);
  if (rcs) {
    const rest = text.slice(rcs.index + rcs[0].length, rcs.index + rcs[0].length + 80);
    const m = /^[\s:]*((?:\p{Lu}[\p{L}\d'-]*\s){0,3}?)(?:([AB])\s)?(\d{3}\s?\d{3}\s?\d{3})\b/u.exec(rest);
    if (m) {
      const siren = m[3]!.replace(/\s/g, '');
      const city = m[1]!.trim();
      return { number: `${m[2] ? `${m[2]} ` : ''}${m[3]}`, court: city ? `RCS ${city}` : 'RCS', strong: luhn(siren) };
    }
    // "123 456 789 RCS Paris": the number comes first.
    const before = /(\d{3}\s?\d{3}\s?\d{3})\s?$/.exec(text.slice(Math.max(0, rcs.index - 16), rcs.index).trimEnd());
    if (before) {
      const city = /^\s*(\p{Lu}[\p{L}\d'-]*)/u.exec(text.slice(rcs.index + rcs[0].length));
      return { number: before[1]!, court: city ? `RCS ${city[1]}` : 'RCS', strong: luhn(before[1]!.replace(/\s/g, '')) };
    }
  }
  const s = FR_SIREN.exec(text);
  if (!s) return null;
  // The register number is the SIREN; a SIRET is the SIREN plus a 5-digit establishment number.
  const digits = s[1]!.replace(/\s/g, '');
  const siren = digits.length === 14 ? digits.slice(0, 9) : s[1]!;
  return { number: siren, court: null, strong: luhn(digits) };
};

const NL_KVK = /\b(?:KvK|K\.v\.K\.|Kamer van Koophandel)(?:[\s-]?(?:nummer|nr|number|no))?[\s:.#-]*(\d{8})\b/i;
/** The old form with the chamber's town: "KvK Arnhem nr. 09094924". */
const NL_KVK_TOWN = /\bKvK [a-z]{3,21} (?:nr|no)\.? ?(\d{8})\b/i;
const BE_KBO = /\b(?:KBO|BCE|RPR|RPM|ondernemingsnummer|num[ée]ro d'entreprise|n° d'entreprise|enterprise number)(?:[\s-]?(?:nummer|nr|n°|no))?[\s:.#-]*(?:BE\s?)?([01]\d{3}[.\s]?\d{3}[.\s]?\d{3})\b/i;
const DK_CVR = /\bCVR(?:[\s-]?(?:nr|nummer|no))?[\s:.#-]*(?:DK\s?)?(\d{8}|\d{2}\s\d{2}\s\d{2}\s\d{2})\b/i;
const NO_ORG = /\bOrg(?:anisasjons)?\.?[\s-]?(?:nr|nummer)[\s:.#-]*(?:NO\s?)?(\d{3}\s?\d{3}\s?\d{3})\b/i;
const IN_CIN = /\b[LU]\d{5}[A-Z]{2}\d{4}(?:PLC|PTC|GOI|SGC|FTC|NPL|OPC|GAP|GAT|ULL|ULT|FLC)\d{6}\b/;
const IT_REA = /\bR\.?E\.?A\.?(?:\sn\.?)?[\s:]*([A-Z]{2})\s?[–—-]?\s?(\d{5,7})\b/;

const readOthers: Reader = (text) => {
  const kvk = NL_KVK.exec(text) ?? NL_KVK_TOWN.exec(text);
  if (kvk) return { number: kvk[1]!, court: 'KvK', strong: true };
  const kbo = BE_KBO.exec(text);
  if (kbo) return { number: kbo[1]!, court: null, strong: checkBE(kbo[1]!.replace(/\D/g, '').padStart(10, '0')) };
  const cvr = DK_CVR.exec(text);
  if (cvr) {
    const d = cvr[1]!.replace(/\s/g, '');
    return { number: d, court: null, strong: checkDK(d) };
  }
  const org = NO_ORG.exec(text);
  if (org) {
    const d = org[1]!.replace(/\s/g, '');
    return { number: d, court: null, strong: checkNO(d) };
  }
  const cin = IN_CIN.exec(text);
  if (cin) return { number: cin[0], court: null, strong: true };
  const rea = IT_REA.exec(text);
  if (rea) return { number: `${rea[1]} ${rea[2]}`, court: null, strong: true };
  return null;
};

/** Readers in order of how specific their pattern is. */
export const REGISTER_READERS: readonly Reader[] = [readGerman, readAustrian, readSwiss, readFrench, readCompanyNumber, readNationalId, readOthers];
