/**
 * The organisation's name: every mention (structured data, labelled imprint lines, the name above the
 * address, the copyright line, the title) is grouped by spelling; a group gains from a legal form, from
 * independent sources agreeing, and from matching the site's domain. A longer name that contains a
 * weaker one ("CHINA FOOD - Le Jardin Royal" vs "Le Jardin Royal") inherits its support.
 */
import { BASE, mention, push, segments } from './company/mention';
import { findMentions, type Mention } from './company/sources';
import { isGeneric, nameKey } from './company/name-text';
import { NAME_LABEL } from './company/labels';
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { sourceAt, type Page } from '../page';
import type { Candidate, CompanyValue } from '../types';
import { ORG_TYPE_WORD, legalFormOf } from '../../names/legal-forms';
import { trimEnd } from '../../text/trim';

/** How a group of mentions of one name gains over its best mention's base. */
const SCORE = {
  /** A name ending in a legal form is the registered entity, which wins over a brand however often the brand is repeated. */
  legalForm: 0.25,
  /** Each independent source that names it too (structured data, a label, the copyright, a line of its own), three at most. */
  perSource: 0.07,
  maxSources: 3,
  /** Spelled like the site's domain ("QRV Conseil" on qrv-conseil.com), or like part of it, or sharing half its words. */
  domainExact: 0.1,
  domainPart: 0.07,
  domainWords: 0.05,
  /** Agreement and the domain together add at most this. */
  maxBonus: 0.2,
  /** A longer name that holds a weaker one ("CHINA FOOD - Le Jardin Royal" over "Le Jardin Royal") beats it by this. */
  containsBonus: 0.03,
  min: 0.05,
  max: 0.97,
  /** The shorter name held by a longer one stays just below it, even at the cap. */
  containedMax: 0.96,
};

const PLATFORM = /^(?:www|github|gitlab|netlify|vercel|pages|herokuapp|wordpress|blogspot|wixsite|jimdo|webflow|co|com|org|net|ac|gov)$/;

function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

function hostKey(page: Page): string {
  const labels = page.host.split('.');
  labels.pop();
  return labels.filter((l) => !PLATFORM.test(l)).join('').replace(/[^a-z0-9]/g, '');
}

/** How well a name matches the site's own domain ("QRV Conseil" on qrv-conseil.com). */
function domainBonus(name: string, host: string): number {
  if (host.length < 3) return 0;
  const form = legalFormOf(name);
  const bare = ascii(form ? name.slice(0, name.length - form.length) : name);
  if (!bare) return 0;
  if (bare === host) return SCORE.domainExact;
  if (bare.length >= 4 && (host.includes(bare) || bare.includes(host))) return SCORE.domainPart;
  const tokens = name.split(/\s+/).map(ascii).filter((t) => t.length >= 3);
  const hits = tokens.filter((t) => host.includes(t)).length;
  return tokens.length && hits * 2 >= tokens.length ? SCORE.domainWords : 0;
}

interface Group {
  key: string;
  best: Mention;
  /** The best-spelled name of the group. */
  display: string;
  kinds: Set<string>;
  confidence: number;
  /** A longer name holds this one and inherited its support: the longer wins even at the cap. */
  contained?: boolean;
}

const FROM_LINE = new Set(['block', 'label', 'text']);

/**
 * A known name expanded by a short line: an organisation type before it ("Vereniging Werkgemeenschap
 * Informatiewetenschap"), or its legal form after it ("M9 Digital Limited, Registered in England").
 */
function expansions(page: Page, keys: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const { text: t } of page.lines) {
    if (t.length > 120) continue;
    const space = t.indexOf(' ');
    const head = t.split(/[,;|]/)[0]!.trim();
    const form = legalFormOf(head);
    if (t.length <= 80 && ORG_TYPE_WORD.test(t.slice(0, space)) && keys.has(nameKey(t.slice(space + 1)))) out.push({ name: t, kind: 'text', base: BASE.typeWordExpansion, method: 'free-text', snippet: t });
    if (form && head.endsWith(form) && keys.has(nameKey(head.slice(0, -form.length)))) out.push({ name: head, kind: 'text', base: BASE.legalFormExpansion, method: 'free-text', snippet: t });
  }
  return out;
}

