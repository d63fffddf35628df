/** E-mail addresses from mailto: links and visible text. */
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { cssPath } from '../page';
import type { Candidate } from '../types';

/** Anchored: applied to one token at a time, never scanned over page text. */
const EMAIL = /^[a-z0-9][\w.%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}$/i;
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|css|js)$/i;

export function normaliseEmail(raw: string): string | null {
  const s = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.trim().toLowerCase();
  if (s.length > 254 || !EMAIL.test(s) || FILE_TLD.test(s)) return null;
  return s;
}

export const emailsDetector: Detector = {
  id: 'emails',
  detect(page) {
    const out: Candidate<'email'>[] = [];
    for (const link of page.links) {
      if (!/^mailto:/i.test(link.href)) continue;
      let raw = link.href.slice(7);
      try {
        raw = decodeURIComponent(raw);
      } catch {
        // keep the raw form
      }
      for (const part of raw.split('?')[0]!.split(',')) {
        const email = normaliseEmail(part);
        if (email) out.push({ field: 'email', value: email, confidence: 0.9, source: { method: 'mailto-link', snippet: shorten(link.text || link.href), selector: cssPath(link.el) } });
      }
    }
    for (const line of page.lines) {
      if (!line.text.includes('@')) continue;
      for (const token of line.text.split(/[\s<>()[\]{},;:"'|]+/)) {
        if (!token.includes('@')) continue;
        const email = normaliseEmail(trimDots(token));
        if (email) out.push({ field: 'email', value: email, confidence: 0.8, source: { method: 'free-text', snippet: shorten(line.text), selector: cssPath(line.block) } });
      }
    }
    return out;
  },
};

function trimDots(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === '.') start++;
  while (end > start && s[end - 1] === '.') end--;
  return s.slice(start, end);
}
