/**
 * Digit strings that templates, forms and people making up data print, never a real number: one digit
 * repeated ("000 000 000", "555 5555") or digits counted up or down ("12345678", "98765"). Phones, register
 * numbers and the report's fake-data signals all ask the same question, so it is answered here once.
 */

const COUNTING_UP = '01234567890123456789';
const COUNTING_DOWN = '98765432109876543210';

/** `digits` (digits only) is one digit repeated, at least `minLength` long. */
export function isRepeatedDigit(digits: string, minLength = 2): boolean {
  return digits.length >= minLength && /^(\d)\1+$/.test(digits);
}

/** `digits` (digits only) counts up or down by one, wrapping after 9 or 0, at least `minLength` long. */
export function isCountingRun(digits: string, minLength: number): boolean {
  return digits.length >= minLength && (COUNTING_UP.includes(digits) || COUNTING_DOWN.includes(digits));
}