/** Words that may stand between a known name and its legal form ("Mölkkyseura HMS ry"): capitalised or an abbreviation. */
const NAME_WORD = /^[\p{Lu}\d][\p{L}\d&.'’-]*$/u;
const MAX_INSERTED_WORDS = 2;
const MAX_COMPLETED_NAMES = 20;

/**
 * "Helsingin Mölkkyseura HMS ry kunnioittaa …": a name the page shows elsewhere (logo, heading,
 * title) written out with its legal form in running text. The form shows which entity it is.
 */
function completedInText(page: Page, names: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const known = [...new Set(names.filter((n) => n.length >= 4 && n.length <= 60 && !legalFormOf(n)))].slice(0, MAX_COMPLETED_NAMES);
  for (const { text: t, block } of page.lines) {
    if (t.length > 400) continue;
    const lower = t.toLowerCase();
    for (const name of known) {
      const at = lower.indexOf(name.toLowerCase());
      if (at < 0 || (at > 0 && /\p{L}/u.test(t[at - 1]!))) continue;
      const head = t.slice(at, at + name.length);
      const words = t.slice(at + name.length).split(/\s+/).filter(Boolean).slice(0, MAX_INSERTED_WORDS + 1).map((w) => trimEnd(w, ',;:!?'));
      for (let k = 1; k <= words.length; k++) {
        const candidate = `${head} ${words.slice(0, k).join(' ')}`;
        const form = legalFormOf(candidate);
        if (form && candidate.length - form.length > head.length) {
          push(out, mention(candidate, 'text', BASE.legalFormExpansion, 'free-text', t, block));
          break;
        }
        if (!NAME_WORD.test(words[k - 1]!)) break;
      }
    }
  }
  return out;
}

/** A title's separator inside a name ("SAO | Optika"). */
const SEPARATED = /\s[|·•]\s/u;

function wordCount(name: string): number {
  return name.split(/\s+/).filter((w) => /[\p{L}\p{N}&]/u.test(w)).length;
}

const COPYRIGHT_MARK = /©|\(c\)|copyright/iu;

/** Separators of the parts of an eyebrow, breadcrumb or footer line ("KONTAKT · ACME AS"). */
const LINE_PARTS = /\s[|·•]\s|\s[–—]\s/u;

/**
 * How often each short line names something, by key: a line of its own, or a part of a line set
 * apart by separators ("KONTAKT · STÅLE KIRKAUNE AS" above the contact form).
 */
function lineCounts(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string) => counts.set(nameKey(text), (counts.get(nameKey(text)) ?? 0) + 1);
  for (const l of page.lines) {
    if (l.text.length > 80) continue;
    add(l.text);
    // A copyright line's parts are the copyright reader's: "© 2026 3D Beispiel · Max Lindner" names the holder once.
    if (LINE_PARTS.test(l.text) && !COPYRIGHT_MARK.test(l.text)) for (const part of new Set(segments(l.text, false).filter((p) => p !== l.text))) add(part);
  }
  return counts;
}

