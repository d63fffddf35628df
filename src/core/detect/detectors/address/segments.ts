/** A line split into labelled segments at separators, and the street read from the segments before a postal code. */
import { words } from '../../../text/trim';
import { BUILDING_WORD, cleanStreet, isStreetLike, NUMBER_TOKEN, startsWithNumber } from './street';

const SEPARATOR = /[,;·|\t•]/u;
const DASH_SEPARATOR = / [–—-] /gu;
const LABEL = /^([^:\d]{2,45}?)\s*:\s*/u;
/** "Seferihisar Cad No:153/1", "Calle Sol Nr: 5": a house-number mark before the colon, not a label. */
const HOUSE_NUMBER_MARK = /(?:^|\s)(?:no|nr|n[°º]|br)\.?$/iu;

export interface Seg {
  value: string;
  label: string;
}

export function segmentsOf(line: string): Seg[] {
  return line.replace(DASH_SEPARATOR, '|').split(SEPARATOR).map((s) => s.trim()).filter(Boolean).map((raw) => {
    const m = LABEL.exec(raw);
    return m && raw.length > m[0].length && !HOUSE_NUMBER_MARK.test(m[1]!) ? { value: raw.slice(m[0].length), label: m[1]!.toLowerCase() } : { value: raw, label: '' };
  });
}

const IDENTIFIER = /\d{5}|:$/u;

/**
 * "Y-tunnus: 0653692-2 VAT: FI06536922 Raumontie 430": lines a stylesheet broke apart (pre-line text,
 * <br>-less cards) arrive run together; the street is the run after the last label or identifier.
 */
function streetTail(value: string): string | null {
  const tokens = words(value);
  let cut = -1;
  for (let t = tokens.length - 1; t >= 0 && cut < 0; t--) if (IDENTIFIER.test(tokens[t]!)) cut = t;
  const tail = tokens.slice(cut + 1);
  if (cut < 0 || tail.length < 2 || tail.length > 6 || !/^\p{Lu}/u.test(tail[0]!)) return null;
  const street = tail.join(' ');
  return isStreetLike(street) && tail.some((t) => NUMBER_TOKEN.test(t)) ? street : null;
}

/** A district or neighbourhood between street and code ("Kubang Kerian", "Taman Melati"): capitalised words only. */
const LOCALITY = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** "822" in "822, Jalan KK 2/4": the house number written as a segment of its own before the street. */
const BARE_HOUSE_NUMBER = /^\d{1,5}[a-z]?$/iu;

/** Street segments before the postal segment: the nearest street-like one, plus a building/street name in front. */
export function streetBefore(segs: Seg[], hit: number, glued: string | null): string | null {
  const parts: string[] = glued ? [glued] : [];
  let skippedLocality = false;
  for (let j = hit - 1; j >= 0 && parts.length < 3; j--) {
    const v = cleanStreet(segs[j]!.value);
    if (!v) continue;
    const tail = parts.length || j !== hit - 1 || isStreetLike(v) ? null : streetTail(v);
    if (tail) return tail;
    if (isStreetLike(v)) parts.unshift(v);
    else if (parts.length && BARE_HOUSE_NUMBER.test(v) && !startsWithNumber(parts[0]!)) parts.unshift(v);
    else if (parts.length && (BUILDING_WORD.test(v) || (startsWithNumber(parts[0]!) && words(parts[0]!).length <= 2 && words(v).length <= 3 && !/\d/.test(v)))) parts.unshift(v);
    // One locality between the street and the code ("…, Jalan KK 2/4, Kubang Kerian, 16150 Kota Bharu"),
    // only when a street stands right before it.
    else if (!parts.length && !skippedLocality && j === hit - 1 && LOCALITY.test(v) && j > 0 && isStreetLike(cleanStreet(segs[j - 1]!.value))) {
      skippedLocality = true;
      continue;
    } else break;
    if (segs[j]!.label) break;
  }
  return parts.length ? parts.join(', ') : null;
}
