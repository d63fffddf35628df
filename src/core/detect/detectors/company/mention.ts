/**
 * One place where a page names its organisation, as raw evidence with a base confidence by where
 * it was found; the company detector groups mentions by spelling and weighs them.
 */
import type { Block } from '../../page';
import type { Method } from '../../types';
import { cleanName, isPlausibleName } from './name-text';

export type MentionKind = 'legal-name' | 'structured' | 'label' | 'block' | 'copyright' | 'title' | 'site' | 'logo' | 'text';

export interface Mention {
  name: string;
  kind: MentionKind;
  base: number;
  method: Method;
  snippet: string;
  el?: Block;
}

/** What a mention says by where it stands, before legal forms and agreement are weighed. */
export const BASE = {
  /** Structured data's legalName: the registered name, spelled out for machines. */
  legalName: 0.8,
  /** The value of a name label ("Firma: …", "Raison sociale : …"). */
  label: 0.75,
  /** A name label alone on its line, the value on the next. */
  labelNextLine: 0.7,
  /** The line after "Angaben gemäß § 5", "Éditeur du site", "operated by". */
  announced: 0.7,
  /** The same, when that line reads like a person's name (a sole trader's owner). */
  announcedPerson: 0.6,
  /** The name of an Organization item in structured data. */
  structured: 0.65,
  /** og:site_name: the site's brand. */
  siteName: 0.55,
  /** The name of a WebSite item, or a segment of the title. */
  site: 0.5,
  /** The text of a link to the site's front page. */
  homeLink: 0.45,
  /** The logo image's alt text: weak alone ("01 Logo", a file name), it agrees with the title and the copyright. */
  logo: 0.45,
  /** The part of a "section | site" title beside the part that names the page's section. */
  titleBesideSection: 0.55,
  /** The top line of an address block, with a legal form or reading as a name of several words. */
  addressBlock: 0.7,
  /** The top line of an address block that reads like a person's name. */
  addressBlockPerson: 0.6,
  /** A single word above an address: as often a label ("Winter", "Locaties") as a name. */
  addressBlockWord: 0.45,
  /** The heading right above an address block. */
  addressHeading: 0.6,
  copyright: 0.6,
  /** "… die Firma Muster Technik …" in prose. */
  dieFirma: 0.55,
  /** The company that owns the site's brand ("Acme is a trademark of Acme Holdings Ltd"). */
  brandOwner: 0.7,
  /** A heading that is a name with its legal form and nothing else ("PT Cahaya Teknik Utama" above a footer). */
  legalFormHeading: 0.6,
  /** A partnership heading without a legal form ("Rao & Associates"). */
  partnership: 0.6,
  /** The page's main heading: too often a slogan to count alone. */
  mainHeading: 0.35,
  /** A known name expanded by the organisation-type word before it ("Verein …"). */
  typeWordExpansion: 0.55,
  /** A known name followed by its legal form on a short line ("M9 Digital Limited, …"). */
  legalFormExpansion: 0.6,
} as const;

const SOCIAL_NAME = /^(?:facebook|instagram|twitter|x|linkedin|youtube|xing|tiktok|pinterest|whatsapp|github|google maps?)$/iu;

/** A mention of `name`, cleaned, if it is a plausible organisation name. */
export function mention(name: string, kind: MentionKind, base: number, method: Method, snippet: string, el?: Block): Mention | null {
  const clean = cleanName(name);
  if (!isPlausibleName(clean) || SOCIAL_NAME.test(clean)) return null;
  return { name: clean, kind, base, method, snippet: snippet.slice(0, 160), ...(el ? { el } : {}) };
}

export function push(out: Mention[], m: Mention | null): void {
  if (m) out.push(m);
}

const LONG_DASH = / [–—] /gu;
const ANY_DASH = / [–—-] /gu;

/** "Name · Impressum | GitHub", "Name – Theme by …": the parts of a footer or title line. */
/** "Яхт-сервис «Маяк»", "ООО «Ромашка»": guillemets opened before they close quote a name, they do not separate parts. */
const QUOTED = /«([^«»]{1,60})»/gu;
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function segments(text: string, hyphenToo: boolean): string[] {
  const quoted = text.replace(QUOTED, `${OPEN}$1${CLOSE}`);
  return quoted
    .replace(hyphenToo ? ANY_DASH : LONG_DASH, '|')
    .split(hyphenToo ? /[|•·:»«›‹]/u : /[·|•»«]/u)
    .map((s) => s.replaceAll(OPEN, '«').replaceAll(CLOSE, '»').trim())
    .filter(Boolean);
}

export function beforeDash(text: string): string {
  return text.replace(LONG_DASH, '|').split('|')[0]!;
}
