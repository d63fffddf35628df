/**
 * The organisation's VAT id (USt-IdNr., UID, MWST, TVA, IVA, BTW, VAT No., Moms, NIF …), written
 * compactly with its country prefix. A value counts when a label stands in front of it or when it
 * carries a country prefix and a correct check digit; the check digit separates real numbers from
 * placeholders, tax numbers (Steuernummer) and bank data.
 */
import type { Detector, DetectContext } from '../detector';
import { shorten } from '../detector';
import { sourceAt, type Block, type Page } from '../page';
import { isOrganization, textProps } from '../structured';
import type { AnyCandidate } from '../types';
import { AUTHORITY, CREDITS, GENERAL_PARTNER, thirdPartyKinds } from '../context/third-party';
import { checkES, checkVat, VAT_PREFIX, type VatCheck } from './vat-id/checksums';
import { checkNationalTaxId } from './vat-id/national-tax-ids';

/**
 * Labels of VAT ids. "Steuernummer", "Steuer-ID" and "tax number" are deliberately absent: those
 * are national tax numbers, not VAT ids; so is the Danish "CVR", whose bare number is the register
 * entry (the VAT id only when printed as "DK…", which the prefix rule below reads). Each label may hint at the countries that use it.
 */
const VAT_LABEL =
  /\b(?:USt\.?[\s-]?Id(?:ent)?\.?(?:[\s-]?Nr\.?|[\s-]?Nummer)?|Umsatzsteuer[\s-]?(?:Identifikations[\s-]?(?:nummer|nr\.?)|ID(?:[\s-]?Nr\.?)?)|UID(?:[\s-]?(?:Nr\.?|Nummer))?|M(?:WST|ehrwertsteuer)(?:[\s-]?(?:Nr\.?|Nummer))?|MwSt\.?[\s-]?(?:Nr\.?|Nummer)|(?:N°|No|Num[ée]ro)?\s?(?:de\s)?TVA(?:\sintra(?:communautaire)?)?|(?:Partita|P\.)\s?IVA|IVA|BTW(?:[\s-]?(?:nummer|nr\.?|id))?|VAT(?:\s?(?:Reg(?:istration|istered|\.)?|ID|No\.?|Number|Nr\.?))*|Moms(?:[\s-]?(?:nr\.?|nummer))?|SE[\s-]nr\.?|MVA|N\.\s?I\.\s?F\.?|NIF|C\.\s?I\.\s?F\.?|CIF|DIČ|IČ\s?DPH|NIP|ALV(?:-tunnus|-nro|-numero)?|ABN|GSTIN|RIF)(?=[\s:.#°/()-]|$)/i;

/** A run of characters that may belong to a VAT id written with spaces, dots or dashes. */
const TOKEN = /[A-Z0-9][A-Z0-9.\-‐‑–]*/gi;
const SEPARATORS = /[.\-‐‑–]/g;
const NO_MVA = /\b(?:NO\s?)?(\d{3}\s?\d{3}\s?\d{3})\s?MVA\b/;
const IBAN_LINE = /\b(?:IBAN|BIC|SWIFT|Konto|BLZ)\b/i;

/** By the check digit: a valid one leaves no doubt; a format without a check digit less; a wrong one barely. */
const CONFIDENCE = {
  labelled: { valid: 0.9, 'format-only': 0.75, invalid: 0.55 },
  structured: { valid: 0.9, 'format-only': 0.75, invalid: 0.5 },
  /** Norway's "923 609 016 MVA", the label after the number. */
  norwegianMva: 0.85,
  /** An unlabelled id with its country prefix and a correct check digit. */
  unlabelled: 0.6,
  /** The agency's, the chamber's, the general partner's id. */
  thirdParty: 0.3,
};

/** How many tokens after a label are searched, and how many are joined into one value. */
const MAX_TOKENS = 12;
const MAX_JOIN = 5;

interface Reading {
  value: string;
  check: VatCheck;
}

/** Labels of one country's tax id: "DIČ" (CZ/SK), "IČ DPH" (SK), "NIP" (PL), "ALV" (FI), "ABN" (AU), "GSTIN" (IN), "RIF" (VE). */
const NATIONAL_LABEL_COUNTRY: readonly [RegExp, readonly string[]][] = [
  [/^DIČ/i, ['CZ', 'SK']],
  [/^IČ\s?DPH/i, ['SK']],
  [/^NIP/i, ['PL']],
  [/^ALV/i, ['FI']],
  [/^ABN/i, ['AU']],
  [/^GSTIN/i, ['IN']],
  [/^RIF/i, ['VE']],
];

/** Page-level country hints for numbers printed without their prefix. */
function bareCountries(page: Page, ctx: DetectContext, label: string): string[] {
  const out: string[] = [];
  if (ctx.country) out.push(ctx.country);
  if (/^(?:USt|Umsatzsteuer)/i.test(label)) out.push('DE', 'AT');
  if (/^UID/i.test(label)) out.push('AT', 'CH');
  if (/^MWST/i.test(label)) out.push('CH');
  if (/^(?:Moms|SE)/i.test(label)) out.push('DK');
  if (/^MVA/i.test(label)) out.push('NO');
  if (/IVA/i.test(label) && /\.it$/.test(page.host)) out.push('IT');
  if (/^VAT/i.test(label) && /\.uk$/.test(page.host)) out.push('GB');
  const national = NATIONAL_LABEL_COUNTRY.find(([re]) => re.test(label));
  if (national) out.push(...national[1]);
  return out;
}

/** Reads the first VAT id among the tokens of `text`. */
function readVat(text: string, countries: readonly string[], spanishLabel: boolean): Reading | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && tokens.length < MAX_TOKENS; m = TOKEN.exec(text)) {
    tokens.push(m[0].replace(SEPARATORS, '').toUpperCase());
  }
  let weak: Reading | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!/\d/.test(tokens[i]!) && !/^[A-Z]{2,3}$/.test(tokens[i]!)) continue;
    let compact = '';
    for (let j = i; j < tokens.length && j < i + MAX_JOIN; j++) {
      compact += tokens[j]!;
      if (compact.length > 18) break;
      const reading = readCompact(compact, countries, spanishLabel);
      if (reading?.check === 'valid') return reading;
      if (reading && !weak) weak = reading;
    }
    if (weak) return weak;
  }
  return weak;
}

