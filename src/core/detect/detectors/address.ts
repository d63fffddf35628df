/**
 * The organisation's postal address, from structured data and from address blocks in the text.
 * Third-party addresses (hoster, agency, chamber, court, bank) stay below ACCEPT; the registered
 * office beats a branch; an address in the page's own country beats a foreign one.
 */
import { countryForDigits } from './address/countries';
import { findStructuredAddresses } from './address/structured-addresses';
import { POST_BOX } from './address/street';
import { findLocalities } from './address/locality';
import { findPostlessAddresses } from './address/postless';
import { findMarkedAddresses } from './address/marked-parts';
import { recordedCode } from './address/postal-codes';
import { addressContext } from './address/context';
import { findTextAddresses, type TextAddress } from './address/text-addresses';
import { pageCountry } from '../context/country';
import { ACCEPT, shorten, type Detector } from '../detector';
import { sourceAt, type Page } from '../page';
import type { AddressValue, Candidate } from '../types';

/** Addresses read from the text: a base by completeness, then what the lines around them say. */
const TEXT = {
  withStreet: 0.62,
  /** Postal code and city only ("Sitz: 2500 Baden"). */
  streetless: 0.52,
  /** A postal line whose format leaves no doubt (code and city as the country writes them). */
  strongLine: 0.03,
  /** Under an "Anschrift:" / "Address" label. */
  labelled: 0.05,
  /** Named as the registered office ("Sitz", "Siège social", "Registered office"). */
  seat: 0.08,
  /** A name above or a contact line below makes it an address block, not a mention in prose. */
  blockEvidence: 0.04,
  /** A branch, store or warehouse: the organisation's, but not its head office. */
  branch: -0.12,
  /** The address of the person responsible for content, often private. */
  responsible: -0.05,
  /** One of several addresses under people's names (a board's or a team's cards): their private addresses. */
  personCard: -0.2,
  /** How many such cards make a page of people's addresses. */
  personCards: 3,
  /** A post-office box: where the mail goes, not where the organisation sits. */
  postBox: -0.1,
  /** An address abroad, on a page whose country is known. */
  foreign: -0.12,
  /** Each address further down the page weighs a little less, up to five. */
  perRank: -0.01,
  maxRank: 5,
  /** The hoster's, the agency's, the chamber's: never the organisation's. */
  thirdPartyMax: 0.3,
  min: 0.05,
  max: 0.95,
};

/**
 * A town and its country on a line of their own ("Bogotá, Colombia"): just enough to be taken when
 * the page gives no postal address; a street-less postal line (0.52) or anything fuller wins.
 */
const LOCALITY = 0.5;

/**
 * A street and town written without a postal code ("Joniškėlio g. 13a" / "Pasvalys. Lietuva"): below
 * any postal address of the page, above a town alone.
 */
const POSTLESS = {
  base: 0.51,
  labelled: 0.04,
  /**
   * A country named after the town ("Lima-Peru"): written out, it outweighs a home country guessed
   * from the language, so no penalty for being abroad.
   */
  country: 0.03,
};

/**
 * An address whose parts are each announced by a marker ("141401, Московская область, г. Химки,
 * Вашутинское шоссе, владение 4Б"): with its postal code as sure as a postal line with a street,
 * without one between that and a postless address.
 */
const MARKED = {
  withCode: 0.62,
  withoutCode: 0.54,
};

/** Addresses from structured data: complete ones (street, postal code, city) of the organisation's own item are the surest. */
const STRUCTURED = {
  ownFull: 0.85,
  ownPartial: 0.6,
  otherFull: 0.7,
  otherPartial: 0.5,
};

/** The same address repeated on the page (header, imprint, footer) gains a little, twice at most. */
const REPEAT_BONUS = 0.04;
const MAX_REPEATS_COUNTED = 2;
const MERGED_MAX = 0.97;

