/** Research reads only the company's own site: pages on the same registrable domain as the one it started from. */
import { registrableDomain } from '../names/domains';

const IP_OR_LOCAL_NAME = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:.]+\]|[^.]+)$/i;

/**
 * The site of a web address: its registrable domain ("https://shop.acme.co.uk/x" -> "acme.co.uk").
 * An IP address or an intranet name has no public suffix to share, so there the origin's host and
 * port are the site (two servers on one machine are two sites). Null for no web address.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.hostname) return null;
  if (IP_OR_LOCAL_NAME.test(parsed.hostname)) return parsed.host;
  return registrableDomain(parsed.hostname);
}

/** Both addresses belong to one site: "www.acme.de" and "shop.acme.de" do, "acme.de" and "acme.com" do not. */
export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}
