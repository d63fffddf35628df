/**
 * What may be stored and exported as a website or a profile: an http(s) address, or a bare host the rep
 * typed ("www.example.de"). Any other scheme (javascript:, data:, file:, mailto:) is refused wherever a
 * value enters a lead or leaves it, because exports are opened by other programs that follow the link.
 */

/** A scheme in front of the value ("javascript:", "data:", "https:"), lower-cased, or null for a bare host. */
function schemeOf(value: string): string | null {
  // "host:8080/path" is a host with a port, not a scheme: a scheme is never followed by digits only.
  const m = /^([a-z][a-z0-9+.-]*):(?!\d+(?:[/?#]|$))/i.exec(value);
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether `value` is a web address: http(s) with a host, or a bare host with an optional path. */
export function isWebAddress(value: string): boolean {
  const text = value.trim();
  if (!text || /\s/.test(text)) return false;
  const scheme = schemeOf(text);
  if (scheme === null) return /^[a-z0-9\u00a1-\uffff-]+(?:\.[a-z0-9\u00a1-\uffff-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(text);
  if (scheme !== 'http' && scheme !== 'https') return false;
  try {
    return new URL(text).hostname.length > 0;
  } catch {
    return false;
  }
}

/** The value as a link another program may open ("https://" before a bare host), or null when it is no web address. */
export function webLink(value: string): string | null {
  const text = value.trim();
  if (!isWebAddress(text)) return null;
  return schemeOf(text) ? text : `https://${text}`;
}
