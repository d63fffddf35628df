/**
 * Where a page names its organisation: structured data, labelled imprint lines (labels.ts), the top of
 * an address block (address-blocks.ts), the copyright line, the title and main heading, and a few
 * phrases. Each mention is raw evidence; the company detector weighs it.
 */
import { legalFormOf } from '../../../names/legal-forms';
import { trimStart } from '../../../text/trim';
import type { Page } from '../../page';
import { isOrganization, textProps } from '../../structured';
import { fromAddressBlocks } from './address-blocks';
import { fromLabels } from './labels';
import { BASE, mention, push, segments, type Mention } from './mention';
import { cleanName } from './name-text';

export type { Mention } from './mention';

function fromStructured(page: Page, out: Mention[]) {
  for (const item of page.structured) {
    const org = isOrganization(item);
    if (!org && !item.types.includes('WebSite')) continue;
    for (const n of textProps(item, 'legalName')) push(out, mention(n, 'legal-name', BASE.legalName, item.method, item.snippet));
    for (const n of textProps(item, 'name')) push(out, mention(n, org ? 'structured' : 'site', org ? BASE.structured : BASE.site, item.method, item.snippet));
  }
  const site = page.meta.siteName;
  if (site) push(out, mention(site, 'site', BASE.siteName, 'meta', site));
}

const COPYRIGHT = /©|\(c\)|copyright/iu;
const MARK = /^(?:©|\(c\)|copyright)/iu;
const RIGHTS = /(?:alle rechte|all right|tous droits|todos los derechos|alle rechten|tutti i diritti|alle rettigheder|alle rettigheter|all right reserved).*$/iu;
const MAX_COPYRIGHT_LINES = 20;

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
    if (name) push(out, mention(name, 'copyright', BASE.copyright, 'free-text', line.text, line.block));
  }
}

function fromTitle(page: Page, out: Mention[]) {
  // The page's main heading: too often a slogan to count alone, but a brand heading spelled like the
  // domain ("ACME" on acme.com) reaches ACCEPT with the domain bonus when nothing better names the firm.
  const h1 = page.lines.find((l) => l.block.tag === 'H1');
  if (h1) push(out, mention(h1.text, 'title', BASE.mainHeading, 'free-text', h1.text, h1.block));
  const seen = new Set<string>();
  for (const seg of segments(page.title, true)) {
    const s = cleanName(seg);
    if (!s || seen.has(s) || s.split(/\s+/).length > 6 || /^https?:|\.\w{2,4}\/?$/i.test(s)) continue;
    seen.add(s);
    push(out, mention(s, 'title', BASE.site, 'meta', page.title));
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
      if (legalFormOf(name)) push(out, mention(name, 'text', BASE.brandOwner, 'free-text', t, line.block));
    }
    if (t.length <= 60 && /^H[1-4]$/.test(line.block.tag) && PARTNERSHIP.test(t)) push(out, mention(t, 'text', BASE.partnership, 'free-text', t, line.block));
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
