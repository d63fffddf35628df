/**
 * What the text around an address says about whose address it is: the organisation's seat,
 * a branch, or a third party (hoster, web agency, chamber, court, bank, insurer).
 */
import { mainLabel, orgIdentity } from '../../context/org-identity';
import type { Page } from '../../page';

/** Hosting companies, web agencies and authorities: never the organisation's own address. */
export const THIRD_PARTY =
  /hosting|hoster|gehostet|hébergeur|hébergement|hebergeur|hébergé|hosted\b|webdesign|web design|website by|site by|designed by|design by|realisierung|realisiert|umsetzung|gestaltung|programmierung|agentur|agency|websiteanpassung|aufsicht|supervisory|regulator|autorité|kammer|chamber|landgericht|amtsgericht|tribunal|\bcourt of\b|ombuds|schlichtung|netlify|\bovh\b|strato|ionos|hetzner|github|amazon web services|squarespace|\bwix\b|jimdo|godaddy|bluehost|siteground|infomaniak|hostpoint|world4you|all-inkl|host europe|domainfactory|digitalocean|vercel|one\.com/iu;
/** Account-holding and insurance blocks: their addresses are the bank's or insurer's. */
const BANK_OR_INSURER = /\bbank\b|bankverbindung|iban|versicherung|insurance|insurer|assurance|haftpflicht|datenschutzbeauftragte|data protection officer|bildnachweis|photo credit/iu;
const SEAT = /sitz|hauptbüro|hauptbuero|hauptniederlassung|head ?office|headquarters|registered office|siège|siege social|corp(?:orate)? office|domicilio|\bsede\b|firmenadresse|юр\.? ?адрес|юридическ\p{L}* адрес|юридичн\p{L}* адрес/iu;
export const ADDRESS_LABEL = /adresse|anschrift|address|adres\b|adresa\b|adress\b|bezoekadres|postadresse|visit us|nous trouver|find us|contact|kontakt|angaben gemäß|angaben gem\.|impressum|coordonnées|dirección|endereço|indirizzo|osoite|besøg|postanschrift|lokalizacja|localiza[cç]|адрес|місцезнаходження/iu;
const BRANCH = /zweigstelle|filiale|niederlassung|außenstelle|aussenstelle|branch|regional office|\bworks\b|\bwerk\b|\bplant\b|warehouse|\blager\b|showroom|succursale|agence|sucursal/iu;
const RESPONSIBLE = /verantwortlich|responsible for|directeur de la publication|redaktion|inhaltlich/iu;

export interface AddressContext {
  thirdParty: boolean;
  seat: boolean;
  labelled: boolean;
  branch: boolean;
  responsible: boolean;
}

const HEADING = /^H[1-6]$/;

/** Heading text of each section, computed once per page. */
const sectionHeadings = new WeakMap<Page, Map<number, string>>();

function headingOf(page: Page, section: number): string {
  let map = sectionHeadings.get(page);
  if (!map) {
    map = new Map();
    for (const l of page.lines) if (!map.has(l.section) && HEADING.test(l.block.tag)) map.set(l.section, l.text.slice(0, 200));
    sectionHeadings.set(page, map);
  }
  return map.get(section) ?? '';
}

export function isHeading(page: Page, index: number): boolean {
  const l = page.lines[index];
  return !!l && HEADING.test(l.block.tag);
}

/** Parts of the organisation's own domain name at least this long count as its own words. */
const MIN_OWN_PART = 5;

/** "sikkertliv-forsikring.dk" -> sikkertliv, forsikring: the words the organisation's own domain spells. */
function ownParts(page: Page): string[] {
  return [...orgIdentity(page).domains].flatMap((d) => mainLabel(d).split('-')).filter((p) => p.length >= MIN_OWN_PART);
}

/**
 * "Sikkert Liv Forsikringsagentur", "Muster Webagentur GmbH": a word that spells the organisation's
 * own domain names the organisation itself, so it never marks the block as an agency's or hoster's.
 */
function withoutOwnWords(text: string, parts: readonly string[]): string {
  if (!parts.length) return text;
  return text.split(' ').filter((w) => !parts.some((p) => w.toLowerCase().includes(p))).join(' ');
}

/**
 * Reads up to three lines above `top` (stopping after a heading), the section heading,
 * the labels written in the address line and the line itself.
 */
export function addressContext(page: Page, top: number, lineIndex: number, label: string): AddressContext {
  const above: string[] = [];
  for (let i = top - 1; i >= 0 && i >= top - 3; i--) {
    const t = page.lines[i]!.text;
    above.push(t.length > 200 ? t.slice(0, 200) : t);
    if (isHeading(page, i)) break;
  }
  const line = page.lines[lineIndex]?.text ?? '';
  const heading = headingOf(page, page.lines[lineIndex]?.section ?? -1);
  const near = `${label} | ${above.join(' | ')} | ${heading}`;
  // A label cell glued to the address ("Sede legale Via Roma 58, …") sits at the start of the line.
  // The street line may open with the label too ("Siège social 4427 rue …" above "24700 Montpon").
  const first = top < lineIndex ? (page.lines[top]?.text ?? '').slice(0, 24) : '';
  const seat = SEAT.test(`${label} | ${above.slice(0, 2).join(' | ')} | ${heading} | ${line.slice(0, 24)} | ${first}`);
  return {
    thirdParty: THIRD_PARTY.test(withoutOwnWords(`${near} | ${line.slice(0, 300)}`, ownParts(page))) || BANK_OR_INSURER.test(near),
    seat,
    labelled: seat || ADDRESS_LABEL.test(near),
    branch: BRANCH.test(`${label} | ${above[0] ?? ''} | ${heading}`),
    responsible: RESPONSIBLE.test(`${label} | ${above.slice(0, 3).join(' | ')}`),
  };
}
