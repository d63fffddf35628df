/**
 * Where a page names its organisation: structured data, labelled imprint lines (labels.ts), the top of
 * an address block (address-blocks.ts), the copyright line, the title and main heading, and a few
 * phrases. Each mention is raw evidence; the company detector weighs it.
 */
import { legalFormOf } from '../../../names/legal-forms';
import { domainLabel, registrableDomain } from '../../../names/domains';
import { trimBoth, trimStart } from '../../../text/trim';
import type { Page, PageLink, TextLine } from '../../page';
import { isOrganization, textProps } from '../../structured';
import { fromAddressBlocks } from './address-blocks';
import { fromLabels } from './labels';
import { BASE, mention, push, segments, type Mention } from './mention';
import { cleanName, isGeneric, nameKey } from './name-text';
import { namesPageSlug } from './page-slug';
import { mainLabel } from '../../context/org-identity';
import { HOME_HREF, isHomeLink, MAX_SECTION_CHARS, menuItemTexts, withoutFragment } from './site-links';
import { thirdPartyKinds } from '../../context/third-party';

export type { Mention } from './mention';

/**
 * "dporthopedics" on dporthopedics.gr: a declared name written in lower case, as brands are, counts when
 * it spells the site's own domain (a lower-case word elsewhere is as often a slug or a tag).
 */
function declared(page: Page, name: string, kind: Mention['kind'], base: number, method: Mention['method'], snippet: string): Mention | null {
  const found = mention(name, kind, base, method, snippet);
  if (found || !page.host) return found;
  const clean = cleanName(name);
  return clean.length >= 3 && nameKey(clean) === nameKey(mainLabel(page.host)) ? { name: clean, kind, base, method, snippet: snippet.slice(0, 160) } : null;
}

function fromStructured(page: Page, out: Mention[]) {
  for (const item of page.structured) {
    const org = isOrganization(item);
    if (!org && !item.types.includes('WebSite')) continue;
    for (const n of textProps(item, 'legalName')) push(out, mention(n, 'legal-name', BASE.legalName, item.method, item.snippet));
    for (const n of textProps(item, 'name')) push(out, declared(page, n, org ? 'structured' : 'site', org ? BASE.structured : BASE.site, item.method, item.snippet));
  }
  const site = page.meta.siteName;
  if (site) push(out, declared(page, site, 'site', BASE.siteName, 'meta', site));
}

const COPYRIGHT = /©|\(c\)|copyright/iu;
const MARK = /^(?:©|\(c\)|copyright)/iu;
/** "All rights reserved" in the languages of the pages the extension meets: the rest of the line is not the name. */
const RIGHTS =
  /(?:alle rechte|all right|tous droits|todos los derechos|todos os direitos|alle rechten|tutti i diritti|alle rettigheder|alle rettigheter|alla rättigheter|kaikki oikeudet|všechna práva|všetky práva|wszelkie prawa|minden jog|toate drepturile|sva prava|vse pravice|tüm hakları|kõik õigused|visas tiesības|visos teisės).*$/iu;
/** The full stop that ends the holder's sentence: "Relax Studio. Všechna práva …", "Arnatveit Borettslag. Utviklet av …". */
const SENTENCE_END = /\.\s+(?=\p{Lu})/gu;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’]*$/u;

/** Without a closing run of two or more lower-case words ("Domino všechna práva vyhrazena!"): words of a sentence, not of a name. */
function withoutLowerTail(text: string): string {
  const tokens = text.split(' ');
  let end = tokens.length;
  while (end > 0 && LOWER_WORD.test(trimBoth(tokens[end - 1]!, SENTENCE_MARKS))) end--;
  while (end > 0 && trimBoth(tokens[end - 1]!, SENTENCE_MARKS) === '') end--;
  return tokens.length - end >= 2 ? tokens.slice(0, end).join(' ') : text;
}
const SENTENCE_MARKS = ' ,;:!.–—-';

/** Words of this length or more before a full stop end a sentence; shorter ones may be abbreviations. */
const ABBREVIATION_MAX = 3;

