/**
 * Every message between the extension's contexts, typed in one place. The background validates each
 * request against these schemas before acting; anything else is rejected and changes nothing.
 * Only extension pages (popup, side panel, options) may send `Request`s; a content script may only
 * say that it is ready (`ContentReady`); the background then calls its page reader for a snapshot
 * (reader-messages.ts), which the engine in the background reads.
 */
import * as v from 'valibot';
import type { ConnectionHold } from '../core/crm/connection-hold';
import type { Connection, ConnectionCheck } from '../core/crm/connector';
import type { PushStateView } from '../core/crm/outbox-rules';
import type { AppError } from '../core/errors';
import type { JobState } from '../core/jobs/schedule';
import type { DetectionResult } from '../core/detect/types';
import type { Completeness } from '../core/lead/completeness';
import type { CsvEncoding } from '../core/import/decode';
import type { RejectedRow } from '../core/import/import-file';
import { MAX_COLUMNS } from '../core/import/file-issues';
import { IMPORT_TARGETS } from '../core/import/targets';
import type { DuplicateGroup } from '../core/lead/duplicates';
import type { MatchReason } from '../core/lead/match';
import type { Score } from '../core/lead/scoring';
import type { Suggestions } from '../core/lead/suggestions';
import type { PageReading } from '../core/research/merge';
import type { PageOutcome } from '../core/research/research-site';
import type { SeenPage } from '../core/lead/seen-page';
import { CHANNELS, LEAD_FIELDS, STAGES, type Lead, type Stage } from '../core/lead/types';
import { GROUP_BY } from '../core/report/selection';
import type { ReportCostRow } from './db/schema';
import { SettingsPatchSchema, type Settings } from './settings';

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const LeadId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const Field = v.picklist(LEAD_FIELDS);
const ConnectionId = v.pipe(v.string(), v.regex(/^[a-z][\w-]{0,39}$/i));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
/** A site's origin, scheme and host (and port), e.g. "https://www.example.de". */
const Origin = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s*]+$/, 'An origin is scheme and host, e.g. https://www.example.de.'));

/**
 * What the rep saw of the tab's page (TabState.seen): actions that store what the page shows carry it,
 * and the background refuses them when the page has changed since (core/lead/seen-page.ts).
 */
const Seen = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(65_536)),
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

const CSV_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const satisfies readonly CsvEncoding[];

/** What a finished import did. */
export interface ImportOutcome {
  batch: string;
  /** Records after the header line. */
  dataRows: number;
  added: number;
  /** Rows whose lead was stored already (the same rows imported before): not added again. */
  known: number;
  /** Total leads stored now. */
  total: number;
  /** Rows not imported, each with its row number, reasons and raw cells. */
  rejected: RejectedRow[];
}

/** A durable job as the pages see it (background/jobs/runner.ts). */
export interface JobView {
  id: string;
  /** "rescore", "import", "research", … */
  kind: string;
  state: JobState;
  progress: { done: number; failed: number; total: number | null };
  /** The last failure: while retrying (with `retryAt`) or why the job failed. */
  error: AppError | null;
  retryAt: number | null;
  createdAt: number;
  updatedAt: number;
}
const JobId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** A file for import travels in pieces of this many characters (a runtime message carries a few megabytes at most). */
export const IMPORT_PIECE_CHARS = 4_000_000;
const MAX_PIECES = 15;
const UploadId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

const SortSchema = v.picklist(['updated', 'score', 'company', 'completeness']);

/** Requests from extension pages to the background. */
/** The CRMs connected with an address and one secret the rep pastes; Salesforce signs in instead. */
export const TOKEN_KINDS = ['webhook', 'hubspot', 'pipedrive'] as const;
const CrmLabel = v.pipe(v.string(), v.trim(), v.maxLength(80));
const CrmUrl = v.pipe(v.string(), v.maxLength(2000));
const CrmSecret = v.pipe(v.string(), v.maxLength(500));

