/**
 * Tax ids outside the EU VAT system that the corpus records as the organisation's VAT id: the
 * Australian ABN, the Indian GSTIN and the Venezuelan RIF, checked with `stdnum`'s maintained validators.
 */
import { validate as validateAbn } from 'stdnum/lib/esm/au/abn';
import { validate as validateGstin } from 'stdnum/lib/esm/in/gstin';
import { validate as validateRif } from 'stdnum/lib/esm/ve/rif';
import type { VatCheck } from './checksums';

const NATIONAL: Record<string, { format: RegExp; validate: (v: string) => { isValid: boolean } }> = {
  AU: { format: /^\d{11}$/, validate: validateAbn },
  IN: { format: /^\d{2}[A-Z]{5}\d{4}[A-Z][\dA-Z]Z[\dA-Z]$/, validate: validateGstin },
  // "RIF. J-00247269-3": a letter for the kind of taxpayer (J a company, G the state, V/E/P persons), nine digits.
  VE: { format: /^[VEJPG]\d{9}$/, validate: validateRif },
};

/** 'valid' or 'invalid' for a compact id in the country's own format, null when it is not in that format. */
export function checkNationalTaxId(country: string, compact: string): VatCheck | null {
  const rule = NATIONAL[country];
  if (!rule || !rule.format.test(compact)) return null;
  return rule.validate(compact).isValid ? 'valid' : 'invalid';
}
