/**
 * The number a WhatsApp click-to-chat link opens (wa.me/…, api.whatsapp.com/send?phone=…): always the
 * international form without its "+", though pages write it with the brackets and spaces of the shown
 * number ("phone=55(81)994687170", "wa.me/49%20171%201234567").
 */
const CHAT_LINK = /^https?:\/\/(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send\/?\?(?:[^#]*&)?phone=)([^&#?/]{6,40})/iu;
const SEPARATORS = /[\s().+-]/gu;
const DIGITS = /^\d{6,15}$/u;

/** The digits of the number `href` opens a chat with, or null when it is no WhatsApp chat link. */
export function whatsappDigits(href: string): string | null {
  const m = CHAT_LINK.exec(href);
  if (!m) return null;
  let raw = m[1]!;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A stray "%" leaves the number as written.
  }
  const digits = raw.replace(SEPARATORS, '');
  return DIGITS.test(digits) ? digits : null;
}
