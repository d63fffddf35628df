/**
 * Addresses whose every part is announced by a marker word, as Russian, Ukrainian, Kazakh, Belarusian
 * and Bulgarian pages write them, largest unit first ("141401, Московская область, г. Химки,
 * Вашутинское шоссе, владение 4Б"; "Кіровоградська обл., м. Олександрія, вул. Звенигородське шосе, 3А")
 * or smallest first ("Благодатная улица, 63, Тамбов, Россия, 196105"). The markers say what each
 * comma-separated part is (region, town, street, house), so the order needs no format per country.
 * A part without a marker is read from its place: a capitalised name between region and street is the town.
 */
import { countryOfName } from '../../../names/countries';
import { trimEnd } from '../../../text/trim';
import type { Page } from '../../page';
import { addressCountries } from '../../context/country';
import { isPostalCodeOf } from './postal-codes';
import { hasStreetType } from './street';

export interface MarkedAddress {
  street: string;
  postalCode: string | null;
  city: string;
  country: string | null;
  /** First and last line of the address in page.lines. */
  top: number;
  line: number;
  /** The label written before it ("Юр. адрес", "Производство и склад"), lower-case. */
  label: string;
}

/** "обл.", "область", "край", "р-н", "район", "респ.": a region or district, not the town. */
const REGION = /(?<!\p{L})(?:обл|област[ьи]|край|краю|респ|республика|р-н|р-он|район|округ|oblast|rayon)(?!\p{L})/iu;
/** "г. Химки", "м. Олександрія", "гр. Пловдив", "с. Петровка", "смт Ворзель": the town after its marker. */
const TOWN_MARK = /^(?:[гмс]|гр|гор|город|місто|село|пос|посёлок|селище|смт|пгт|ст|станица|дер)\.?\s+(?=\p{Lu})/u;
/**
 * Street markers the maintained street-type list lacks (Ukrainian, abbreviations that are too short for
 * it): "ул.", "вул.", "пр-т", "пров.", "б-р", "мкр". Matched as whole words, with or without the dot.
 */
const STREET_MARK = /(?<!\p{L})(?:ул|вул|вулиця|пр-т|пр-кт|пров|провулок|б-р|бул|пл|площа|наб|мкр|мкрн|микрорайон|мікрорайон|тракт|проезд|проїзд|пр-д|шосе|алея|узвіз|спуск)(?!\p{L})/iu;
/** "д. 12", "буд. 5", "зд. 117", "владение 4Б", "вл. 2", "стр. 1", "корп. 3": a house and its building. */
const HOUSE_MARK = /^(?:д|дом|буд|будинок|зд|здание|влад|владение|вл|стр|строение|корп|корпус|к|літ|лит)\.?\s*\d/iu;
const BARE_HOUSE = /^\d{1,4}\s?\p{L}?(?:[/-]\d{1,4}\p{L}?)?$/u;
/** Office, floor, flat: what follows the house is not part of the street. */
const UNIT = /(?<!\p{L})(?:оф|офис|офіс|кв|этаж|поверх|эт|пом|помещение|приміщення|каб|бц)(?!\p{L})/iu;
const POSTAL = /^\d{5,6}$/;
const MAX_LINES = 5;
const MAX_TEXT = 220;
const MAX_FOUND = 12;
const LABEL = /^([^:\d]{2,40}):\s*/u;
const UPPER_START = /^\p{Lu}/u;
/** Between the parts of a footer line: a middle dot, bar or bullet with spaces around it. */
const CHUNK = /\s[·|•]\s/u;

type Kind = 'postal' | 'country' | 'region' | 'town' | 'street' | 'house' | 'unit' | 'name';

interface Part {
  kind: Kind;
  text: string;
}

function kindOf(part: string, countries: readonly string[]): Kind {
  // Where the page points at no country, the markers around the code are evidence enough.
  if (POSTAL.test(part) && (!countries.length || countries.some((c) => isPostalCodeOf(part, c)))) return 'postal';
  if (countryOfName(part)) return 'country';
  if (UNIT.test(part)) return 'unit';
  if (HOUSE_MARK.test(part) || BARE_HOUSE.test(part)) return 'house';
  if (TOWN_MARK.test(part)) return 'town';
  if (STREET_MARK.test(part) || hasStreetType(part)) return 'street';
  if (REGION.test(part)) return 'region';
  return 'name';
}

