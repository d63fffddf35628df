/**
 * Registrable domains ("shop.acme.co.uk" -> "acme.co.uk") from the Public Suffix List through tldts:
 * one reading for the engine (whose domains are the organisation's own) and for leads (website keys).
 */
import { parse } from 'tldts';

type IResult = ReturnType<typeof parse>;

/**
 * Hosts read lately: a page names the same few hosts in every link and e-mail, and the engine asks for
 * them from several detectors; a Public Suffix List lookup costs more than the map. Emptied when full.
 */
const MAX_REMEMBERED = 2_000;
const parsedHosts = new Map<string, IResult>();

function parsed(hostOrUrl: string): IResult {
  const key = hostOrUrl.trim().toLowerCase();
  let result = parsedHosts.get(key);
  if (!result) {
    if (parsedHosts.size >= MAX_REMEMBERED) parsedHosts.clear();
    result = parse(key);
    parsedHosts.set(key, result);
  }
  return result;
}

/** The registrable domain of a host or URL; the host itself for IP addresses and intranet names; null for nothing. */
export function registrableDomain(hostOrUrl: string): string | null {
  const p = parsed(hostOrUrl);
  if (p.domain) return p.domain;
  const host = p.hostname;
  return host && (p.isIp || !host.includes('.')) ? host : null;
}

const privateSuffixHosts = new Map<string, boolean>();

/**
 * "acme.github.io", "shop.myshopify.com", "site.yolasite.com": a host under a suffix the Public Suffix
 * List's private section lists, where a platform hands out names to its users.
 */
export function onPrivateSuffix(host: string): boolean {
  const key = host.trim().toLowerCase();
  let found = privateSuffixHosts.get(key);
  if (found === undefined) {
    if (privateSuffixHosts.size >= MAX_REMEMBERED) privateSuffixHosts.clear();
    found = parse(key, { allowPrivateDomains: true }).isPrivate === true;
    privateSuffixHosts.set(key, found);
  }
  return found;
}

/** The label that names the site: "shop.acme.co.uk" -> "acme"; the first label when there is no registrable domain. */
export function domainLabel(host: string): string {
  const p = parsed(host);
  return p.domainWithoutSuffix ?? (p.hostname ?? host).split('.')[0] ?? '';
}
