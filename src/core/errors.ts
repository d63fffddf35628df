/**
 * What went wrong, as a code with its parameters: the one error shape of the core, the background's
 * replies and (soon) the CRM outbox. Codes carry no English: each UI translates them from its
 * catalog (`shared/error-text.ts`), so a German rep never reads an English sentence.
 */
import type { FinishedState } from './jobs/schedule';
import type { LeadField } from './lead/types';

type NoParams = Record<never, never>;

/** Every error code and the parameters its message needs. JSON-safe: replies cross the message boundary. */
export interface ErrorParams {
  // The message protocol.
  /** Not sent by one of the extension's own pages. */
  'request-refused': NoParams;
  /** The request failed its schema: `path` names the part (e.g. "value", "settings.profile.0.id"), `rule` the check. */
  'request-invalid': { path: string; rule: string };
  /** The background did not answer (a stopped worker, an update in progress). */
  'no-answer': NoParams;
  /** A bug: the background logged it; `name` is the exception's name, never its message. */
  unexpected: { name: string };
  /** The browser refused to store more. */
  'storage-full': NoParams;

  // The page in a tab.
  /** The popup or side panel found no tab to show. */
  'no-active-tab': NoParams;
  'tab-gone': NoParams;
  /** Browser pages, stores, PDFs: no extension may read them. */
  'page-restricted': NoParams;
  /** A site Leadfill has no access to yet (toolbar button or the optional host permission grants it). */
  'page-no-access': NoParams;
  /** The page was readable but reading it failed (error page, navigated meanwhile, a bad answer). */
  'page-failed': NoParams;
  'not-a-site': NoParams;
  'nothing-detected': NoParams;
  'value-not-on-page': { field: LeadField };
  'social-not-on-page': { url: string };
  'person-not-on-page': { name: string };
  /** The page changed (another address, other text) since the popup read it: nothing is stored. */
  'page-changed': NoParams;

  // Leads.
  'lead-not-found': NoParams;
  'merge-same-lead': NoParams;
  'merge-lead-gone': NoParams;
  'merge-unresolved': { fields: LeadField[] };
  /** A typed website that is no web address (another scheme such as javascript: or data:, spaces, no host). */
  'website-invalid': NoParams;

  // Qualification.
  /** `missing`: requirement ids of the profile still unmet. */
  incomplete: { missing: string[] };
  'no-need': NoParams;
  'no-next-step': NoParams;
  'invalid-date': { date: string };
  'past-date': { date: string };
  'invalid-channel': { channel: string };
  'empty-need': NoParams;
  'unknown-stage': { stage: string };

  // Automatic detection on a site.
  'site-invalid': { origin: string };
  'site-permission-missing': { site: string };

  // What the rep selected for the context menu.
  'selection-empty': NoParams;
  'selection-too-long': NoParams;
  'selection-not-phone': NoParams;
  'selection-not-email': NoParams;
  'selection-not-name': NoParams;
  'selection-not-address': NoParams;
  'notes-full': NoParams;

  // Settings.
  /** Settings edited in the options page fail their schema at `path`; nothing is saved. */
  'settings-invalid': { path: string };
  /** A stored setting could not be read and its default is used; `path` names it ("settings" for all). */
  'setting-unreadable': { path: string };
  /** Settings saved by a newer build (after a downgrade): read part by part. */
  'settings-newer-version': { version: string };
  /** Settings with a version no build wrote: read part by part. */
  'settings-unknown-version': { version: string };
  /** A retention from the old storage.local was stricter than the default and not taken over. */
  'retention-not-adopted': { staleAfterMonths: number; graceDays: number };

  // A file chosen for import that cannot be imported at all (said before Import).
  'import-empty-file': NoParams;
  /** Not text: a picture, an archive, a program. */
  'import-binary-file': NoParams;
  /** An Excel workbook (.xlsx) instead of its CSV. */
  'import-spreadsheet-file': NoParams;
  /** A header and no rows, or vCards of which none could be read. */
  'import-no-rows': NoParams;
  /** More columns than a contact list has: `count` found, `max` allowed. */
  'import-too-many-columns': { count: number; max: number };
  /** The import's stored file is incomplete (a piece never arrived, or the import was cleaned up): choose the file again. */
  'import-file-gone': NoParams;

  // Durable jobs (re-scoring, imports, bulk research).
  'job-not-found': NoParams;
  /** A pause, resume or cancel for a job that has ended (`state`: done, cancelled or failed). */
  'job-finished': { state: FinishedState };
  /** A stored job of a kind this build does not run (after a downgrade). */
  'job-unknown-kind': { kind: string };