/** A bare name that can be a town: one to three capitalised words without digits. */
function bareTown(text: string): boolean {
  const tokens = text.split(/\s+/u);
  return tokens.length <= 3 && UPPER_START.test(text) && !/\d/.test(text) && tokens.every((t) => UPPER_START.test(t) || t.length <= 3);
}

/** The town, street and house read from the parts, in either order; null when one of them is missing. */
function readParts(parts: Part[], countries: readonly string[]): { street: string; city: string; postalCode: string | null; country: string | null } | null {
  const streetAt = parts.findIndex((p) => p.kind === 'street');
  if (streetAt < 0) return null;
  let street = parts[streetAt]!.text;
  const next = parts[streetAt + 1];
  const hasNumber = /\d/.test(street);
  if (next?.kind === 'house' && !hasNumber) street = `${street}, ${next.text}`;
  else if (!hasNumber) return null;
  const marked = parts.findIndex((p) => p.kind === 'town');
  let cityAt = marked;
  if (cityAt < 0) {
    // Largest first: the name right before the street, after a region or code; smallest first: the name after the house.
    const before = parts[streetAt - 1];
    const after = parts.slice(streetAt + 1).find((p) => p.kind !== 'house' && p.kind !== 'unit');
    if (before?.kind === 'name' && bareTown(before.text) && streetAt >= 2) cityAt = streetAt - 1;
    else if (after?.kind === 'name' && bareTown(after.text)) cityAt = parts.indexOf(after);
  }
  if (cityAt < 0) return null;
  const city = parts[cityAt]!.text.replace(TOWN_MARK, '');
  const postal = parts.find((p) => p.kind === 'postal');
  const country = parts.find((p) => p.kind === 'country');
  // Markers must carry the read: a bare town needs a region, a code or a country beside it.
  if (marked < 0 && !postal && !country && !parts.some((p) => p.kind === 'region')) return null;
  // The country named in the address, else the one whose postal-code format the code fits.
  const named = country ? countryOfName(country.text)! : null;
  const byCode = postal ? (countries.find((c) => isPostalCodeOf(postal.text, c)) ?? null) : null;
  return { street, city: trimEnd(city, '.'), postalCode: postal?.text ?? null, country: named ?? byCode };
}

function splitLabel(text: string): { label: string; value: string } {
  const m = LABEL.exec(text);
  return m ? { label: m[1]!.trim().toLowerCase(), value: text.slice(m[0].length) } : { label: '', value: text };
}

function read(text: string, countries: readonly string[]) {
  if (text.length > MAX_TEXT || !/\d/.test(text)) return null;
  const { label, value } = splitLabel(text.trim());
  const parts = value
    .split(/[,;]/u)
    .map((p) => trimEnd(p.trim(), '.'))
    .filter(Boolean)
    .map((p) => ({ kind: kindOf(p, countries), text: p }));
  if (parts.length < 3) return null;
  const found = readParts(parts, countries);
  return found ? { ...found, label } : null;
}

/** Lines of one block written under each other ("Кіровоградська обл.," / "м. Олександрія," / …), run together. */
function joined(page: Page, i: number, n: number): string | null {
  let text = page.lines[i]!.text;
  for (let j = i + 1; j < i + n; j++) {
    const line = page.lines[j];
    if (!line || line.block !== page.lines[i]!.block) return null;
    text = `${text} ${line.text}`;
  }
  return text;
}

const cache = new WeakMap<Page, MarkedAddress[]>();

export function findMarkedAddresses(page: Page): MarkedAddress[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const countries = addressCountries(page);
  const out: MarkedAddress[] = [];
  for (let i = 0; i < page.lines.length && out.length < MAX_FOUND; i++) {
    const text = page.lines[i]!.text;
    if (text.length > MAX_TEXT * 2) continue;
    // "ТОО «…» · БИН … · Юр. адрес: 050000, г. Алматы, …": one footer line of several parts.
    const chunk = text.split(CHUNK).map((c) => read(c, countries)).find(Boolean);
    if (chunk) {
      out.push({ ...chunk, top: i, line: i });
      continue;
    }
    for (let n = 2; n <= MAX_LINES; n++) {
      const run = joined(page, i, n);
      if (!run) break;
      const found = read(run, countries);
      if (!found) continue;
      out.push({ ...found, top: i, line: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  cache.set(page, out);
  return out;
}