function readCompact(compact: string, countries: readonly string[], spanishLabel: boolean): Reading | null {
  if (/^[A-Z]{2}/.test(compact)) {
    const check = checkVat(compact);
    if (check === 'invalid') {
      // Format right, check digit wrong: still the number the page gives, but only just.
      return /^(?:DE\d{9}|ATU\d{8}|CHE\d{9}|NL\d{9}B\d{2}|BE[01]\d{9}|FR\w{2}\d{9}|IT\d{11}|GB\d{9}|DK\d{8})$/.test(compact)
        ? { value: compact, check }
        : spanishLabel && checkES(compact) ? { value: compact, check: 'valid' } : null;
    }
    return { value: compact.replace(/(?<=^CHE\d{9})(?:MWST|TVA|IVA|VAT)$/, ''), check };
  }
  if (spanishLabel && checkES(compact)) return { value: compact, check: 'valid' };
  for (const cc of countries) {
    // Tax ids outside the EU are recorded as the country prints them, without a prefix.
    const national = checkNationalTaxId(cc, compact);
    if (national) return { value: compact, check: national };
    const prefixed = `${VAT_PREFIX[cc] ?? cc}${compact}`;
    if (checkVat(prefixed) === 'valid') return { value: prefixed, check: 'valid' };
  }
  return null;
}

function fromStructured(page: Page): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  for (const item of page.structured) {
    if (!isOrganization(item)) continue;
    for (const raw of [...textProps(item, 'vatID'), ...textProps(item, 'taxID')]) {
      const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
      const reading = readCompact(compact, [], false);
      if (!reading) continue;
      out.push({
        field: 'vatId',
        value: reading.value,
        confidence: CONFIDENCE.structured[reading.check],
        source: { method: item.method, snippet: shorten(item.snippet) },
      });
    }
  }
  return out;
}

/** A line holding nothing but a label sends the reader to the next line for the value. */
function valueText(page: Page, index: number, rest: string): string {
  if (/\d/.test(rest)) return rest;
  const next = page.lines[index + 1];
  return next && next.section === page.lines[index]!.section ? `${rest} ${next.text.slice(0, 120)}` : rest;
}

function fromLines(page: Page, ctx: DetectContext): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  page.lines.forEach((line, index) => {
    const text = line.text;
    if (IBAN_LINE.test(text)) return;
    const label = VAT_LABEL.exec(text);
    if (label) {
      const rest = valueText(page, index, text.slice(label.index + label[0].length, label.index + label[0].length + 160));
      const spanish = /N\.?\s?I\.?\s?F|C\.?\s?I\.?\s?F/i.test(label[0]);
      const countries = bareCountries(page, ctx, label[0].trim());
      let reading = readVat(rest, countries, spanish);
      // "Umsatzsteuer-Identifikationsnummer gemäß §27 a UStG:" and the number on the next line.
      const next = page.lines[index + 1];
      if (!reading && /:\s*$/.test(text) && next && next.section === line.section) reading = readVat(next.text.slice(0, 120), countries, spanish);
      if (reading) {
        const base = CONFIDENCE.labelled[reading.check];
        out.push(candidate(reading.value, inThirdPartyBlock(page, index) ? CONFIDENCE.thirdParty : base, 'labelled-text', text, line.block));
        return;
      }
    }
    // Norway writes the label after the number: "Org.nr. 923 609 016 MVA".
    const mva = NO_MVA.exec(text);
    if (mva) {
      const value = `NO${mva[1]!.replace(/\s/g, '')}MVA`;
      if (checkVat(value) === 'valid') out.push(candidate(value, inThirdPartyBlock(page, index) ? CONFIDENCE.thirdParty : CONFIDENCE.norwegianMva, 'labelled-text', text, line.block));
      return;
    }
    // An unlabelled id needs its country prefix and a correct check digit; "CHE-123.456.789 MWST" ends up here too.
    if (text.length > 1_000 || !/\b(?:DE|ATU|CHE|NL|BE|FR|IT|GB|DK|ES|LU)[\s\-‐‑–]?\d/.test(text)) return;
    const reading = readVat(text, [], false);
    if (reading?.check === 'valid' && /^(?:DE|ATU|CHE|NL|BE|FR|IT|GB|DK|ES|LU)/.test(reading.value)) {
      out.push(candidate(reading.value, inThirdPartyBlock(page, index) ? CONFIDENCE.thirdParty : CONFIDENCE.unlabelled, 'free-text', text, line.block));
    }
  });
  return out;
}

function candidate(value: string, confidence: number, method: 'labelled-text' | 'free-text', text: string, el: Block): AnyCandidate {
  return { field: 'vatId', value, confidence, source: sourceAt({ method, snippet: shorten(text) }, el) };
}

/** Somebody else's VAT id: the agency's, the chamber's, the general partner's. */
function inThirdPartyBlock(page: Page, index: number): boolean {
  return (thirdPartyKinds(page, index) & (CREDITS | AUTHORITY | GENERAL_PARTNER)) !== 0;
}

export const vatIdDetector: Detector = {
  id: 'vat-id',
  detect(page, ctx) {
    return [...fromStructured(page), ...fromLines(page, ctx)];
  },
};
