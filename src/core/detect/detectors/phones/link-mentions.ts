/**
 * Phone numbers the page states explicitly: tel:/callto: links (often entity- or URL-encoded, with
 * spaces, dashes or a broken "+0…"), WhatsApp click-to-chat links, and structured data
 * (JSON-LD / microdata telephone and faxNumber).
 */
import type { PageLink } from '../../page';
import { textProps, type Item } from '../../structured';
import { labelBefore, type Label } from './labels';
import type { Mention } from './mention';
import { parseRun, type Countries, type ParsedNumber } from './number';
import { findRuns } from './runs';
import { whatsappDigits } from './whatsapp';
import { OTHERS, thirdPartyBefore } from '../../context/third-party';

const TEL_HREF = /^(?:tel|callto|phone|sms):(?:\/\/)?/iu;

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The number in a tel: href; "+0169888888" (a national number behind a stray "+") is read nationally. */
function hrefNumber(href: string, countries: Countries): ParsedNumber | null {
  let raw = decode(href.replace(TEL_HREF, '')).split(/[;?]/u)[0]!.trim();
  if (/^\+\s*0(?!0)/u.test(raw)) raw = raw.replace(/^\+\s*/u, '');
  return raw.length <= 40 ? (parseRun(raw, countries)[0] ?? null) : null;
}

/** The number the link shows, when its text is one: what the reader sees beats a broken href. */
function shownNumber(text: string, countries: Countries): ParsedNumber | null {
  for (const run of findRuns(text)) {
    if (run.digits < 7 || run.gluedRight) continue;
    const n = parseRun(run.text, countries)[0];
    if (n) return n;
  }
  return null;
}

/** "Fax: +1 (365) 302-2981" -> "Fax: ", so the label is read from what stands before the number. */
function withoutTrailingNumber(text: string): string {
  let end = text.length;
  while (end > 0 && '0123456789 +()./-\t'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `lineOf`: the index of the text line a link sits in, for its third-party context. */
export function linkMentions(links: readonly PageLink[], lineOf: (link: PageLink) => number, thirdParty: readonly boolean[], countries: Countries): Mention[] {
  const out: Mention[] = [];
  for (const link of links) {
    const tel = TEL_HREF.test(link.href);
    const whatsapp = tel ? null : whatsappDigits(link.href);
    if (!tel && !whatsapp) continue;
    const fromHref = tel ? hrefNumber(link.href, countries) : (parseRun(`+${whatsapp!}`, countries)[0] ?? null);
    const shown = shownNumber(link.text, countries);
    const number = shown && (!fromHref || shown.e164 !== fromHref.e164) && tel ? shown : fromHref;
    if (!number) continue;
    const lineIndex = lineOf(link);
    const label: Label | null = whatsapp ? 'mobile' : labelBefore(withoutTrailingNumber(link.text));
    const mention: Mention = {
      number,
      raw: tel ? decode(link.href) : link.href,
      label: label === 'other' ? null : label,
      method: 'tel-link',
      snippet: link.text || link.href,
      el: link,
      thirdParty: (lineIndex >= 0 && thirdParty[lineIndex]!) || thirdPartyBefore(link.text, OTHERS),
      contactLike: true,
      visible: true,
    };
    out.push(mention);
    // The link dials another number than it shows: the dialled one is the organisation's too, unless it is
    // only a typo of the shown one (then the merge marks it as contradicted by the page).
    if (number !== fromHref && fromHref) out.push({ ...mention, number: fromHref, visible: false });
  }
  return out;
}

const PHONE_PROPS: readonly [string, Label][] = [
  ['telephone', 'voice'],
  ['phone', 'voice'],
  ['faxNumber', 'fax'],
  ['fax', 'fax'],
];

export function structuredMentions(items: readonly Item[], countries: Countries): Mention[] {
  const out: Mention[] = [];
  for (const item of items) {
    for (const [prop, label] of PHONE_PROPS) {
      for (const value of textProps(item, prop)) {
        const raw = value.replace(TEL_HREF, '').trim();
        if (raw.length > 60) continue;
        for (const number of parseRun(raw, countries)) {
          out.push({ number, raw: value, label, method: item.method, snippet: item.snippet, el: null, thirdParty: false, contactLike: true, visible: false });
        }
      }
    }
  }
  return out;
}
