/**
 * Where a page names its organisation: structured data, labelled imprint lines, the first line of the
 * address block, the copyright line, the title. Each mention is raw evidence; company.ts weighs it.
 */
import { THIRD_PARTY, isHeading } from '../address/context';
import { trimStart } from '../../../text/trim';
import { findTextAddresses } from '../address/text-addresses';
import { ORG_TYPE_WORD, legalFormOf } from '../../../names/legal-forms';
import type { Block, Page } from '../../page';
import { isOrganization, textProps } from '../../structured';
import type { Method } from '../../types';
import { cleanName, isGeneric, isOwnersBusiness, isPlaceHeading, isPlausibleName, looksLikePerson } from './name-text';

export type MentionKind = 'legal-name' | 'structured' | 'label' | 'block' | 'copyright' | 'title' | 'site' | 'text';

export interface Mention {
  name: string;
  kind: MentionKind;
  base: number;
  method: Method;
  snippet: string;
  el?: Block;
}

const NAME_LABEL =
  /^(firma|firmenname|firmenbezeichnung|firmierung|unternehmen|name des unternehmens|anbieter|diensteanbieter|betreiber|herausgeber|medieninhaber|inhaber(?:in)?|träger|vereinsname|company(?: name)?|business name|registered name|legal name|raison sociale|dénomination(?: sociale)?|denominación(?: social)?|razón social|ragione sociale|denominazione(?: sociale)?|bedrijfsnaam|handelsnaam|statutaire naam|firmanavn|selskab|éditeur(?: du site)?|editeur(?: du site)?|publisher|owner|operator) ?: ?(.*)$/iu;
/** Lines that announce the provider on the next line. */
const NEXT_LINE_LABEL = /angaben gem(?:äß|\.)|informationspflicht|betrieben von|medieninhaber|herausgeber|diensteanbieter|anbieter|verantwortlich für (?:den inhalt|diese seiten)|offenlegung|éditeur du site|site (?:publisher|operator)|operated by|owned by|titular/iu;
/** People labels: their value is a person, which names the organisation only when it carries a legal form. */
const PERSON_LABEL = /^(?:inhaber|inhaberin|owner)$/iu;
const COPYRIGHT = /©|\(c\)|copyright/iu;
const RIGHTS = /(?:alle rechte|all right|tous droits|todos los derechos|alle rechten|tutti i diritti|alle rettigheder|alle rettigheter|all right reserved).*$/iu;
const LONG_DASH = / [–—] /gu;
const ANY_DASH = / [–—-] /gu;

/** "Name · Impressum | GitHub", "Name – Theme by …": the parts of a footer or title line. */
function segments(text: string, hyphenToo: boolean): string[] {
  return text.replace(hyphenToo ? ANY_DASH : LONG_DASH, '|').split(hyphenToo ? /[|•·:]/u : /[·|•]/u).map((s) => s.trim()).filter(Boolean);
}

function beforeDash(text: string): string {
  return text.replace(LONG_DASH, '|').split('|')[0]!;
}
const DIE_FIRMA = /\b[Dd]ie Firma ((?:\p{Lu}[\p{L}.'-]*|&)(?: (?:\p{Lu}[\p{L}.'-]*|&)){0,5})/u;

function mention(name: string, kind: MentionKind, base: number, method: Method, snippet: string, el?: Block): Mention | null {
  const clean = cleanName(name);
  if (!isPlausibleName(clean) || SOCIAL_NAME.test(clean)) return null;
  return { name: clean, kind, base, method, snippet: snippet.slice(0, 160), ...(el ? { el } : {}) };
}

function fromStructured(page: Page, out: Mention[]) {
  for (const item of page.structured) {
    const org = isOrganization(item);
    if (!org && !item.types.includes('WebSite')) continue;
    for (const n of textProps(item, 'legalName')) push(out, mention(n, 'legal-name', 0.8, item.method, item.snippet));
    for (const n of textProps(item, 'name')) push(out, mention(n, org ? 'structured' : 'site', org ? 0.65 : 0.5, item.method, item.snippet));
  }
  const site = page.meta.siteName;
  if (site) push(out, mention(site, 'site', 0.55, 'meta', site));
}

function push(out: Mention[], m: Mention | null) {
  if (m) out.push(m);
}

/** Up to the first comma that is not followed by a legal form ("Hartley, APLC" stays whole). */
function cutValue(value: string): string {
  const parts = value.split(',').map((p) => p.trim());
  let name = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    if (legalFormOf(`x ${parts[i]}`) === parts[i]) name += `, ${parts[i]}`;
    else break;
  }
  return segments(name, false)[0] ?? '';
}

/** A table row "Denominazione | ACME S.r.l." reads as "Denominazione: ACME S.r.l." (cells join without a colon). */
function rowAsLabel(line: Page['lines'][number]): string {
  const row = line.block;
  const label = row.tag === 'TR' && row.cells?.length === 2 ? row.cells[0]! : '';
  return label && label.length < 40 && line.text.startsWith(label) && NAME_LABEL.test(`${label}:`) ? `${label}: ${line.text.slice(label.length).trim()}` : line.text;
}

