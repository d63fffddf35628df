/**
 * Business identifiers outside the German-speaking registers, each read behind its own label and
 * checked with the country's check digit from `stdnum` (maintained validators in the python-stdnum
 * tradition): Finnish Y-tunnus, Czech and Slovak IČO, Brazilian CNPJ, Swedish organisationsnummer,
 * Polish KRS and REGON, Australian ACN; and UK charity numbers, which have no check digit.
 * A labelled number whose check digit fails is kept as printed, but weakly.
 */
import { validate as validateAcn } from 'stdnum/lib/esm/au/acn';
import { validate as validateCnpj } from 'stdnum/lib/esm/br/cnpj';
import { validate as validateIco } from 'stdnum/lib/esm/cz/ico';
import { validate as validateYtunnus } from 'stdnum/lib/esm/fi/ytunnus';
import { validate as validateRegon } from 'stdnum/lib/esm/pl/regon';
import { validate as validateOrgnr } from 'stdnum/lib/esm/se/orgnr';
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

const IDS: readonly NationalId[] = [
  { label: /\b(?:Y-tunnus|Y-tunnukse\p{L}*|Yritystunnus|FO-nummer|Business ID)\b/iu, number: /^\D{0,25}\b(\d{7}-\d)\b/u, keep: asPrinted, check: isValid(validateYtunnus) },
  // "IČ", "IČO", "IČ:" but not the "IČ" inside "DIČ" (the VAT number).
  { label: /(?<!\p{L})I[ČC]O?(?!\p{L})|Identifikační číslo/u, number: /^\D{0,12}(\d(?: ?\d){7})(?!\d)/u, keep: digitsOnly, check: isValid(validateIco) },
  { label: /\bCNPJ\b/iu, number: /^\D{0,12}(\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2})\b/u, keep: asPrinted, check: isValid(validateCnpj) },
  { label: /\b(?:org\.?\s?nr|organisationsnummer)\b/iu, number: /^\D{0,12}\b(\d{6}-?\d{4})\b/u, keep: asPrinted, check: isValid(validateOrgnr) },
  { label: /\bKRS\b/u, number: /^\D{0,12}\b(\d{10})\b/u, keep: asPrinted },
  { label: /\bREGON\b/u, number: /^\D{0,12}\b(\d{9}(?:\d{5})?)\b/u, keep: asPrinted, check: isValid(validateRegon) },
  { label: /\bA\.?C\.?N\.?(?![\p{L}\d])/u, number: /^\D{0,12}\b(\d{3} ?\d{3} ?\d{3})\b/u, keep: digitsOnly, check: isValid(validateAcn) },
  { label: /\b(?:registered )?charity (?:no\b\.?|number|reg(?:istration|\.)?(?: number| no\b\.?)?)/iu, number: /^\D{0,12}?\b((?:SC|NI)?\d{6,7}(?:-\d)?)\b/u, keep: asPrinted },
];

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
