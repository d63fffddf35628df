/**
 * Named people of the organisation with their role (managing directors, owners, board, contact
 * persons, the person responsible for content). Names are read from structured data and from the
 * layouts in people-rules.ts; people of third parties (hosting provider, web agency, chamber,
 * photographers) stay below ACCEPT, and names that are really the company or its street are dropped.
 */
import { ACCEPT, shorten, type Detector } from '../detector';
import { sourceAt, type Block, type Page } from '../page';
import { isOrganization, itemProps, textProps, type Item } from '../structured';
import type { AnyCandidate, Method } from '../types';
import { containsName, parseName } from './people/person-names';
import { professionName } from './people/phrase-readers';
import { readPeople } from './people/read-people';
import { OUTSIDERS, sectionHeading } from './people/sections';
import { AUTHORITY, CREDITS, GENERAL_PARTNER, thirdPartyKinds } from '../context/third-party';

interface Person {
  name: string;
  role: string;
  confidence: number;
  method: Method;
  snippet: string;
  el?: Block;
  /** The page line the name was read from. */
  line?: number;
}

/**
 * "Committee Keith Anderson" read from a whole table row beside "Keith Anderson" read from its cell:
 * the shorter reading of the same line is the name, the words before it were the role's.
 */
function withoutRoleGlued(people: Person[]): Person[] {
  return people.filter((p) => !people.some((q) => q !== p && q.line !== undefined && q.line === p.line && q.name.length < p.name.length && (p.name.endsWith(` ${q.name}`) || gluedAfter(p, q))));
}

/**
 * "Joseph Merucci Clawson Resident" read from a table row beside "Joseph Merucci", which is a whole cell
 * of it: the markup ends the name where the cell ends, the words after it are the next cell's.
 */
function gluedAfter(p: Person, q: Person): boolean {
  return p.name.startsWith(`${q.name} `) && (p.el?.cells ?? []).some((c) => c.replace(/\s+/g, ' ').trim() === q.name);
}

/** Where the hidden lines' numbers start, far past any page's visible lines. */
const HIDDEN_LINES = 1_000_000;

const isNameLine = (text: string) => parseName(text, { lenient: true });

// "Head of Sales" is a department of the organisation itself, not another organisation.
const ROLE_ELSEWHERE = /\b(?<![Hh]ead\s)(?:of|at|bei|chez|bij|@)\s\p{Lu}|\b(?:GmbH|AG|KG|Ltd|Inc|LLC|SARL|SAS|B\.V\.|N\.V\.|S\.A\.|S\.L\.|S\.p\.A\.)(?!\p{L})/u;

const CONFIDENCE = {
  /** A Person item of the organisation in structured data (founder, employee, …). */
  structured: 0.7,
  /** The owner behind a practice or profession name ("Kanzlei Eva Roth"). */
  professionName: 0.6,
  /** A person of a third party (credits, authority, a KG's general partner, another organisation's role). */
  thirdPartyMax: 0.3,
  /** A person read from text the page holds but does not show yet (a hidden tab panel, a template). */
  hidden: 0.65,
  /** Below this, a name that is also the company's name is the company, not a person. */
  beatsCompany: 0.7,
};

const LEADING_ABBREVIATIONS = /^(?:\p{Lu}\p{Ll}{0,4}\.\s?)+/u;

const PERSON_PROPS = ['founder', 'employee', 'member', 'contactPoint', 'author', 'director', 'ceo'];

function fromStructured(page: Page): Person[] {
  const out: Person[] = [];
  const push = (p: Item, role: string) => {
    for (const raw of textProps(p, 'name').slice(0, 1)) {
      // The item says it is a person: short abbreviations in front are titles ("Av.", "Adv.", "Atty.").
      const parsed = parseName(raw, { lenient: true }) ?? parseName(raw.replace(LEADING_ABBREVIATIONS, ''), { lenient: true });
      const jobTitle = textProps(p, 'jobTitle')[0] ?? role;
      if (parsed) out.push({ name: parsed.name, role: jobTitle, confidence: CONFIDENCE.structured, method: p.method, snippet: shorten(p.snippet) });
    }
  };
  for (const item of page.structured) {
    if (isOrganization(item)) {
      for (const prop of PERSON_PROPS) {
        for (const p of itemProps(item, prop)) if (p.types.includes('Person')) push(p, prop === 'ceo' ? 'CEO' : prop === 'founder' ? 'Founder' : 'Contact');
      }
    } else if (item.types.includes('Person') && textProps(item, 'jobTitle').length) push(item, '');
  }
  return out;
}