function fromLabels(page: Page, out: Mention[]) {
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    const text = rowAsLabel(lines[i]!);
    if (text.length > 200) continue;
    const m = NAME_LABEL.exec(text);
    if (m) {
      const value = cutValue(m[2]!);
      if (PERSON_LABEL.test(m[1]!) && !legalFormOf(value)) continue;
      if (value) push(out, mention(value, 'label', 0.75, 'labelled-text', text, lines[i]!.block));
      else if (lines[i + 1] && !PERSON_LABEL.test(m[1]!)) push(out, mention(cutValue(lines[i + 1]!.text), 'label', 0.7, 'labelled-text', `${text} ${lines[i + 1]!.text}`, lines[i + 1]!.block));
      continue;
    }
    const announces = /:\s*$|§/u.test(text) || isHeading(page, i);
    if (announces && NEXT_LINE_LABEL.test(text) && !THIRD_PARTY.test(text) && text.length < 90 && lines[i + 1]) {
      const next = lines[i + 1]!.text;
      if (!isLabelLine(next) && !/\d{3}/.test(next)) {
        const name = cutValue(next);
        push(out, mention(name, 'label', looksLikePerson(cleanName(name)) ? 0.6 : 0.7, 'labelled-text', `${text} ${next}`, lines[i + 1]!.block));
      }
    }
    const firma = DIE_FIRMA.exec(text);
    if (firma) push(out, mention(firma[1]!, 'text', 0.55, 'free-text', text, lines[i]!.block));
  }
}

const CONTACT = /@|\d{3}|:\s*$|^[^:]{2,30}:\s/u;
const SOCIAL_NAME = /^(?:facebook|instagram|twitter|x|linkedin|youtube|xing|tiktok|pinterest|whatsapp|github|google maps?)$/iu;

/** A label or an announcement rather than a value: "Nom : …", "Verantwortlich für den Inhalt". */
function isLabelLine(text: string): boolean {
  return NAME_LABEL.test(text) || NEXT_LINE_LABEL.test(text) || /^[^:]{2,30}:/u.test(text) || isGeneric(text);
}

const ENTITY_FACT = /^(?:rechtsform|firmenbuch\w*|registergericht|handelsregister\w*|firmensitz|uid-?\w*|legal form)\s?:/iu;

/** "Muster Beschriftungen Einzelunternehmen": the trading name, with the form written out after it (CH/AT). */
const SOLE_TRADER = /\s(?:eingetragenes\s)?(?:Einzelunternehmen|Einzelfirma)$/iu;

/** "Sjekk gjerne eksempel.no", "See example.com": a sentence pointing to a lower-case domain, not a name. */
const POINTER = /\s\p{Ll}[\p{L}\d-]*\.\p{Ll}{2,}\b/u;

/** The name written above each address block: the nearest line with a legal form, else the top line. */
function fromAddressBlocks(page: Page, out: Mention[]) {
  for (const a of findTextAddresses(page)) {
    if (a.context.thirdParty || a.context.branch) continue;
    // "Acme AG Hauptstrasse 1 8000 Zürich": a paragraph whose line breaks were lost starts with the name.
    const text = page.lines[a.top]!.text;
    const at = a.hit.street ? text.indexOf(a.hit.street) : -1;
    if (at > 0 && legalFormOf(text.slice(0, at).trim())) {
      push(out, mention(text.slice(0, at), 'block', 0.7, 'labelled-text', text, page.lines[a.top]!.block));
      continue;
    }
    const block: number[] = [];
    let heading = -1;
    let reach = a.top - 3;
    for (let i = a.top - 1; i >= 0 && i >= reach; i--) {
      const t = page.lines[i]!.text;
      if (isHeading(page, i)) {
        heading = i;
        break;
      }
      // "Rechtsform: …", "Firmenbuchgericht: …" may stand between the name and its address (AT, CH).
      if (ENTITY_FACT.test(t) && reach > a.top - 7) {
        reach--;
        continue;
      }
      if (CONTACT.test(t) || t.length > 90 || isLabelLine(t) || THIRD_PARTY.test(t) || POINTER.test(t)) break;
      block.push(i);
    }
    const legal = block.find((i) => legalFormOf(beforeDash(page.lines[i]!.text)) || SOLE_TRADER.test(page.lines[i]!.text));
    let pick = legal ?? block[block.length - 1];
    // "Rezan Yilmaz / Autoreinigung Yilmaz": the owner on top, the business named after him below.
    const under = block[block.length - 2];
    if (legal === undefined && pick !== undefined && under !== undefined && isOwnersBusiness(cleanName(page.lines[pick]!.text), page.lines[under]!.text)) pick = under;
    const line = pick !== undefined ? page.lines[pick]! : null;
    if (line && pick !== undefined) {
      const labelled = NAME_LABEL.exec(rowAsLabel(line));
      let name = beforeDash(labelled ? labelled[2]! : line.text).replace(SOLE_TRADER, '');
      const above = page.lines[pick - 1]?.text ?? '';
      const below = block[block.length - 2];
      if (ORG_TYPE_WORD.test(above.trim())) name = `${above.trim()} ${name}`;
      else if (ORG_TYPE_WORD.test(name.trim()) && below !== undefined) name = `${name.trim()} ${page.lines[below]!.text}`;
      const clean = cleanName(name);
      // A lone word above an address is as often a label ("Winter", "Locaties") as a name.
      const base = legal !== undefined || pick === under ? 0.7 : looksLikePerson(clean) ? 0.6 : clean.includes(' ') ? 0.7 : 0.45;
      push(out, mention(name, 'block', base, 'labelled-text', `${name} / ${page.lines[a.line]!.text}`, line.block));
    } else if (heading >= 0) {
      const t = page.lines[heading]!.text;
      if (!isPlaceHeading(t) && !NEXT_LINE_LABEL.test(t)) push(out, mention(t, 'block', 0.6, 'labelled-text', `${t} / ${page.lines[a.line]!.text}`, page.lines[heading]!.block));
    }
  }
}

