/** Phone and fax numbers from tel: links and from labelled or free text. */
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/mobile';
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { cssPath } from '../page';
import type { Candidate, PhoneKind } from '../types';

const FAX_LABEL = /(?:^|[^\p{L}])(?:tele)?fax/iu;
const MOBILE_LABEL = /(?:^|[^\p{L}])(?:mobil|handy|cell|gsm|natel|portable)/iu;

function kindFromLabel(before: string): PhoneKind | null {
  const tail = before.slice(-40);
  const fax = tail.search(FAX_LABEL);
  const voice = tail.search(/(?:^|[^\p{L}])(?:tel|fon|phone|ruf|mobil|handy|cell)/iu);
  if (fax >= 0 && fax >= voice) return 'fax';
  if (MOBILE_LABEL.test(tail)) return 'mobile';
  if (voice >= 0) return 'voice';
  return null;
}

function toCandidate(raw: string, country: CountryCode | undefined, kind: PhoneKind | null, method: Candidate['source']['method'], snippet: string, selector: string, confidence: number): Candidate<'phone'> | null {
  const parsed = parsePhoneNumberFromString(raw, country ? { defaultCountry: country } : {});
  if (!parsed || !parsed.isValid()) return null;
  const finalKind: PhoneKind = kind === 'fax' ? 'fax' : parsed.getType() === 'MOBILE' ? 'mobile' : (kind ?? 'voice');
  return {
    field: 'phone',
    value: { e164: parsed.number, kind: finalKind, raw: raw.trim() },
    confidence,
    source: { method, snippet: shorten(snippet), selector },
  };
}

export const phonesDetector: Detector = {
  id: 'phones',
  detect(page, ctx) {
    const out: Candidate<'phone'>[] = [];
    for (const link of page.links) {
      if (!/^tel:/i.test(link.href)) continue;
      let raw = link.href.slice(4);
      try {
        raw = decodeURIComponent(raw);
      } catch {
        // keep the raw form
      }
      const c = toCandidate(raw, ctx.country, kindFromLabel(link.text), 'tel-link', link.text || link.href, cssPath(link.el), 0.9);
      if (c) out.push(c);
    }
    for (const line of page.lines) {
      if (!/\d[\d\s/().-]{5,}\d/.test(line.text)) continue;
      for (const m of findPhoneNumbersInText(line.text, ctx.country ? { defaultCountry: ctx.country } : {})) {
        const before = line.text.slice(0, m.startsAt);
        const kind = kindFromLabel(before);
        const raw = line.text.slice(m.startsAt, m.endsAt);
        const c = toCandidate(raw, ctx.country, kind, kind ? 'labelled-text' : 'free-text', line.text, cssPath(line.block), kind ? 0.8 : 0.55);
        if (c) out.push(c);
      }
    }
    return out;
  },
};
