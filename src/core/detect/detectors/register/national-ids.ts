/**
 * Business identifiers outside the German-speaking registers, each read behind its own label and
 * checked with the country's check digit from `stdnum` (maintained validators in the python-stdnum
 * tradition): Finnish Y-tunnus, Czech and Slovak IČO, Brazilian CNPJ, Swedish and Norwegian organisation numbers,
 * Polish KRS and REGON, Australian ACN, Russian ОГРН/ОГРНИП, Ukrainian ЄДРПОУ, Belarusian УНП,
 * Portuguese NIPC, Italian codice fiscale of a company; Kazakh БИН and UK charity numbers, which `stdnum` does not check.
 * A labelled number whose check digit fails is kept as printed, but weakly.
 */
import { validate as validateAcn } from 'stdnum/lib/esm/au/acn';
import { validate as validateCnpj } from 'stdnum/lib/esm/br/cnpj';
import { validate as validateIco } from 'stdnum/lib/esm/cz/ico';
import { validate as validateYtunnus } from 'stdnum/lib/esm/fi/ytunnus';
import { validate as validateRegon } from 'stdnum/lib/esm/pl/regon';
import { validate as validateOrgnr } from 'stdnum/lib/esm/se/orgnr';
import { validate as validateNoOrgnr } from 'stdnum/lib/esm/no/orgnr';
import { validate as validateEdrpou } from 'stdnum/lib/esm/ua/edrpou';
import { validate as validateUnp } from 'stdnum/lib/esm/by/unp';
import { validate as validateNipc } from 'stdnum/lib/esm/pt/nipc';
import { validate as validateIva } from 'stdnum/lib/esm/it/iva';
import type { RegisterHit } from './patterns';

interface NationalId {
  /** The label, in the languages the country prints it in. */
  label: RegExp;
  /** The number as printed right after the label (first capture group). */
  number: RegExp;
  /** How the number is recorded: as printed, or its digits only. */
  keep: (printed: string) => string;
  /** The check digit, where the identifier has one. */
  check?: (number: string) => boolean;
}

/** How far after its label the number may stand ("Y-tunnus / Business ID: 0615521-4"). */
const LABEL_REACH = 40;
const digitsOnly = (s: string) => s.replace(/\D/g, '');
const asPrinted = (s: string) => s.trim();
const isValid = (validate: (v: string) => { isValid: boolean }) => (v: string) => validate(v).isValid;

/**
 * Russian primary state registration number: 13 digits (ОГРН) or 15 (ОГРНИП, a sole trader's); the
 * last digit is the rest of the others modulo 11 (13 for ОГРНИП), modulo 10. `stdnum` has no reader.
 */
function checkOgrn(printed: string): boolean {
  const d = printed.replace(/\D/g, '');
  if (d.length !== 13 && d.length !== 15) return false;
  const body = BigInt(d.slice(0, -1));
  const mod = d.length === 13 ? 11n : 13n;
  return Number((body % mod) % 10n) === Number(d.at(-1));
}

const IDS: readonly NationalId[] = [
  { label: /\b(?:Y-tunnus|Y-tunnukse\p{L}*|Yritystunnus|FO-nummer|Business ID)\b/iu, number: /^\D{0,25}\b(\d{7}-\d)\b/u, keep: asPrinted, check: isValid(validateYtunnus) },
  // "IČ", "IČO", "IČ:" but not the "IČ" inside "DIČ" (the VAT number).
  { label: /(?<!\p{L})I[ČC]O?(?!\p{L})|Identifikační číslo/u, number: /^\D{0,12}(\d(?: ?\d){7})(?!\d)/u, keep: digitsOnly, check: isValid(validateIco) },
  { label: /\bCNPJ\b/iu, number: /^\D{0,12}(\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2})\b/u, keep: asPrinted, check: isValid(validateCnpj) },
  { label: /\b(?:org\.?\s?nr|organisationsnummer)\b/iu, number: /^\D{0,12}\b(\d{6}-?\d{4})\b/u, keep: asPrinted, check: isValid(validateOrgnr) },
  // Norwegian organisasjonsnummer, nine digits often grouped in threes ("Org: 912 199 568", "Org.nr. 946024627").
  { label: /(?<![\p{L}.])(?:Org|ORG|org\.?\s?nr|organisasjonsnummer|foretaksnummer)(?!\p{L})/u, number: /^\D{0,12}\b(\d{3} ?\d{3} ?\d{3})(?![\d-])/u, keep: digitsOnly, check: isValid(validateNoOrgnr) },
  { label: /(?<!\p{L})ОГРН(?:ИП)?(?!\p{L})/u, number: /^\D{0,12}(\d{13}(?:\d{2})?)(?!\d)/u, keep: asPrinted, check: checkOgrn },
  { label: /ЄДРПОУ|\bEDRPOU\b/iu, number: /^\D{0,12}(\d{8})(?!\d)/u, keep: asPrinted, check: isValid(validateEdrpou) },
  { label: /(?<!\p{L})(?:УНП|UNP)(?!\p{L})/u, number: /^\D{0,12}(\d{9})(?!\d)/u, keep: asPrinted, check: isValid(validateUnp) },
  { label: /(?<!\p{L})(?:БИН|BIN)(?!\p{L})/u, number: /^\D{0,12}(\d{12})(?!\d)/u, keep: asPrinted },
  // An Italian company's codice fiscale: 11 digits, its number in the Registro delle Imprese (a person's has letters).
  { label: /(?<!\p{L})(?:C\.\s?F\.|Cod(?:ice)?\.?\s?Fisc(?:ale)?\.?)/iu, number: /^\D{0,12}(\d{11})(?!\d)/u, keep: digitsOnly, check: isValid(validateIva) },
  { label: /\bNIPC\b/u, number: /^\D{0,12}(\d{3} ?\d{3} ?\d{3})(?!\d)/u, keep: digitsOnly, check: isValid(validateNipc) },
  { label: /\bKRS\b/u, number: /^\D{0,12}\b(\d{10})\b/u, keep: asPrinted },
  { label: /\bREGON\b/u, number: /^\D{0,12}\b(\d{9}(?:\d{5})?)\b/u, keep: asPrinted, check: isValid(validateRegon) },
  { label: /\bA\.?C\.?N\.?(?![\p{L}\d])/u, number: /^\D{0,12}\b(\d{3} ?\d{3} ?\d{3})\b/u, keep: digitsOnly, check: isValid(validateAcn) },
  { label: /\b(?:registered )?charity (?:no\b\.?|number|reg(?:istration|\.)?(?: number| no\b\.?)?)/iu, number: /^\D{0,12}?\b((?:SC|NI)?\d{6,7}(?:-\d)?)\b/u, keep: asPrinted },
];

/** Longest line that is only a national identifier's label ("ОГРН", "Код ЄДРПОУ:"), its number on the next line. */
const MAX_LABEL_LINE = 30;

/** True for a line that holds nothing but the label of a national identifier. */
export function isNationalIdLabel(text: string): boolean {
  return text.length <= MAX_LABEL_LINE && !/\d/.test(text) && IDS.some((id) => id.label.test(text));
}

/** A national business identifier on the line, behind its label. */
export function readNationalId(text: string): RegisterHit | null {
  for (const id of IDS) {
    const label = id.label.exec(text);
    if (!label) continue;
    const from = label.index + label[0].length;
    const m = id.number.exec(text.slice(from, from + LABEL_REACH));
    if (!m) continue;
    const number = id.keep(m[1]!);
    return { number, court: null, strong: id.check ? id.check(m[1]!) : true };
  }
  return null;
}