const MARK = /^(?:©|\(c\)|copyright)/iu;

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

const MAX_COPYRIGHT_LINES = 20;

function fromCopyright(page: Page, out: Mention[]) {
  let seen = 0;
  for (const line of page.lines) {
    if (line.text.length > 250 || !COPYRIGHT.test(line.text)) continue;
    if (++seen > MAX_COPYRIGHT_LINES) break;
    const at = line.text.search(COPYRIGHT);
    const rest = stripCopyrightMarks(line.text.slice(at))
      .replace(/^\d{4}(?:\s*[-–—]\s*\d{4})?[\s.,:;–—-]*/u, '')
      .replace(RIGHTS, '');
    const segs = segments(rest, false).map(cleanName).filter(Boolean);
    const name = segs.find((s) => legalFormOf(s)) ?? segs[0];
    if (name) push(out, mention(name, 'copyright', 0.6, 'free-text', line.text, line.block));
  }
}

function fromTitle(page: Page, out: Mention[]) {
  // The page's main heading: too often a slogan to count alone, but a brand heading spelled like the
  // domain ("ACME" on acme.com) reaches ACCEPT with the domain bonus when nothing better names the firm.
  const h1 = page.lines.find((l) => l.block.tag === 'H1');
  if (h1) push(out, mention(h1.text, 'title', 0.35, 'free-text', h1.text, h1.block));
  const seen = new Set<string>();
  for (const seg of segments(page.title, true)) {
    const s = cleanName(seg);
    if (!s || seen.has(s) || s.split(/\s+/).length > 6 || /^https?:|\.\w{2,4}\/?$/i.test(s)) continue;
    seen.add(s);
    push(out, mention(s, 'title', 0.5, 'meta', page.title));
  }
}

/** "Acme is a registered trademark of Acme Holdings Ltd.": the company that owns the brand. */
const OWNER_OF = /\s(?:is\sa\s(?:registered\s)?(?:trade\s?mark|trading\sname|brand|division)\sof|ist\seine\s(?:eingetragene\s)?Marke\sder|est\sune\smarque\s(?:déposée\s)?de)\s/iu;
/** A partnership without a legal form: "Rao & Associates", "Meyer und Partner". */
const PARTNERSHIP = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s(?:&|and|und|et)\s(?:Associates|Partners?|Sons|Söhne|Associés)$/u;

function fromPhrases(page: Page, out: Mention[]) {
  for (const line of page.lines) {
    const t = line.text;
    if (t.length > 400) continue;
    const owner = OWNER_OF.exec(t);
    // Only the site's own brand ("Acme" on acme.com): "Mac is a trademark of Apple Inc." names another firm.
    const subject = owner ? (t.slice(0, owner.index).split(/\.\s/u).pop() ?? '').toLowerCase().replace(/[^a-z0-9]/g, '') : '';
    if (owner && subject.length >= 3 && page.host.replace(/[^a-z0-9]/g, '').includes(subject)) {
      const name = cleanName(t.slice(owner.index + owner[0].length).split(/[,;]|\.\s/u)[0] ?? '');
      if (legalFormOf(name)) push(out, mention(name, 'text', 0.7, 'free-text', t, line.block));
    }
    if (t.length <= 60 && /^H[1-4]$/.test(line.block.tag) && PARTNERSHIP.test(t)) push(out, mention(t, 'text', 0.6, 'free-text', t, line.block));
  }
}

export function findMentions(page: Page): Mention[] {
  const out: Mention[] = [];
  fromStructured(page, out);
  fromLabels(page, out);
  fromAddressBlocks(page, out);
  fromCopyright(page, out);
  fromTitle(page, out);
  fromPhrases(page, out);
  return out;
}
