/**
 * The host permission behind automatic detection on a site. The popup asks for it and the background
 * checks and registers with the same pattern, so both must come from here.
 */

/** "https://www.example.de" for a page URL; null for anything that is not an http(s) page. */
export function siteOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The match pattern for an origin: "http://127.0.0.1:8080" → "http://127.0.0.1/*". Without the port,
 * because Firefox rejects ports in match patterns and Chrome treats a missing port as any port.
 */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Web sites no extension may script: the browsers' add-on stores and accounts (Firefox's
 * extensions.webextensions.restrictedDomains; Chrome's and Edge's stores).
 */
const RESTRICTED_HOSTS = new Set([
  'chromewebstore.google.com', 'microsoftedge.microsoft.com',
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'addons.mozilla.org',
  'api.accounts.firefox.com', 'content.cdn.mozilla.net', 'discovery.addons.mozilla.org', 'install.mozilla.org',
  'oauth.accounts.firefox.com', 'profile.accounts.firefox.com', 'support.mozilla.org', 'sync.services.mozilla.com',
]);

/** Whether no extension may read the page at `url`: not a web page, or a store page. */
export function isRestrictedPage(url: string): boolean {
  if (!siteOrigin(url)) return true;
  const u = new URL(url);
  return RESTRICTED_HOSTS.has(u.hostname) || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore'));
}
