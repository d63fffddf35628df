/**
 * Phone and fax numbers of the page's organisation. Every sighting (structured data, tel: links, labelled
 * and free text) is read with its label and context, then sightings of the same number are merged:
 * the kind comes from the labels (a number labelled only "Fax" is a fax even where a tel: link shows
 * it), the confidence from the most trusted own sighting; numbers only ever seen in credits, under a
 * supervisory authority or in similar third-party blocks stay below ACCEPT.
 */
import { pageCountry, phoneCountries } from '../context/country';
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { sourceAt, type Page } from '../page';
import { linkMentions, structuredMentions } from './phones/link-mentions';
import type { Mention } from './phones/mention';
import { isPlaceholderNumber } from './phones/placeholder';
import type { Countries, ParsedNumber } from './phones/number';
import { textMentions } from './phones/text-mentions';
import { blockKinds, lineIndexOf, OTHERS, WEB_LABEL } from '../context/third-party';
import type { Candidate, PhoneKind } from '../types';

const CONFIDENCE = {
  telLink: 0.85,
  labelled: 0.85,
  structured: 0.8,
  /** Structured data contradicted by the visible page (a near-identical number is shown instead). */
  contradicted: 0.3,
  contactLine: 0.65,
  prose: 0.4,
  thirdParty: 0.3,
  /** "+1 847 555 5555", "+41 79 000 00 00": a template's placeholder. */
  placeholder: 0.15,
  repeatedBonus: 0.05,
  max: 0.95,
};

function mentionConfidence(m: Mention): number {
  let c: number;
  if (m.method === 'tel-link') c = CONFIDENCE.telLink;
  else if (!m.visible) c = CONFIDENCE.structured;
  else if (m.label) c = CONFIDENCE.labelled;
  else c = m.contactLike ? CONFIDENCE.contactLine : CONFIDENCE.prose;
  return m.thirdParty ? Math.min(c, CONFIDENCE.thirdParty) : c;
}

/** Same length and at most two digits different, or the same digits reordered: a typo of a shown number. */
function nearDuplicate(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  if (diff <= 2) return true;
  return [...a].sort().join('') === [...b].sort().join('');
}

/** Whether a sighting shows the number as a fax line ("Fax:", "Tel./Fax:"). */
function isFaxUse(m: Mention): boolean {
  return m.label === 'fax' || m.label === 'both';
}

interface Merged {
  candidate: Candidate<'phone'>;
  el: { path?: string } | null;
}

function toCandidate(e164: string, kind: PhoneKind, mentions: readonly Mention[], contradicted: boolean): Merged {
  const own = mentions.filter((m) => !m.thirdParty);
  const pool = own.length ? own : mentions;
  let best = pool[0]!;
  let confidence = 0;
  for (const m of pool) {
    const c = mentionConfidence(m);
    if (c > confidence || (c === confidence && m.visible && !best.visible)) {
      confidence = c;
      best = m;
    }
  }
  if (isPlaceholderNumber(best.number.nationalNumber)) confidence = Math.min(confidence, CONFIDENCE.placeholder);
  else if (contradicted) confidence = Math.min(confidence, CONFIDENCE.contradicted);
  else if (own.length >= 2) confidence = Math.min(CONFIDENCE.max, confidence + CONFIDENCE.repeatedBonus);
  return {
    candidate: {
      field: 'phone',
      value: { e164, kind, raw: best.raw.trim() },
      confidence: Math.round(confidence * 100) / 100,
      source: { method: best.method, snippet: shorten(best.snippet) },
    },
    el: best.el,
  };
}

/**
 * "+54 (0343) 6 987 274" beside wa.me/5493436987274: some countries put a digit between the country
 * code and a mobile's area code when it is dialled from abroad (Argentina's 9, Mexico's former 1).
 * Written without it, the mobile reads as another, fixed-line number; a sighting whose national number
 * is a mobile's on the page without its first digit is that mobile.
 */
function withMobileDigit(mentions: readonly Mention[]): Mention[] {
  const mobiles = new Map<string, ParsedNumber>();
  for (const m of mentions) {
    if (m.number.mobile) mobiles.set(`${m.number.callingCode} ${m.number.nationalNumber.slice(1)}`, m.number);
  }
  if (!mobiles.size) return [...mentions];
  return mentions.map((m) => {
    const mobile = m.number.mobile ? undefined : mobiles.get(`${m.number.callingCode} ${m.number.nationalNumber}`);
    return mobile ? { ...m, number: mobile } : m;
  });
}

/** Merges the sightings of each number into one candidate per kind it is used as (phone, fax, or both). */
export function mergeMentions(sightings: readonly Mention[]): Candidate<'phone'>[] {
  const mentions = withMobileDigit(sightings);
  const byNumber = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byNumber.get(m.number.e164);
    if (list) list.push(m);
    else byNumber.set(m.number.e164, [m]);
  }
  const shown = mentions.filter((m) => m.visible);
  const out: Merged[] = [];
  for (const [e164, list] of byNumber) {
    const first = list[0]!.number;
    // Only a shown number of the same use contradicts: a fax line next to the switchboard ("…-0500",
    // fax "…-0587") differs in a digit or two without being its typo.
    const faxOnly = list.every((m) => m.label === 'fax');
    const contradicted =
      list.every((m) => !m.visible) &&
      shown.some((s) => isFaxUse(s) === faxOnly && s.number.callingCode === first.callingCode && nearDuplicate(s.number.nationalNumber, first.nationalNumber));
    const fax = list.filter((m) => m.label === 'fax' || m.label === 'both');
    const voice = list.filter((m) => m.label !== 'fax');
    const explicitVoice = voice.some((m) => m.label !== null);
    if (fax.length) out.push(toCandidate(e164, 'fax', fax, contradicted));
    if (voice.length && (explicitVoice || !fax.length)) {
      const mobile = first.mobile || voice.some((m) => m.label === 'mobile');
      out.push(toCandidate(e164, mobile ? 'mobile' : 'voice', voice, contradicted));
    }
  }
  for (const m of out) sourceAt(m.candidate.source, m.el);
  return out.map((m) => m.candidate);
}

export function findPhones(page: Page, countries: Countries): Candidate<'phone'>[] {
  // Numbers under a credits/authority heading or label; a remark inside the line is checked per number.
  const thirdParty = page.lines.map((_, i) => (blockKinds(page, i) & (OTHERS | WEB_LABEL)) !== 0);
  const mentions = [
    ...structuredMentions(page.structured, countries),
    ...linkMentions(page.links, (link) => lineIndexOf(page, link), thirdParty, countries),
    ...textMentions(page.lines, thirdParty, countries),
  ];
  return mergeMentions(mentions);
}

export const phonesDetector: Detector = {
  id: 'phones',
  detect(page, ctx) {
    return findPhones(page, phoneCountries(page, ctx.country ?? pageCountry(page)));
  },
};
