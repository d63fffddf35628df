import { isRepeatedDigit } from '../../../text/digit-runs';

/**
 * Numbers that templates and forms print as placeholders, never a real line: a subscriber part of one
 * repeated digit ("+41 79 000 00 00", "+1 847 555 5555").
 */
const SUBSCRIBER_DIGITS = 7;

export function isPlaceholderNumber(nationalNumber: string): boolean {
  return isRepeatedDigit(nationalNumber.slice(-SUBSCRIBER_DIGITS), SUBSCRIBER_DIGITS);
}
