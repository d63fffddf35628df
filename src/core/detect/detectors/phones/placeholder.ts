/**
 * Numbers that templates and forms print as placeholders, never a real line: a subscriber part of one
 * repeated digit ("+41 79 000 00 00", "+1 847 555 5555").
 */
const SUBSCRIBER_DIGITS = 7;

export function isPlaceholderNumber(nationalNumber: string): boolean {
  const tail = nationalNumber.slice(-SUBSCRIBER_DIGITS);
  return tail.length === SUBSCRIBER_DIGITS && /^(\d)\1+$/.test(tail);
}
