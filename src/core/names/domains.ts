/**
 * Registrable domains ("shop.acme.co.uk" -> "acme.co.uk") from the Public Suffix List through tldts:
 * one reading for the engine (whose domains are the organisation's own) and for leads (website keys).
 */
import { parse } from 'tldts';

/** The registrable domain of a host or URL; the host itself for IP addresses and intranet names; null for nothing. */
export function registrableDomain(hostOrUrl: string): string | null {
  const parsed = parse(hostOrUrl.trim().toLowerCase());
  if (parsed.domain) return parsed.domain;
  const host = parsed.hostname;
  return host && (parsed.isIp || !host.includes('.')) ? host : null;
}

/** The label that names the site: "shop.acme.co.uk" -> "acme"; the first label when there is no registrable domain. */
export function domainLabel(host: string): string {
  const parsed = parse(host.trim().toLowerCase());
  return parsed.domainWithoutSuffix ?? (parsed.hostname ?? host).split('.')[0] ?? '';
}
