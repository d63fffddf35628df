import { getDomain, getHostname } from 'tldts';

/**
 * The registrable domain a site's leads are filed under ("shop.acme.co.uk" -> "acme.co.uk");
 * hosts without a public suffix (IP addresses, intranet names) stand for themselves.
 */
export function siteDomain(url: string): string {
  const host = getHostname(url) ?? '';
  if (!host) return '';
  return (getDomain(url, { allowPrivateDomains: false }) ?? host).toLowerCase();
}