function textConfidence(a: TextAddress, rank: number, home: string | undefined, personCards: number): number {
  let c = a.street ? TEXT.withStreet : TEXT.streetless;
  if (a.personAbove && personCards >= TEXT.personCards) c += TEXT.personCard;
  if (a.hit.strong) c += TEXT.strongLine;
  if (a.context.labelled) c += TEXT.labelled;
  if (a.context.seat) c += TEXT.seat;
  if (a.blockEvidence) c += TEXT.blockEvidence;
  if (a.context.branch) c += TEXT.branch;
  if (a.context.responsible) c += TEXT.responsible;
  if (a.street && POST_BOX.test(a.street)) c += TEXT.postBox;
  if (home && a.country && a.country !== home) c += TEXT.foreign;
  c += TEXT.perRank * Math.min(rank, TEXT.maxRank);
  if (a.context.thirdParty) c = Math.min(c, TEXT.thirdPartyMax);
  return Math.max(TEXT.min, Math.min(c, TEXT.max));
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
    if (!key.startsWith('|') || entry.best.confidence < ACCEPT) continue;
    const place = key.slice(1);
    const full = [...byKey.entries()].find(([k, e]) => k !== key && k.endsWith(`|${place}`) && e.best.confidence >= ACCEPT);
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
    best.confidence < ACCEPT ? best : { ...best, confidence: Math.min(MERGED_MAX, best.confidence + REPEAT_BONUS * Math.min(n - 1, MAX_REPEATS_COUNTED)) },
  );
}

export const addressDetector: Detector = {
  id: 'address',
  detect(page) {
    const home = pageCountry(page);
    const out: Candidate<'address'>[] = [];
    for (const s of findStructuredAddresses(page)) {
      const full = !!(s.value.street && s.value.postalCode && s.value.city);
      const confidence = s.ofOrganization ? (full ? STRUCTURED.ownFull : STRUCTURED.ownPartial) : full ? STRUCTURED.otherFull : STRUCTURED.otherPartial;
      out.push({ field: 'address', value: fillCountry(s.value, page, home), confidence, source: { method: s.method, snippet: shorten(s.snippet) } });
    }
    const texts = findTextAddresses(page);
    const personCards = texts.filter((a) => a.personAbove).length;
    texts.forEach((a, rank) => {
      const line = page.lines[a.line]!;
      const value: AddressValue = { street: a.street, postalCode: recordedCode(a.hit.postalCode, a.country), city: a.hit.city, country: a.country };
      const snippet = a.top < a.line ? `${page.lines[a.top]!.text} / ${line.text}` : line.text;
      out.push({
        field: 'address',
        value: fillCountry(value, page, home),
        confidence: textConfidence(a, rank, home, personCards),
        source: sourceAt({ method: a.context.labelled ? 'labelled-text' : 'free-text', snippet: shorten(snippet) }, line.block),
      });
    });
    for (const a of findPostlessAddresses(page)) {
      const context = addressContext(page, a.top, a.line, '');
      let confidence = POSTLESS.base + (a.labelled || context.labelled ? POSTLESS.labelled : 0) + (a.country ? POSTLESS.country : 0);
      if (context.thirdParty) confidence = Math.min(confidence, TEXT.thirdPartyMax);
      const value = fillCountry({ street: a.street, postalCode: null, city: a.city, country: a.country }, page, home);
      const line = page.lines[a.line]!;
      const snippet = a.top < a.line ? `${page.lines[a.top]!.text} / ${line.text}` : line.text;
      out.push({ field: 'address', value, confidence, source: sourceAt({ method: 'free-text', snippet: shorten(snippet) }, line.block) });
    }
    for (const a of findMarkedAddresses(page)) {
      const context = addressContext(page, a.top, a.line, a.label);
      let confidence = (a.postalCode ? MARKED.withCode : MARKED.withoutCode) + (context.labelled ? TEXT.labelled : 0) + (context.seat ? TEXT.seat : 0);
      if (context.branch) confidence += TEXT.branch;
      if (home && a.country && a.country !== home) confidence += TEXT.foreign;
      if (context.thirdParty) confidence = Math.min(confidence, TEXT.thirdPartyMax);
      const value = fillCountry({ street: a.street, postalCode: a.postalCode, city: a.city, country: a.country }, page, home);
      const line = page.lines[a.line]!;
      const snippet = a.top < a.line ? `${page.lines[a.top]!.text} / ${line.text}` : line.text;
      out.push({ field: 'address', value, confidence, source: sourceAt({ method: context.labelled ? 'labelled-text' : 'free-text', snippet: shorten(snippet) }, line.block) });
    }
    for (const l of findLocalities(page)) {
      const value = fillCountry({ street: null, postalCode: null, city: l.city, country: l.country }, page, home);
      const line = page.lines[l.line]!;
      out.push({ field: 'address', value, confidence: LOCALITY, source: sourceAt({ method: 'free-text', snippet: shorten(line.text) }, line.block) });
    }
    return merge(out);
  },
};