function score(page: Page, mentions: Mention[]): Group[] {
  const lineCount = lineCounts(page);
  const host = hostKey(page);
  const groups = new Map<string, Group>();
  const spellings = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const key = nameKey(m.name);
    if (!key) continue;
    const tally = spellings.get(key) ?? new Map<string, number>();
    spellings.set(key, tally.set(m.name, (tally.get(m.name) ?? 0) + 1));
    const g = groups.get(key);
    if (!g) groups.set(key, { key, best: m, display: m.name, kinds: new Set([m.kind]), confidence: 0 });
    else {
      g.kinds.add(m.kind);
      if (m.base > g.best.base) g.best = m;
      // The same name written with spaces ("ABC Consulting Ltd" vs "ABCConsultingLtd") reads better.
      // Separators do not count as words: "SAO | Optika" is the title's spelling, not a better one.
      // Of spellings with as many words ("Wellness & Spa", "Wellness and Spa"), the page's usual one.
      const more = wordCount(m.name) - wordCount(g.display);
      const usual = (tally.get(m.name) ?? 0) > (tally.get(g.display) ?? 0);
      if (more > 0 || (more === 0 && ((SEPARATED.test(g.display) && !SEPARATED.test(m.name)) || (usual && SEPARATED.test(m.name) === SEPARATED.test(g.display))))) g.display = m.name;
    }
  }
  for (const g of groups.values()) {
    const ownLines = [...g.kinds].some((k) => FROM_LINE.has(k)) ? 1 : 0;
    const lines = (lineCount.get(g.key) ?? 0) - ownLines;
    const support = g.kinds.size - 1 + (lines > 0 ? 1 : 0);
    const bonus = Math.min(SCORE.maxBonus, SCORE.perSource * Math.min(SCORE.maxSources, support) + domainBonus(g.display, host));
    g.confidence = g.best.base + (legalFormOf(g.display) ? SCORE.legalForm : 0) + bonus;
  }
  const list = [...groups.values()];
  for (const long of list) {
    for (const short of list) {
      if (long === short || long.key.length <= short.key.length || !long.key.includes(short.key)) continue;
      // "Brf Skagagårds styrelse" over "Brf Skagagård": lower-case words added to a name make a phrase
      // about it (the board of, the team of), and agree with the name rather than beat it.
      if (lowerCaseExtension(long.display, short.display)) {
        short.confidence = Math.max(short.confidence, long.confidence + SCORE.containsBonus);
        long.contained = true;
      } else if (long.best.base >= short.best.base || spelledOutInFull(long.display, short.display)) {
        long.confidence = Math.max(long.confidence, short.confidence + SCORE.containsBonus);
        short.contained = true;
      }
    }
  }
  return list;
}

/**
 * "Verbano GIP Service srl" beside "GIP Service s.r.l.": both name the registered entity, the longer one
 * with the word the shorter leaves out. A label or page word before the name ("Inhaber", "Contact")
 * does not make it longer.
 */
function spelledOutInFull(long: string, short: string): boolean {
  if (!legalFormOf(long) || !legalFormOf(short)) return false;
  const first = long.split(/\s+/)[0]!;
  return !nameKey(short).startsWith(nameKey(first)) && !isGeneric(first) && !NAME_LABEL.test(`${first}:`);
}

/** Whether `long` is `short` plus lower-case words (and a genitive ending) only. */
function lowerCaseExtension(long: string, short: string): boolean {
  const at = long.toLowerCase().indexOf(short.toLowerCase());
  // A legal form ("s.r.o.", "e.V.") may be written in lower case: it completes the name.
  if (at < 0 || legalFormOf(long) !== legalFormOf(short)) return false;
  const extra = `${long.slice(0, at)} ${long.slice(at + short.length)}`.split(/\s+/).filter(Boolean);
  return extra.length > 0 && extra.every((w) => /^[\p{Ll}'’]/u.test(w));
}

export const companyDetector: Detector = {
  id: 'company',
  detect(page) {
    const mentions = findMentions(page);
    mentions.push(...expansions(page, new Set(mentions.map((m) => nameKey(m.name)))), ...completedInText(page, mentions.map((m) => m.name)));
    return score(page, mentions).map((g): Candidate<'company'> => {
      const legalForm = legalFormOf(g.display);
      const value: CompanyValue = legalForm ? { name: g.display, legalForm } : { name: g.display };
      return {
        field: 'company',
        value,
        confidence: Math.max(SCORE.min, Math.min(g.contained ? SCORE.containedMax : SCORE.max, g.confidence)),
        source: sourceAt({ method: g.best.method, snippet: shorten(g.best.snippet) }, g.best.el),
      };
    });
  },
};