/** The copyright holder's sentence: up to the first full stop that is not a legal form's ("Acme e.V. Alle …" keeps "e.V."). */
function holderSentence(text: string): string {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const head = text.slice(0, m.index + 1);
    // "Mr. Process Server", "St. Gallen": a short abbreviation's dot does not end the sentence.
    const word = head.slice(head.lastIndexOf(' ') + 1, -1);
    if (word.length >= ABBREVIATION_MAX && !legalFormOf(head)?.endsWith('.')) return text.slice(0, m.index);
  }
  return text;
}
const MAX_COPYRIGHT_LINES = 20;

/**
 * "© 2009 Metalor.com.ve", "© acme-bau.de": a holder written as the site's domain names the site by
 * the name in it, as written ("Metalor").
 */
function withoutDomainSuffix(holder: string): string {
  const bare = holder.replace(/^www\./iu, '');
  if (/\s/u.test(bare) || registrableDomain(bare) !== bare.toLowerCase()) return holder;
  const label = domainLabel(bare);
  return label && bare.toLowerCase().startsWith(`${label}.`) ? bare.slice(0, label.length) : holder;
}

/** "© Copyright: " and the like, however many marks are stacked. */
function stripCopyrightMarks(text: string): string {
  let t = text;
  for (let i = 0; i < 4; i++) {
    t = trimStart(t, ' :.©');
    const m = MARK.exec(t);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  return t;
}

/** Shortest link text that can end a copyright holder glued to it. */
const MIN_GLUED_LINK = 3;

/**
 * "© 2026 Chardalis EPE" and a footer link set beside it by CSS alone ("…EPEΠολιτική Απορρήτου"):
 * the holder ends where the text of a link of the same line begins without a space before it.
 */
function beforeGluedLink(page: Page, line: TextLine, from: number): string {
  let end = line.text.length;
  for (const l of page.links) {
    const text = l.text.trim();
    if (text.length < MIN_GLUED_LINK || page.blocks[l.block] !== line.block) continue;
    const at = line.text.indexOf(text, from + 1);
    if (at > from && at < end && /\S/u.test(line.text[at - 1]!)) end = at;
  }
  return line.text.slice(0, end);
}

/**
 * The copyright's own part of a line its markup splits into parts set apart by CSS alone
 * ("<span>© L+A Logos · Firm</span><span>Piraeus · Athens</span>"), when that part names someone.
 */
function copyrightCell(line: TextLine): string | null {
  const cell = line.block.cells?.find((c) => COPYRIGHT.test(c));
  return cell && /\p{L}{2}/u.test(stripCopyrightMarks(cell.slice(cell.search(COPYRIGHT))).replace(/^\d{4}/u, '')) ? cell : null;
}

function fromCopyright(page: Page, out: Mention[]) {
  const sections = navSections(page);
  let seen = 0;
  for (const line of page.lines) {
    if (line.text.length > 250 || !COPYRIGHT.test(line.text)) continue;
    if (++seen > MAX_COPYRIGHT_LINES) break;
    const text = copyrightCell(line) ?? beforeGluedLink(page, line, line.text.search(COPYRIGHT));
    const at = text.search(COPYRIGHT);
    // "© 2020 Copyright: Acme": the marks may stand on both sides of the year.
    const rest = holderSentence(
      stripCopyrightMarks(stripCopyrightMarks(text.slice(at)).replace(/^\d{4}(?:\s*[-–—]\s*\d{2,4})?[\s.,:;–—-]*/u, '')).replace(RIGHTS, ''),
    );
    // "© L+A Logos · Δικηγορική Εταιρεία Λατσούδη": a part that is the name of one of the site's sections is not the holder.
    const segs = segments(withoutLowerTail(rest), false).map(cleanName).filter((s) => s && !sections.has(nameKey(s)));
    const name = segs.find((s) => legalFormOf(s)) ?? segs[0];
    if (name) push(out, mention(withoutDomainSuffix(name), 'copyright', BASE.copyright, 'free-text', line.text, line.block));
  }
}

/** A block that holds the site's logo or name ("h1.logo", "div.navbar-brand"). */
const BRAND_CLASS = /(?:^|[\s_-])(?:logo|brand)/i;

/** The link in the page's main heading or logo block: the site's name, whatever page it points to ("etusivu.html"). */
function isBrandLink(page: Page, link: PageLink): boolean {
  const block = page.blocks[link.block];
  return block !== undefined && (block.tag === 'H1' || BRAND_CLASS.test(block.cls ?? ''));
}


/**
 * What the page calls its own section: its main heading and the texts of links to the site's other
 * pages. A title is "section | site" ("Nuestro Equipo | Dayana Reyes y Abogados"): the part that names
 * a section is not the organisation.
 */
function sectionNames(page: Page, h1: string | undefined): Set<string> {
  const names = new Set<string>();
  if (h1) names.add(nameKey(h1));
  for (const key of navSections(page)) names.add(key);
  return names;
}

/** The texts of links to the site's other pages: the names of its sections ("Kontakt", "Nuestro Equipo"). */
function navSections(page: Page): Set<string> {
  const names = new Set<string>();
  for (const l of page.links) {
    // Links to other sites name other things; the link home ("LTB Avocat" to "/") names the site itself.
    if (l.text.length > MAX_SECTION_CHARS || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(l.href) || HOME_HREF.test(withoutFragment(l.href)) || isBrandLink(page, l)) continue;
    names.add(nameKey(l.text));
  }
  return names;
}

const TRAILING_YEAR = /\s(?:19|20)\d\d$/u;

function fromTitle(page: Page, out: Mention[]) {
  const h1 = page.lines.find((l) => l.block.tag === 'H1');
  // "Bedriftsdagen 2025 - Kontakt oss": an event's or edition's year after the name is not part of it.
  const parts = [...new Set(segments(page.title, true).map((s) => cleanName(s).replace(TRAILING_YEAR, '')).filter(Boolean))];
  const sections = sectionNames(page, h1?.text);
  // Where the title names a section beside something else, that something else is the site's name.
  const named = parts.length > 1 ? parts.filter((p) => !sections.has(nameKey(p)) && !namesPageSlug(page, p)) : parts;
  const sectionTitle = named.length < parts.length;
  // The page's main heading: too often a slogan to count alone, but a brand heading spelled like the
  // domain ("ACME" on acme.com) reaches ACCEPT with the domain bonus when nothing better names the firm.
  if (h1 && !(sectionTitle && !named.some((p) => nameKey(p) === nameKey(h1.text)))) push(out, mention(h1.text, 'title', BASE.mainHeading, 'free-text', h1.text, h1.block));
  for (const s of named) {
    if (s.split(/\s+/).length > 6 || /^https?:|\.\w{2,4}\/?$/i.test(s)) continue;
    push(out, mention(s, 'title', sectionTitle ? BASE.titleBesideSection : BASE.site, 'meta', page.title));
  }
}

/** "Acme is a registered trademark of Acme Holdings Ltd.": the company that owns the brand. */
const OWNER_OF = /\s(?:is\sa\s(?:registered\s)?(?:trade\s?mark|trading\sname|brand|division)\sof|ist\seine\s(?:eingetragene\s)?Marke\sder|est\sune\smarque\s(?:déposée\s)?de)\s/iu;
/** Longest heading read as a name with its legal form. */
const MAX_FORM_HEADING = 60;
/** A partnership without a legal form: "Rao & Associates", "Meyer und Partner". */
const PARTNERSHIP = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s(?:&|and|und|et)\s(?:Associates|Partners?|Sons|Söhne|Associés)$/u;

/** "Contact Acme Chemicals Ltd", "Kontakt Muster GmbH": the page's own word before the name in its heading. */
function withoutPageWord(heading: string): string {
  const space = heading.indexOf(' ');
  const rest = heading.slice(space + 1);
  return space > 0 && isGeneric(heading.slice(0, space)) && legalFormOf(rest) && rest.split(' ').length >= 2 ? rest : heading;
}

function fromPhrases(page: Page, out: Mention[]) {
  for (const [index, line] of page.lines.entries()) {
    const t = line.text;
    if (t.length > 400) continue;
    const owner = OWNER_OF.exec(t);
    // Only the site's own brand ("Acme" on acme.com): "Mac is a trademark of Apple Inc." names another firm.
    const subject = owner ? (t.slice(0, owner.index).split(/\.\s/u).pop() ?? '').toLowerCase().replace(/[^a-z0-9]/g, '') : '';
    if (owner && subject.length >= 3 && page.host.replace(/[^a-z0-9]/g, '').includes(subject)) {
      const name = cleanName(t.slice(owner.index + owner[0].length).split(/[,;]|\.\s/u)[0] ?? '');
      if (legalFormOf(name)) push(out, mention(name, 'text', BASE.brandOwner, 'free-text', t, line.block));
    }
    if (t.length <= 60 && /^H[1-4]$/.test(line.block.tag) && PARTNERSHIP.test(t)) push(out, mention(t, 'text', BASE.partnership, 'free-text', t, line.block));
    // "PT CAHAYA TEKNIK UTAMA" as the footer's heading: a heading that is nothing but a name with its legal form.
    if (t.length <= MAX_FORM_HEADING && /^H[1-6]$/.test(line.block.tag) && !/\d/.test(t) && legalFormOf(t) && t.split(' ').length >= 3 && !thirdPartyKinds(page, index)) {
      push(out, mention(withoutPageWord(t), 'text', BASE.legalFormHeading, 'free-text', t, line.block));
    }
  }
}

/**
 * The link home ("Brf Skagagård" in the header, pointing to index.html): the site's own name for
 * itself, as often a logo without text or "Home"; weak alone, it agrees with the title and the copyright.
 */
function fromHomeLinks(page: Page, out: Mention[]) {
  const seen = new Set<string>();
  const menu = menuItemTexts(page);
  for (const l of page.links) {
    if (l.text.length > MAX_SECTION_CHARS || !(isHomeLink(page, l.href) || isBrandLink(page, l)) || seen.has(nameKey(l.text))) continue;
    // "Acerca de mi", "Bemutatkozás" pointing home as the menu's first item, in this menu or the mobile one.
    if (!isBrandLink(page, l) && menu.has(nameKey(l.text))) continue;
    seen.add(nameKey(l.text));
    push(out, mention(l.text, 'site', BASE.homeLink, 'free-text', l.text, page.blocks[l.block]));
  }
}

/** Where the page names its organisation in words written for machines or after a name label. */
const DECLARED = new Set<Mention['kind']>(['legal-name', 'structured', 'label']);

/** "mikuž in šuštar logo", "Logo Acme GmbH": the word for the picture is not part of the name. */
const LOGO_WORD = /(?:^|\s)(?:logo(?:type)?|logotipo|лого(?:тип)?)(?=\s|$)/giu;

function fromLogo(page: Page, out: Mention[]) {
  const alt = page.meta.logoAlt?.replace(LOGO_WORD, ' ').replace(/\s+/g, ' ').trim();
  // "01 Logo", "logo-white.png": no name in it.
  if (!alt || !/\p{L}{2}/u.test(alt) || /\.\w{3,4}$/.test(alt)) return;
  const found = mention(alt, 'logo', BASE.logo, 'meta', page.meta.logoAlt!);
  // Alt texts are often written in lower case: such a one only agrees with a name the page writes properly.
  if (found) out.push(found);
  else if (out.some((m) => nameKey(m.name) === nameKey(alt))) out.push({ name: alt, kind: 'logo', base: BASE.logo, method: 'meta', snippet: page.meta.logoAlt!.slice(0, 160) });
}

export function findMentions(page: Page): Mention[] {
  const out: Mention[] = [];
  fromStructured(page, out);
  fromLabels(page, out);
  fromAddressBlocks(page, out);
  fromCopyright(page, out);
  fromTitle(page, out);
  fromPhrases(page, out);
  fromHomeLinks(page, out);
  fromLogo(page, out);
  // A title, heading or line that reads like the text of a menu link to one of the site's pages
  // ("Yhteystiedot", "Nuestro Equipo", "Kontakt") names that section, whatever its language.
  const sections = navSections(page);
  return out.filter((m) => DECLARED.has(m.kind) || (!sections.has(nameKey(m.name)) && !namesPageSlug(page, m.name)));
}
