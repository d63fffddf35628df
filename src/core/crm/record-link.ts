/**
 * The link that opens a pushed record in the CRM, as a connector reads it from an answer or builds it:
 * only an absolute http(s) address is kept, so a receiver cannot put a javascript: or data: link into
 * the popup or the lead list. Every connector passes its record URL through here.
 */
export function recordLink(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2_000) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
