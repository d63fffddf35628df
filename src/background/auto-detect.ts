/**
 * Automatic detection on the sites the rep chose: the content script registered for such a site says
 * it is ready, the background (which alone knows the chosen sites) asks it to detect, and the badge
 * says how many of the matching lead's empty fields the page can fill ("+" when no lead matches yet).
 * The answer comes from a page that may be hostile: it is asked for only from this extension's content
 * script in the top frame on a chosen origin, checked and capped, used for the badge only, and never
 * written to the database.
 */
import * as v from 'valibot';
import type { DetectionRecord } from '../core/detect/types';
import { hasValue } from '../core/lead/lead';
import { matchLead, pageLookupKeys } from '../core/lead/match';
import { suggestionsFrom, type Suggestions } from '../core/lead/suggestions';
import { LEAD_FIELDS, OFFERED_ONLY, type Lead, type LeadField } from '../core/lead/types';
import type { Runtime } from '../shared/browser';
import { ContentReadySchema } from '../shared/messages';
import { siteOrigin } from '../shared/site-access';
import type { Badge, BadgeState } from './badge';
import { DetectionRecordShape } from './report-shape';

export interface StoredReport {
  url: string;
  record: DetectionRecord;
}

/** Last report per tab, kept in session storage so a restarted worker can still recount. */
export interface ReportStore {
  get(tabId: number): Promise<StoredReport | undefined>;
  set(tabId: number, report: StoredReport): Promise<void>;
  remove(tabId: number): Promise<void>;
  tabIds(): Promise<number[]>;
}

export interface AutoDetectDeps {
  runtimeId: string;
  badge: Badge;
  /** Origins the rep turned automatic detection on for (settings.autoDetectOrigins). */
  enabledOrigins(): Promise<readonly string[]>;
  /** Leads having any of these lookup keys (leads repo `withAnyKey`). */
  leadsWithAnyKey(keys: readonly string[]): Promise<Lead[]>;
  reports: ReportStore;
  /** Asks the content script in the tab's top frame to detect (tabs.sendMessage "detect", frame 0). */
  detectInTopFrame(tabId: number): Promise<unknown>;
  /** Where a recount that failed with nobody waiting for it is reported. */
  log(what: string, err: unknown): void;
  /** The leads repository's change announcements (`LeadsRepo.subscribe`): any write recounts the badges. */
  subscribeToLeads(listener: () => void): unknown;
}

/** The part of the content script's "detect" answer the badge needs, every string and list capped. */
const AnswerSchema = v.object({ url: v.pipe(v.string(), v.maxLength(4000)), record: DetectionRecordShape });

/** The tab and page when `sender` is our content script in the top frame of a tab on an enabled origin; null otherwise. */
export function acceptSender(sender: Runtime.MessageSender, runtimeId: string, enabled: readonly string[]): { tabId: number; url: string } | null {
  if (sender.id !== runtimeId || sender.tab?.id === undefined || sender.tab.id < 0) return null;
  if ((sender.frameId ?? 0) !== 0 || typeof sender.url !== 'string') return null;
  const origin = siteOrigin(sender.url);
  if (!origin || !enabled.includes(origin)) return null;
  return { tabId: sender.tab.id, url: sender.url };
}

/**
 * The page's record when `answer` is a well-formed detection of the same site; null otherwise (a
 * malformed or oversized answer, or the tab moved to another site in between).
 */
export function acceptAnswer(answer: unknown, page: { url: string }): DetectionRecord | null {
  const parsed = v.safeParse(AnswerSchema, answer);
  if (!parsed.success) return null;
  if (siteOrigin(parsed.output.url) !== siteOrigin(page.url)) return null;
  return parsed.output.record as DetectionRecord;
}

/** Lookup keys that can tie the page to a saved lead (the same facts matchLead weighs). */
export function siteKeys(url: string, record: DetectionRecord | null): string[] {
  return pageLookupKeys(url, record ?? undefined);
}

/** The lead the page belongs to, from candidates sharing a key with it; undefined when none does. */
export function siteLead(candidates: readonly Lead[], url: string, record: DetectionRecord | null): Lead | undefined {
  return matchLead(candidates, url, record ?? undefined)[0]?.lead;
}

/**
 * The lead's empty fields the page offers a value for: the same count as the popup's "fill all
 * missing (N)", so the badge and the popup agree.
 */
export function fillableFields(lead: Pick<Lead, 'fields'>, suggestions: Suggestions): LeadField[] {
  return LEAD_FIELDS.filter((field) => !OFFERED_ONLY.includes(field) && !hasValue(lead, field) && (suggestions[field]?.length ?? 0) > 0);
}

export function badgeStateFor(lead: Lead | undefined, record: DetectionRecord): BadgeState {
  if (!lead) return { kind: 'no-lead' };
  return { kind: 'fillable', count: fillableFields(lead, suggestionsFrom(record)).length };
}

export function createAutoDetect(deps: AutoDetectDeps) {
  /** What the badge should say for a tab's last report; "nothing" when there is none. */
  const stateFor = async (tabId: number): Promise<BadgeState> => {
    const report = await deps.reports.get(tabId);
    if (!report) return { kind: 'none' };
    const candidates = await deps.leadsWithAnyKey(siteKeys(report.url, report.record));
    return badgeStateFor(siteLead(candidates, report.url, report.record), report.record);
  };

  const refresh = async (tabId: number): Promise<void> => deps.badge.show(tabId, await stateFor(tabId));

  let refreshAllTimer: ReturnType<typeof setTimeout> | undefined;
  /** After leads changed (any write): recount every tab with a report, once per burst of writes. */
  const refreshAllSoon = (delayMs = 300): void => {
    clearTimeout(refreshAllTimer);
    refreshAllTimer = setTimeout(() => {
      deps.reports.tabIds().then((ids) => Promise.all(ids.map(refresh))).catch((err: unknown) => deps.log('badge recount', err));
    }, delayMs);
  };

  deps.subscribeToLeads(() => refreshAllSoon());

  return {
    stateFor,
    refresh,

    /**
     * runtime.onMessage: a content script that is ready on a page the rep chose is asked to detect;
     * everything else is ignored (the router answers extension pages).
     */
    async onMessage(message: unknown, sender: Runtime.MessageSender): Promise<boolean> {
      if (!v.is(ContentReadySchema, message)) return false;
      const page = acceptSender(sender, deps.runtimeId, await deps.enabledOrigins());
      if (!page) return false;
      const record = acceptAnswer(await deps.detectInTopFrame(page.tabId).catch(() => null), page);
      if (!record) return false;
      // The sender's URL, not the one in the answer: the page cannot claim to be another page.
      await deps.reports.set(page.tabId, { url: page.url, record });
      await refresh(page.tabId);
      return true;
    },

    /** tabs.onUpdated: a tab that starts loading shows another page; its count is gone. */
    async onTabUpdated(tabId: number, change: { status?: string }): Promise<void> {
      if (change.status !== 'loading') return;
      await deps.reports.remove(tabId);
      await deps.badge.clear(tabId);
    },

    onTabRemoved: (tabId: number): Promise<void> => deps.reports.remove(tabId),

    refreshAllSoon,

    /** The rep turned a site off: its tabs lose their reports and badges. */
    async forgetOrigin(origin: string): Promise<void> {
      for (const tabId of await deps.reports.tabIds()) {
        const report = await deps.reports.get(tabId);
        if (report && siteOrigin(report.url) === origin) {
          await deps.reports.remove(tabId);
          await deps.badge.clear(tabId);
        }
      }
    },
  };
}

export type AutoDetect = ReturnType<typeof createAutoDetect>;