export const RequestSchema = v.variant('type', [
  // The current page and its lead.
  v.strictObject({ type: v.literal('tab.state'), tabId: TabId }),
  v.strictObject({ type: v.literal('lead.createFromTab'), tabId: TabId, seen: Seen }),
  v.strictObject({
    type: v.literal('lead.fill'),
    leadId: LeadId,
    field: Field,
    value: Text(2000),
    /** When set, the value must be one the page in this tab showed: it is stored as detected there. */
    tabId: v.optional(TabId),
    /** With `tabId`: refused when the page has changed since the rep saw it. */
    seen: v.optional(Seen),
  }),
  v.strictObject({ type: v.literal('lead.fillAll'), leadId: LeadId, tabId: TabId, seen: Seen }),
  v.strictObject({ type: v.literal('lead.resolveConflict'), leadId: LeadId, field: Field, action: v.picklist(['keep', 'replace']), index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** A typed edit; null clears the field. */
  v.strictObject({ type: v.literal('lead.edit'), leadId: LeadId, field: Field, value: v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(2000))) }),
  /** Takes a person the page in `tabId` names; `asContact` also makes them the lead's contact person. */
  v.strictObject({ type: v.literal('lead.addPerson'), leadId: LeadId, tabId: TabId, seen: Seen, name: Text(200), asContact: v.boolean() }),
  /** Takes a social profile the page in `tabId` links to as the organisation's own. */
  v.strictObject({ type: v.literal('lead.addSocial'), leadId: LeadId, tabId: TabId, seen: Seen, url: Text(2000) }),
  v.strictObject({ type: v.literal('lead.recordNeed'), leadId: LeadId, text: Text(2000) }),
  v.strictObject({
    type: v.literal('lead.setNextStep'),
    leadId: LeadId,
    date: v.pipe(v.string(), v.isoDate('A date is written YYYY-MM-DD.')),
    channel: v.picklist(CHANNELS),
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500))),
  }),
  v.strictObject({ type: v.literal('lead.setStage'), leadId: LeadId, stage: v.picklist(STAGES) }),
  v.strictObject({ type: v.literal('lead.setSignal'), leadId: LeadId, signal: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)), on: v.boolean() }),
  v.strictObject({ type: v.literal('lead.get'), leadId: LeadId }),
  v.strictObject({ type: v.literal('lead.delete'), leadId: LeadId }),
  v.strictObject({ type: v.literal('lead.list') }),
  // The lead list, import and export.
  v.strictObject({
    type: v.literal('leads.query'),
    text: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
    incomplete: v.optional(v.boolean()),
    stage: v.optional(v.picklist(STAGES)),
    minScore: v.optional(v.pipe(v.number(), v.integer())),
    source: v.optional(v.pipe(v.string(), v.maxLength(200))),
    sort: v.optional(SortSchema),
    descending: v.optional(v.boolean()),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  }),
  /**
   * A CSV or vCard file, decoded to text in the options page (which showed the rep its encoding,
   * recognised shape, mapping and preview), handed over in pieces that the background stores; then
   * `leads.importStart` starts the durable import job over them, which survives a stopped worker.
   * The rep chose the default country for numbers whose row does not say its own.
   */
  v.strictObject({
    type: v.literal('leads.importPiece'),
    upload: UploadId,
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PIECES - 1, 'The file is too large (60 MB at most).')),
    text: v.pipe(v.string(), v.maxLength(IMPORT_PIECE_CHARS)),
  }),
  v.strictObject({
    type: v.literal('leads.importStart'),
    upload: UploadId,
    pieces: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PIECES)),
    encoding: v.picklist(CSV_ENCODINGS),
    mapping: v.pipe(v.array(v.nullable(v.picklist(IMPORT_TARGETS))), v.maxLength(MAX_COLUMNS)),
    batch: Text(200),
    defaultCountry: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  }),
  v.strictObject({ type: v.literal('leads.importResult'), job: JobId }),
  v.strictObject({ type: v.literal('leads.duplicates') }),
  v.strictObject({ type: v.literal('leads.merge'), leftId: LeadId, rightId: LeadId, choices: v.record(Field, v.picklist(['left', 'right'])) }),
  // Settings and privacy.
  v.strictObject({ type: v.literal('settings.get') }),
  /** Changes the parts given, on top of the settings as stored when the background applies it. */
  v.strictObject({ type: v.literal('settings.update'), patch: SettingsPatchSchema }),
  v.strictObject({ type: v.literal('retention.review') }),
  v.strictObject({ type: v.literal('data.deleteAll') }),
  // The team's CRM (issue 7). Secrets go to the background once, on connect, and never come back.
  v.variant('kind', [
    /** A signed webhook (URL, signing secret), HubSpot (API address, access token), Pipedrive (company domain, API token). */
    v.strictObject({ type: v.literal('crm.connect'), kind: v.picklist(TOKEN_KINDS), label: CrmLabel, url: CrmUrl, secret: CrmSecret }),
    /**
     * Salesforce after the login window: the code and its PKCE verifier, which only the background
     * exchanges for tokens, so that no page ever holds one.
     */
    v.strictObject({
      type: v.literal('crm.connect'),
      kind: v.literal('salesforce'),
      label: CrmLabel,
      url: CrmUrl,
      clientId: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
      externalIdField: v.pipe(v.string(), v.trim(), v.maxLength(40)),
      code: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
      verifier: v.pipe(v.string(), v.regex(/^[\w.~-]{43,128}$/)),
      redirectUri: v.pipe(v.string(), v.url(), v.maxLength(500)),
    }),
  ]),
  /** Tests a stored connection, or a draft before it is saved (the page asked for the host permission first). */
  v.strictObject({ type: v.literal('crm.test'), connectionId: ConnectionId }),
  v.strictObject({ type: v.literal('crm.testDraft'), kind: v.picklist(TOKEN_KINDS), url: CrmUrl, secret: CrmSecret }),
  v.strictObject({ type: v.literal('crm.disconnect'), connectionId: ConnectionId }),
  v.strictObject({ type: v.literal('crm.push'), leadId: LeadId }),
  v.strictObject({ type: v.literal('crm.states'), leadIds: v.pipe(v.array(LeadId), v.maxLength(200)) }),
  v.strictObject({ type: v.literal('crm.outbox') }),
  // Connections the CRM asked to wait (a rate limit, a spent day budget): until when and why.
  v.strictObject({ type: v.literal('crm.holds') }),
  // Team setup: connections (no secrets), push rule, profile and scoring as one JSON file.
  v.strictObject({ type: v.literal('team.export') }),
  v.strictObject({ type: v.literal('team.import'), json: v.pipe(v.string(), v.maxLength(1_000_000)) }),
  // Automatic detection on sites the rep chose; the page asked for the host permission first.
  v.strictObject({ type: v.literal('sites.enableAutoDetect'), origin: Origin }),
  v.strictObject({ type: v.literal('sites.disableAutoDetect'), origin: Origin }),
  // Durable jobs (re-scoring, imports, bulk research): progress, pause, resume, cancel.
  v.strictObject({ type: v.literal('jobs.list') }),
  v.strictObject({ type: v.literal('jobs.pause'), id: JobId }),
  v.strictObject({ type: v.literal('jobs.resume'), id: JobId }),
  v.strictObject({ type: v.literal('jobs.cancel'), id: JobId }),
  // The quality report: the cost of a source, campaign or batch ("" is the group without one); null removes it.
  v.strictObject({
    type: v.literal('report.setCost'),
    by: v.picklist(GROUP_BY),
    group: v.pipe(v.string(), v.maxLength(200)),
    amount: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12))),
    currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  }),
  // Research of the tab's company site (its imprint, contact and team pages): only on the rep's request.
  v.strictObject({ type: v.literal('research.start'), tabId: TabId, refresh: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('research.state'), tabId: TabId }),
  v.strictObject({ type: v.literal('research.cancel'), tabId: TabId }),
  /** Researches these leads' sites as a durable job; the page asked for host access for the run first. */
  v.strictObject({ type: v.literal('leads.research'), ids: v.pipe(v.array(LeadId), v.minLength(1), v.maxLength(100_000)) }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** A lead with what the background derives from it under the rep's settings. */
export interface LeadView {
  lead: Lead;
  completeness: Completeness;
  score: Score;
  /** The stage shown: the one set, capped at what the data supports. */
  stage: Stage;
  /** The highest stage the data supports now. */
  supportedStage: Stage;
}

/** Why a page could not be read; the popup shows the access hint for "page-no-access". */
export type PageError = Extract<AppError, { code: 'page-restricted' | 'page-no-access' | 'page-failed' }>;

/** Where the time of reading a page went, in milliseconds (the popup's bench splits its opening by them). */
export interface ReadTimings {
  /** Injecting the content script (compiled afresh in every new page). */
  injectMs: number;
  /** The content script reading the page into a snapshot. */
  snapshotMs: number;
  /** The snapshot's way from the page to the background, both ways of the message. */
  transferMs: number;
  /** The engine on the snapshot, in the background. */
  detectMs: number;
  /** The engine's first run in this worker on an invented page while the page was read (0 once it ran). */
  warmMs: number;
  /** Parsing the page's answer and checking the snapshot's shape before the engine reads it (the page controls what it says). */
  checkMs: number;
  /** The reading's digest (its copy in session storage is written after the answer). */
  digestMs: number;
}

export interface TabState {
  tabId: number;
  url: string;
  /** The site's registrable domain (or host for IP addresses); "" for pages that are not web sites. */
  domain: string;
  detection: DetectionResult | null;
  /** Why detection could not run (restricted page, no permission, page error). */
  detectionError: PageError | null;
  /** What the rep sees of the page: the actions that store from it carry this back. */
  seen: SeenPage;
  /** The rep's "research automatically": the popup researches an incomplete lead's site where it may read it. */
  autoResearch: boolean;
  /** How long reading the page and finding its lead took; null when the page was not read. */
  timings: (ReadTimings & { researchMs: number; lookupMs: number }) | null;
  /** What the page offers for each field, best first, with sources. */
  suggestions: Suggestions;
  /** The lead that matches this site, with the reason it matched. */
  view: LeadView | null;
  matchReason: MatchReason | null;
  /** Further leads that could be this company (same e-mail domain, phone, name). */
  otherMatches: { leadId: string; companyName: string; reason: MatchReason }[];
}

export interface LeadRow {
  id: string;
  companyName: string;
  city: string;
  contact: string;
  completeness: number;
  score: number;
  ready: boolean;
  stage: Stage;
  source: string;
  updatedAt: number;
}

/** A site's research as far as it has come (background/research/site-research.ts). */
export interface ResearchState {
  /** The registrable domain (or host and port of an IP address). */
  site: string;
  /** The address research started from. */
  start: string;
  status: 'running' | 'done' | 'failed';
  /** When the run started (while running) or ended. */
  at: number;
  pages: PageOutcome[];
  cancelled: boolean;
  /** Why the run failed, when it did. */
  error?: AppError;
  /** Each page read with its reading; the lead view merges them with the tab's own. */
  readings: PageReading[];
}

/** What the popup gets of a research: everything but the readings, which reach it merged in `tab.state`. */
export type ResearchView = Omit<ResearchState, 'readings'>;

export interface Responses {
  'tab.state': TabState;
  'lead.createFromTab': LeadView;
  'lead.fill': LeadView;
  'lead.fillAll': LeadView;
  'lead.resolveConflict': LeadView;
  'lead.edit': LeadView;
  'lead.addPerson': LeadView;
  'lead.addSocial': LeadView;
  'lead.recordNeed': LeadView;
  'lead.setNextStep': LeadView;
  'lead.setStage': LeadView;
  'lead.setSignal': LeadView;
  'lead.get': LeadView;
  'lead.delete': { deleted: boolean };
  'lead.list': Lead[];
  'leads.query': { total: number; rows: LeadRow[] };
  'leads.importPiece': { index: number };
  'leads.importStart': JobView;
  /** Null while the import runs, and for one cancelled or failed (its job's progress says how far it got). */
  'leads.importResult': ImportOutcome | null;
  'leads.duplicates': DuplicateGroup[];
  'leads.merge': LeadView;
  /** `problems`: stored settings that could not be read and fell back to their defaults. */
  'settings.get': { settings: Settings; problems: AppError[] };
  'settings.update': Settings;
  'retention.review': { flagged: number; unflagged: number; deleted: number };
  'data.deleteAll': { deleted: number };
  'crm.connect': { connection: Connection; settings: Settings };
  'crm.test': ConnectionCheck;
  'crm.testDraft': ConnectionCheck;
  'crm.disconnect': Settings;
  'crm.push': PushStateView[];
  /** Per lead id, each connection's push state. */
  'crm.states': Record<string, PushStateView[]>;
  'crm.outbox': { due: number; attention: number; sent: number };
  'crm.holds': ConnectionHold[];
  'team.export': string;
  'team.import': Settings;
  /** The origins with automatic detection after the change. */
  'sites.enableAutoDetect': { origins: string[] };
  'sites.disableAutoDetect': { origins: string[] };
  /** Newest first. */
  'jobs.list': JobView[];
  'jobs.pause': JobView;
  'jobs.resume': JobView;
  'jobs.cancel': JobView;
  /** Every cost entered, after the change. */
  'report.setCost': { costs: ReportCostRow[] };
  'research.start': ResearchView;
  'research.state': ResearchView | null;
  'research.cancel': ResearchView | null;
  'leads.research': JobView;
}

/** The background's answer: the data, or an error code with its parameters for the page to translate. */
export type Response<T extends RequestType> = { ok: true; data: Responses[T] } | { ok: false; error: AppError };

export { ContentReadySchema, MAX_HTML_CHARS, OffscreenRequestSchema, PAGE_READER, type ContentAnswer, type ContentReady, type OffscreenRequest } from './reader-messages';
