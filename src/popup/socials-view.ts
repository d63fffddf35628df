/** The organisation's social profiles the page links to, and which of them the lead already has. Pure. */
import type { Candidate } from '../core/detect/types';
import type { Lead } from '../core/lead/types';

export interface SocialRow {
  network: string;
  url: string;
  method: string;
  snippet: string;
  /** Already among the lead's profiles. */
  added: boolean;
}

// Display only: the same profile with or without "www." or a trailing slash is one row.
const loose = (url: string) => {
  const bare = url.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '');
  let end = bare.length;
  while (end > 0 && bare[end - 1] === '/') end--;
  return bare.slice(0, end);
};

export function socialRows(found: readonly Candidate<'social'>[], lead: Lead | null): SocialRow[] {
  const known = new Set((lead?.socials ?? []).map((s) => loose(s.value)));
  const rows: SocialRow[] = found.map((c) => ({ network: c.value.network, url: c.value.url, method: c.source.method, snippet: c.source.snippet, added: known.has(loose(c.value.url)) }));
  // Profiles the lead has from elsewhere (an import, another page) are listed too.
  const shown = new Set(rows.map((r) => loose(r.url)));
  for (const s of lead?.socials ?? []) {
    if (shown.has(loose(s.value))) continue;
    shown.add(loose(s.value));
    rows.push({ network: '', url: s.value, method: s.source.kind === 'detected' ? s.source.method : s.source.kind, snippet: s.source.kind === 'detected' ? (s.source.snippet ?? '') : '', added: true });
  }
  return rows;
}
