/**
 * The organisation's postal address, from structured data and from address blocks in the text.
 * Third-party addresses (hoster, agency, chamber, court, bank) stay below ACCEPT; the registered
 * office beats a branch; an address in the page's own country beats a foreign one.
 */
import { countryForDigits } from './address/countries';
import { findStructuredAddresses } from './address/structured-addresses';
import { findTextAddresses, type TextAddress } from './address/text-addresses';
import { pageCountry } from '../context/country';
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { sourceAt, type Page } from '../page';
import type { AddressValue, Candidate } from '../types';

function textConfidence(a: TextAddress, rank: number, home: string | undefined): number {
  let c = a.street ? 0.62 : 0.52;
  if (a.hit.strong) c += 0.03;
  if (a.context.labelled) c += 0.05;
  if (a.context.seat) c += 0.08;
  if (a.blockEvidence) c += 0.04;
  if (a.context.branch) c -= 0.12;
  if (a.context.responsible) c -= 0.05;
  if (home && a.country && a.country !== home) c -= 0.12;
  c -= 0.01 * Math.min(rank, 5);
  if (a.context.thirdParty) c = Math.min(c, 0.3);
  return Math.max(0.05, Math.min(c, 0.95));
}

function fillCountry(v: AddressValue, page: Page, home: string | undefined): AddressValue {
  if (v.country) return v;
  const digits = v.postalCode && /^\d{4,5}$/.test(v.postalCode) ? countryForDigits(v.postalCode, home, page.lang) : undefined;
  return { ...v, country: digits ?? (v.postalCode ? null : (home ?? null)) };
}

function fold(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/stra(?:ss|ß)e|str\./g, 'str').replace(/[^\p{L}\d]/gu, '');
}

type Merged = Map<string, { best: Candidate<'address'>; n: number }>;

/**
 * "Firmensitz: 2500 Baden" names the same place as the full block "Mühlgasse 59 / 2500 Baden" above
 * it: the label's weight goes to the full address instead of letting the street-less one win.
 */
function absorbStreetless(byKey: Merged): void {
  for (const [key, entry] of byKey) {
    if (!key.startsWith('|') || entry.best.confidence < 0.5) continue;
    const place = key.slice(1);
    const full = [...byKey.entries()].find(([k, e]) => k !== key && k.endsWith(`|${place}`) && e.best.confidence >= 0.5);
    if (!full) continue;
    const target = full[1];
    target.best = { ...target.best, confidence: Math.max(target.best.confidence, entry.best.confidence) };
    target.n += entry.n;
    byKey.delete(key);
  }
}

/** One candidate per distinct address; repeats on the page (header, imprint, footer) add a little. */
function merge(cands: Candidate<'address'>[]): Candidate<'address'>[] {
  const byKey: Merged = new Map();
  for (const c of cands) {
    const v = c.value;
    const key = `${fold(v.street)}|${(v.postalCode ?? '').replace(/\s/g, '')}|${fold(v.city)}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { best: c, n: 1 });
    else {
      seen.n++;
      if (c.confidence > seen.best.confidence) seen.best = c;
    }
  }
  absorbStreetless(byKey);
  return [...byKey.values()].map(({ best, n }) =>
    best.confidence < 0.5 ? best : { ...best, confidence: Math.min(0.97, best.confidence + 0.04 * Math.min(n - 1, 2)) },
  );
}

export const addressDetector: Detector = {
  id: 'address',
  detect(page) {
    const home = pageCountry(page);
    const out: Candidate<'address'>[] = [];
    for (const s of findStructuredAddresses(page)) {
      const full = !!(s.value.street && s.value.postalCode && s.value.city);
      const confidence = s.ofOrganization ? (full ? 0.85 : 0.6) : full ? 0.7 : 0.5;
      out.push({ field: 'address', value: fillCountry(s.value, page, home), confidence, source: { method: s.method, snippet: shorten(s.snippet) } });
    }
    findTextAddresses(page).forEach((a, rank) => {
      const line = page.lines[a.line]!;
      const value: AddressValue = { street: a.street, postalCode: a.hit.postalCode, city: a.hit.city, country: a.country };
      const snippet = a.top < a.line ? `${page.lines[a.top]!.text} / ${line.text}` : line.text;
      out.push({
        field: 'address',
        value: fillCountry(value, page, home),
        confidence: textConfidence(a, rank, home),
        source: sourceAt({ method: a.context.labelled ? 'labelled-text' : 'free-text', snippet: shorten(snippet) }, line.block),
      });
    });
    return merge(out);
  },
};
