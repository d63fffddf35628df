/** Requests about the page in a tab: its state, creating its lead, filling fields from it. */
import { appError, Failure } from '../core/errors';
import { addPeople, addSocials, applyDetection, detectionToLead } from '../core/lead/apply-detection';
import { splitPersonName } from '../core/names/person-name';
import { fillField } from '../core/lead/fill';
import { createLead } from '../core/lead/lead';
import { matchLead, pageLookupKeys } from '../core/lead/match';
import { normalisePersonName, websiteDomain } from '../core/lead/normalise';
import { suggestionsFrom, type Suggestions } from '../core/lead/suggestions';
import type { Lead, Provenance } from '../core/lead/types';
import type { DetectionResult, Source } from '../core/detect/types';
import type { PageReading } from '../core/research/merge';
import { pageKey } from '../core/research/link-ranking';
import { mergedSuggestions, mergeReadings } from '../core/research/merge';
import type { Handlers } from './handler-types';
import { rulesOf, type HandlerContext } from './context';
import { toView } from './lead-view';
import type { SeenPage } from '../core/lead/seen-page';
import { detectionAsSeen, detectionFor, detectInTab, type TabDetection } from './tab-detection';

function pageDomain(url: string): string {
  return /^https?:\/\//i.test(url) ? (websiteDomain(url) ?? '') : '';
}

/** The lookup keys a page offers: its domain and what its detection shows (e-mails, phones, VAT…). */
function pageLead(d: TabDetection, at: number): Lead {
  const lead = createLead('page', at);
  if (d.detection) lead.fields = detectionToLead(d.detection.record, d.url, at).fields;
  lead.fields.website ??= { value: new URL(d.url).origin, source: { kind: 'detected', at, url: d.url, method: 'page-url' } };
  return lead;
}

async function findLead(ctx: HandlerContext, d: TabDetection) {
  if (!pageDomain(d.url)) return { best: null, others: [] };
  const candidates = await ctx.leads.withAnyKey(pageLookupKeys(d.url, d.detection?.record));
  const matches = matchLead(candidates, d.url, d.detection?.record);
  return { best: matches[0] ?? null, others: matches.slice(1, 6) };
}

/** Where a value came from: the page research read it on, else the tab's page. */
function detected(d: TabDetection, source: Source, at: number): Provenance {
  return { kind: 'detected', at, url: source.url ?? d.url, method: source.method, ...(source.snippet ? { snippet: source.snippet } : {}) };
}

interface PageOffer {
  d: TabDetection;
  /** What the page (and the pages research read on its site) offers each field. */
  offered: Suggestions;
}

/**
 * The tab's reading joined with what research read on its site: one record, each value with its
 * page; the tab's own page counts once (its live reading, not the fetched copy).
 */
async function withResearch(ctx: HandlerContext, d: TabDetection, early?: EarlyReadings): Promise<PageOffer> {
  const asked = early?.url === d.url ? early.readings : undefined;
  const readings = d.detection && ctx.researchReadings ? await (asked ?? ctx.researchReadings(d.url)) : [];
  const others = readings.filter((r) => pageKey(r.url) !== pageKey(d.url));
  if (!d.detection || !others.length) return { d, offered: d.detection ? suggestionsFrom(d.detection.record) : {} };
  const merged = mergeReadings([{ url: d.url, record: d.detection.record }, ...others]);
  return { d: { ...d, detection: { ...d.detection, record: merged.record } }, offered: mergedSuggestions(merged) };
}

/** Research's readings of a page, asked for as soon as its address was known. */
interface EarlyReadings {
  url: string;
  readings: Promise<PageReading[]>;
}

/**
 * Asks research's cache for the readings of the tab's address while the page itself is being read:
 * the answer needs only the address, and the rep would otherwise wait for both one after the other.
 * A failure nobody asks for (the page then could not be read) is dropped; one that is asked for
 * reaches the request as before.
 */
function askEarly(ctx: HandlerContext): { early: () => EarlyReadings | undefined; addressKnown: (url: string) => void } {
  let early: EarlyReadings | undefined;
  return {
    early: () => early,
    addressKnown: (url) => {
      if (!ctx.researchReadings) return;
      const readings = ctx.researchReadings(url);
      readings.catch(() => {});
      early = { url, readings };
    },
  };
}

function peopleOf(detection: DetectionResult | null) {
  return detection?.record.people ?? [];
}

type TabHandlers = Pick<Handlers, 'tab.state' | 'lead.createFromTab' | 'lead.fill' | 'lead.fillAll' | 'lead.addPerson' | 'lead.addSocial'>;

/**
 * The lead of the tab's site, or a new one with what identifies the company. The popup's "create lead"
 * and the context menu (which acts on the page the rep right-clicked, not on a popup's reading) share it.
 */