  // Pushing to the team's CRM (the outbox); classified as in ecosystem.md §3.5.
  'crm-not-configured': NoParams;
  /** No connection: offline, DNS, TLS. */
  'crm-unreachable': NoParams;
  /** No answer in time (or HTTP 408). */
  'crm-timeout': NoParams;
  /** HTTP 429; `retryAfterSeconds` from Retry-After, null when the CRM gave none. */
  'crm-rate-limited': { retryAfterSeconds: number | null };
  /** The day's API budget is spent (Salesforce REQUEST_LIMIT_EXCEEDED, HubSpot DAILY): wait for the reset. */
  'crm-quota-exhausted': { retryAfterSeconds: number | null };
  /** HTTP 5xx. */
  'crm-unavailable': { status: number };
  /** HTTP 409 on a request whose idempotency key is still being processed. */
  'crm-busy': NoParams;
  /** HTTP 401: the token expired or was revoked (after one refresh, where the CRM has refresh tokens). */
  'crm-unauthorized': NoParams;
  /** HTTP 403: the token lacks a permission; `scope` the missing one when the CRM said, else "". */
  'crm-forbidden': { scope: string };
  /** HTTP 400/422: the CRM refused the record as it is; `fields` the CRM's field names it named. */
  'crm-rejected': { status: number; fields: string[] };
  /** The CRM holds this record already (Salesforce DUPLICATES_DETECTED). */
  'crm-duplicate': NoParams;
  /** Several CRM records match (Salesforce 300, more than one HubSpot company): the rep picks. */
  'crm-ambiguous': { matches: number };
  /** HTTP 404 or 410: the record or the endpoint is gone. */
  'crm-not-found': NoParams;

  // Researching a company's site (its imprint, contact and team pages).
  /** Leadfill may not read this site yet: the rep grants the origin (or all sites) first. */
  'research-no-access': { origin: string };
  /** The page did not answer within the time research gives a page. */
  'research-timeout': { url: string };
  /** No connection to the site (offline, unknown host, refused). */
  'research-unreachable': { url: string };
  /** The site answered with an HTTP error (404, 500, ...). */
  'research-http-status': { url: string; status: number };
  /** The address is no web page (a PDF, a picture); `type` is its content type. */
  'research-not-html': { url: string; type: string };
  /** The page redirected to another site, which research does not follow. */
  'research-other-site': { url: string; to: string };
  /** The page arrived but could not be read; `name` is the exception's name. */
  'research-unreadable': { url: string; name: string };
  /** The rep stopped the research. */
  'research-cancelled': NoParams;
  /** The CRM needs these lead fields before it takes the record (Salesforce LastName and Company, a contact's e-mail). */
  'crm-field-missing': { fields: LeadField[] };
  /** A value longer than the CRM's field holds (Salesforce: LastName 80, Email 80…): cut by no one but the rep. */
  'crm-field-too-long': { field: LeadField; max: number };
  /** The receiver URL is not a web address (or carries a user name or password). */
  'crm-url-invalid': NoParams;
  /** http:// to another machine: only https, or http on this computer (127.0.0.1, localhost). */
  'crm-url-insecure': NoParams;
  /** A webhook signing secret not of the form whsec_… (Standard Webhooks). */
  'crm-secret-invalid': NoParams;
  /** The webhook receiver refused the signature (HTTP 401/403): the signing secret differs from the receiver's. */
  'crm-signature-refused': NoParams;
  /** A team setup file that is not JSON. */
  'team-setup-not-json': NoParams;
  /** JSON, but not a Leadfill team setup file (another export, a settings file). */
  'team-setup-wrong-file': NoParams;
  /** A team setup written by a newer Leadfill. */
  'team-setup-newer': { version: string };
  /** A team setup whose part at `path` fails its check (e.g. "connections.0.url"); nothing was applied. */
  'team-setup-invalid': { path: string };
  /** The browser did not grant access to the receiver's address. */
  'crm-permission-denied': NoParams;
  /** The Salesforce field the connection upserts Leads through is missing or not marked External ID. */
  'crm-external-id-missing': { field: string };
  /** An API token that cannot be one (empty, spaces inside, a few characters): a copy from the CRM's settings that went wrong. */
  'crm-token-invalid': NoParams;
}

export type ErrorCode = keyof ErrorParams;

type ErrorOf<C extends ErrorCode> = keyof ErrorParams[C] extends never ? { code: C } : { code: C; params: ErrorParams[C] };

/** An error: its code, and its parameters when the code has any. */
export type AppError = { [C in ErrorCode]: ErrorOf<C> }[ErrorCode];

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

type ParamArgs<C extends ErrorCode> = keyof ErrorParams[C] extends never ? [] : [params: ErrorParams[C]];

export function appError<C extends ErrorCode>(code: C, ...params: ParamArgs<C>): ErrorOf<C> {
  return (params.length ? { code, params: params[0] } : { code }) as ErrorOf<C>;
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

/**
 * An AppError thrown: how the background's handlers refuse a request. The message is the code only, so
 * a log line never carries the parameters (which may hold page content).
 */
export class Failure extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
    this.name = 'Failure';
  }
}

/** The value of a result, or its error thrown as a Failure. */
export function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new Failure(result.error);
  return result.value;
}