/** The owner behind a practice or profession name: "Kanzlei Eva Roth", title "ADVOCATE ASHA RAO". */
function fromCompanyNames(page: Page, companies: readonly string[]): Person[] {
  const out: Person[] = [];
  const names = [...companies, ...page.title.split(/\s[|–—:-]\s/)];
  for (const n of names) {
    const p = professionName(n);
    if (p) out.push({ name: p.name, role: p.role, confidence: CONFIDENCE.professionName, method: 'labelled-text', snippet: shorten(n) });
  }
  return out;
}

export const peopleDetector: Detector = {
  id: 'people',
  detect(page, ctx) {
    const companies: string[] = [];
    const places: string[] = [];
    // Only the name that wins the company field rules a person out; a weaker reading of the provider
    // line ("Angaben gemäß § 5: Max Beispiel") is the company detector's guess, not evidence.
    let company = '';
    let companyConfidence = 0;
    for (const c of ctx.found) {
      if (c.confidence < ACCEPT) continue;
      if (c.field === 'company' && c.confidence > companyConfidence) {
        company = c.value.name.toLowerCase();
        companyConfidence = c.confidence;
      }
      if (c.field === 'company') companies.push(c.value.name);
      if (c.field === 'address') for (const v of [c.value.street, c.value.city]) if (v) places.push(v);
    }
    const people: Person[] = [...fromStructured(page), ...fromCompanyNames(page, companies)];
    // What the page shows, then what it holds for a script to show (a hidden tab panel, a <template>),
    // read by the same layouts; the hidden lines count from HIDDEN_LINES so the two never share a line.
    const views: [Page, number][] = [[page, 0]];
    if (page.hidden) views.push([{ ...page, lines: page.hidden.lines, blocks: page.hidden.blocks }, HIDDEN_LINES]);
    for (const [view, from] of views) {
      for (const hit of readPeople(view)) {
        const line = view.lines[hit.line]!;
        // "Jane Roe, CEO of Acme Inc." is a person of another organisation (a testimonial, a partner).
        const elsewhere = ROLE_ELSEWHERE.test(hit.role) && !companies.some((c) => hit.role.includes(c));
        // Under "What our clients say" or "Former team members" a name with a role is somebody else's.
        const outsider = OUTSIDERS.test(sectionHeading(view, hit.line, isNameLine) ?? '');
        const third = elsewhere || outsider || (thirdPartyKinds(view, hit.line) & (CREDITS | AUTHORITY | GENERAL_PARTNER)) !== 0;
        const cap = third ? CONFIDENCE.thirdPartyMax : from ? CONFIDENCE.hidden : 1;
        people.push({
          name: hit.name,
          role: hit.role,
          confidence: Math.min(hit.confidence, cap),
          method: 'labelled-text',
          snippet: shorten(line.text),
          el: line.block,
          line: from + hit.line,
        });
      }
    }
    const best = new Map<string, Person>();
    // On a page that names several other people, a card carrying the company's name is a placeholder
    // ("Humanure Kenya / Project Engineer"): a sole trader's page names the owner alone.
    const others = new Set(people.map((p) => p.name.toLowerCase()).filter((n) => n !== company)).size;
    for (const p of withoutRoleGlued(people)) {
      // A "name" that is its street is not a person; one that is the company is a person only next to a
      // role (a sole trader's business carries the owner's name).
      if (places.some((pl) => containsName(pl, p.name))) continue;
      if ((p.confidence < CONFIDENCE.beatsCompany || others >= 2) && company === p.name.toLowerCase()) continue;
      const key = p.name.toLowerCase();
      const seen = best.get(key);
      if (!seen || p.confidence > seen.confidence) best.set(key, p);
    }
    return [...best.values()].map((p): AnyCandidate => ({
      field: 'person',
      value: { name: p.name, role: p.role },
      confidence: p.confidence,
      source: sourceAt({ method: p.method, snippet: p.snippet }, p.el),
    }));
  },
};