export async function leadForPage(ctx: HandlerContext, tabId: number, seen?: SeenPage) {
  const { d } = await withResearch(ctx, await (seen ? detectionAsSeen(tabId, seen) : detectionFor(tabId)));
  if (!pageDomain(d.url)) throw new Failure(appError('not-a-site'));
  const rules = rulesOf(await ctx.settings());
  const { best } = await findLead(ctx, d);
  if (best) return toView(best.lead, rules);
  // The new lead starts with what identifies the company; the rep fills the rest with one click each.
  const at = ctx.now();
  let lead = createLead(ctx.newId(), at);
  const page = pageLead(d, at);
  for (const field of ['companyName', 'website'] as const) {
    const value = page.fields[field];
    if (value) lead = fillField(lead, field, value.value, value.source).lead;
  }
  return toView(await ctx.leads.put(lead, rules), rules);
}

export function tabHandlers(ctx: HandlerContext): TabHandlers {
  // What the rep saw, or nothing: actions that store what the page shows refuse a page that moved on.
  const asSeen = async (tabId: number, seen: SeenPage) => withResearch(ctx, await detectionAsSeen(tabId, seen));
  return {
    async 'tab.state'({ tabId }) {
      // Opening the popup always reads the page afresh: it may have changed since the last look. The
      // settings and research's cache need no reading, so they are read meanwhile.
      const settingsRead = ctx.settings();
      settingsRead.catch(() => {});
      const { early, addressKnown } = askEarly(ctx);
      const read = await detectInTab(tabId, undefined, addressKnown);
      const merging = performance.now();
      const { d, offered } = await withResearch(ctx, read, early());
      const looking = performance.now();
      const researchMs = looking - merging;
      const settings = await settingsRead;
      const rules = rulesOf(settings);
      const { best, others } = await findLead(ctx, d);
      const lookupMs = performance.now() - looking;
      return {
        tabId,
        url: d.url,
        domain: pageDomain(d.url),
        detection: d.detection,
        detectionError: d.error,
        seen: { url: d.url, digest: d.digest },
        autoResearch: settings.research.auto,
        timings: d.timings ? { ...d.timings, researchMs, lookupMs } : null,
        suggestions: offered,
        view: best ? toView(best.lead, rules) : null,
        matchReason: best?.reason ?? null,
        otherMatches: others.map((m) => ({ leadId: m.lead.id, companyName: m.lead.fields.companyName?.value ?? '', reason: m.reason })),
      };
    },

    'lead.createFromTab': ({ tabId, seen }) => leadForPage(ctx, tabId, seen),

    async 'lead.fill'({ leadId, field, value, tabId, seen }) {
      const at = ctx.now();
      let source: Provenance = { kind: 'typed', at };
      if (tabId !== undefined) {
        const { d, offered } = seen ? await asSeen(tabId, seen) : await withResearch(ctx, await detectionFor(tabId));
        const found = offered[field]?.find((s) => s.value === value);
        if (!found) throw new Failure(appError('value-not-on-page', { field }));
        source = detected(d, found.source, at);
      }
      const rules = rulesOf(await ctx.settings());
      return toView(await ctx.leads.update(leadId, rules, (lead) => fillField(lead, field, value, source).lead), rules);
    },

    async 'lead.fillAll'({ leadId, tabId, seen }) {
      const { d } = await asSeen(tabId, seen);
      if (!d.detection) throw new Failure(appError('nothing-detected'));
      const at = ctx.now();
      const data = detectionToLead(d.detection.record, d.url, at);
      const rules = rulesOf(await ctx.settings());
      // Only what is missing; profiles and people are lists: the page's are added to what the lead has.
      const stored = await ctx.leads.update(leadId, rules, (lead) => applyDetection(lead, data, { onlyMissing: true }).lead);
      return toView(stored, rules);
    },

    async 'lead.addSocial'({ leadId, tabId, seen, url }) {
      const { d } = await asSeen(tabId, seen);
      const social = d.detection?.record.socials.find((c) => c.value.url === url);
      if (!social) throw new Failure(appError('social-not-on-page', { url }));
      const source = detected(d, social.source, ctx.now());
      const rules = rulesOf(await ctx.settings());
      return toView(await ctx.leads.update(leadId, rules, (lead) => addSocials(lead, [{ value: url, source }])), rules);
    },

    async 'lead.addPerson'({ leadId, tabId, seen, name, asContact }) {
      const { d } = await asSeen(tabId, seen);
      const person = peopleOf(d.detection).find((p) => normalisePersonName(p.value.name) === normalisePersonName(name));
      if (!person) throw new Failure(appError('person-not-on-page', { name }));
      const at = ctx.now();
      const source = detected(d, person.source, at);
      const rules = rulesOf(await ctx.settings());
      const stored = await ctx.leads.update(leadId, rules, (lead) => {
        let next = addPeople(lead, [{ name: person.value.name, role: person.value.role, source }]);
        if (asContact) {
          const { firstName, lastName } = splitPersonName(person.value.name) ?? { firstName: '', lastName: person.value.name };
          if (firstName) next = fillField(next, 'firstName', firstName, source).lead;
          if (lastName) next = fillField(next, 'lastName', lastName, source).lead;
          if (person.value.role) next = fillField(next, 'role', person.value.role, source).lead;
        }
        return { ...next, updatedAt: Math.max(next.updatedAt, at) };
      });
      return toView(stored, rules);
    },
  };
}