/**
 * What can be done about an error, for the outbox and for whoever retries:
 * - `retryable`: try again later (with backoff) without changing anything;
 * - `reauthenticate`: the rep must sign in to the CRM again (a token expired or was revoked);
 * - `needs-rep`: the rep must change something (the data, a setting, a choice, a scope the CRM's admin grants) first.
 */
export type ErrorClass = 'retryable' | 'reauthenticate' | 'needs-rep';

const CLASS: Record<ErrorCode, ErrorClass> = {
  'request-refused': 'needs-rep',
  'request-invalid': 'needs-rep',
  'no-answer': 'retryable',
  unexpected: 'needs-rep',
  'storage-full': 'needs-rep',
  'no-active-tab': 'needs-rep',
  'tab-gone': 'needs-rep',
  'page-restricted': 'needs-rep',
  'page-no-access': 'needs-rep',
  'page-failed': 'retryable',
  'not-a-site': 'needs-rep',
  'nothing-detected': 'needs-rep',
  'value-not-on-page': 'needs-rep',
  'social-not-on-page': 'needs-rep',
  'person-not-on-page': 'needs-rep',
  'page-changed': 'needs-rep',
  'lead-not-found': 'needs-rep',
  'merge-same-lead': 'needs-rep',
  'merge-lead-gone': 'needs-rep',
  'merge-unresolved': 'needs-rep',
  'website-invalid': 'needs-rep',
  incomplete: 'needs-rep',
  'no-need': 'needs-rep',
  'no-next-step': 'needs-rep',
  'invalid-date': 'needs-rep',
  'past-date': 'needs-rep',
  'invalid-channel': 'needs-rep',
  'empty-need': 'needs-rep',
  'unknown-stage': 'needs-rep',
  'site-invalid': 'needs-rep',
  'site-permission-missing': 'needs-rep',
  'selection-empty': 'needs-rep',
  'selection-too-long': 'needs-rep',
  'selection-not-phone': 'needs-rep',
  'selection-not-email': 'needs-rep',
  'selection-not-name': 'needs-rep',
  'selection-not-address': 'needs-rep',
  'notes-full': 'needs-rep',
  'settings-invalid': 'needs-rep',
  'setting-unreadable': 'needs-rep',
  'settings-newer-version': 'needs-rep',
  'settings-unknown-version': 'needs-rep',
  'retention-not-adopted': 'needs-rep',
  'import-empty-file': 'needs-rep',
  'import-binary-file': 'needs-rep',
  'import-spreadsheet-file': 'needs-rep',
  'import-no-rows': 'needs-rep',
  'import-too-many-columns': 'needs-rep',
  'job-not-found': 'needs-rep',
  'job-finished': 'needs-rep',
  'job-unknown-kind': 'needs-rep',
  'import-file-gone': 'needs-rep',
  'crm-not-configured': 'needs-rep',
  'crm-unreachable': 'retryable',
  'crm-timeout': 'retryable',
  'crm-rate-limited': 'retryable',
  'crm-quota-exhausted': 'retryable',
  'crm-unavailable': 'retryable',
  'crm-busy': 'retryable',
  'crm-unauthorized': 'reauthenticate',
  // A new sign-in brings the same scopes: the app's admin has to grant the missing one.
  'crm-forbidden': 'needs-rep',
  'crm-rejected': 'needs-rep',
  'crm-duplicate': 'needs-rep',
  'crm-ambiguous': 'needs-rep',
  'crm-not-found': 'needs-rep',
  'research-no-access': 'needs-rep',
  'research-timeout': 'retryable',
  'research-unreachable': 'retryable',
  'research-http-status': 'retryable',
  'research-not-html': 'needs-rep',
  'research-other-site': 'needs-rep',
  'research-unreadable': 'needs-rep',
  'research-cancelled': 'needs-rep',
  'crm-field-missing': 'needs-rep',
  'crm-field-too-long': 'needs-rep',
  'crm-url-invalid': 'needs-rep',
  'crm-url-insecure': 'needs-rep',
  'crm-secret-invalid': 'needs-rep',
  'crm-signature-refused': 'reauthenticate',
  'crm-permission-denied': 'needs-rep',
  'team-setup-not-json': 'needs-rep',
  'team-setup-wrong-file': 'needs-rep',
  'team-setup-newer': 'needs-rep',
  'team-setup-invalid': 'needs-rep',
  'crm-external-id-missing': 'needs-rep',
  'crm-token-invalid': 'needs-rep',
};

export function errorClass(error: AppError | ErrorCode): ErrorClass {
  return CLASS[typeof error === 'string' ? error : error.code];
}

/**
 * Any caught value as an AppError: a Failure's own error; a full disk as "storage-full"; anything else
 * "unexpected" with the exception's name (the caller logs the rest).
 */
export function asAppError(err: unknown): AppError {
  if (err instanceof Failure) return err.error;
  // Browsers' DOMExceptions (and Dexie's errors) are Errors too, with a name that says what failed.
  const name = err instanceof Error ? err.name : typeof err;
  if (name === 'QuotaExceededError') return appError('storage-full');
  return appError('unexpected', { name });
}
