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
