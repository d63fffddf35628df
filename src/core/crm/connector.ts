/**
 * The one small interface every CRM connector implements (webhook, HubSpot, Pipedrive, Salesforce),
 * and the shapes the outbox hands it. Pure types: a connector's implementation lives in
 * src/background/crm/<kind>.ts (it fetches); its field mapping is a pure function in src/core/crm/.
 *
 * The outbox owns retries, leases, backoff and pausing; a connector only turns a batch of lead versions
 * into requests and each answer into a per-lead outcome, with every failure as a classified AppError
 * (core/crm/http-errors.ts, core/crm/classify.ts). A connector never throws for an HTTP answer or a
 * network failure: it returns them as outcomes, so one lead's refusal cannot fail its batch neighbours.
 */
import type { AppError, Result } from '../errors';
import type { Lead, LeadField } from '../lead/types';
import type { RateLimit } from './rate-limit';

export const CONNECTOR_KINDS = ['webhook', 'hubspot', 'pipedrive', 'salesforce'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

/**
 * A connection as stored in the settings and exported with the team setup: never a secret. The
 * connector's secrets (token, signing secret) live in the secrets store under `crm:<id>:…`.
 */
export interface Connection {
  /** Stable id ("webhook-1", a UUID): the outbox rows, push states and secrets are keyed by it. */
  id: string;
  kind: ConnectorKind;
  /** What the rep calls it ("Team CRM"). */
  label: string;
  /** The endpoint or instance (webhook URL, Salesforce My Domain, Pipedrive company domain). */
  url: string;
  /** Connector-specific options that are not secret (HubSpot API version, Salesforce external-id field). */
  options?: Record<string, string> | undefined;
}

/** Whether the receiver sees the lead for the first time or a change of a lead it has. */
export type PushEvent = 'lead.completed' | 'lead.updated';

/**
 * What a connector found or made of one lead's records in earlier attempts: the CRM's ids under the
 * connector's own names ("organization", "person") and the steps done for this lead version. A retry
 * resumes where the last attempt stopped instead of searching again (a search can lag behind a write);
 * an update goes to the records the lead has. Connectors that need none ignore it.
 */
export interface RecordTrail {
  ids: Readonly<Record<string, string>>;
  /** Steps done for this lead version (written with this version's values). */
  done: readonly string[];
  /**
   * Creates sent whose answer never came (dropped, timed out, 5xx), by step, with the time before
   * sending: the record may exist although a search, which lags behind writes, does not find it yet.
   * `UNCERTAIN_ANY` stands for every step: a worker stopped mid-push left no word of how far it got.
   */
  uncertain?: Readonly<Record<string, number>>;
}

/** The trail's `uncertain` key for an attempt whose worker was stopped: any create of it may have been made. */
export const UNCERTAIN_ANY = '*';

/** One lead version to push: the lead as stored now, and what the outbox knows about earlier pushes. */
export interface PushItem {
  lead: Lead;
  event: PushEvent;
  /**
   * The same for every retry of this lead version, different for the next version (core/crm/idempotency.ts):
   * the Standard Webhooks `webhook-id`, the `Idempotency-Key` header, HubSpot's objectWriteTraceId.
   */
  idempotencyKey: string;
  /** The CRM's id from an earlier successful push of this lead (an update must not create a second record). */
  remoteId: string | null;
  /** The lead's records as earlier attempts and pushes left them (none known: absent). */
  trail?: RecordTrail;
}

export type PushOutcome =
  | { ok: true; remoteId: string; /** Opens the record in the CRM; null when the receiver has no page for it. */ recordUrl: string | null; /** The lead's records, kept for its next update. */ ids?: Record<string, string> }
  | { ok: false; error: AppError; /** The lead fields the rep must fix, when the CRM named them and they map back. */ fields?: LeadField[]; /** How far this attempt got, for the next one. */ trail?: RecordTrail };

export interface PushResult {
  /** One outcome per item, in the items' order. */
  outcomes: PushOutcome[];
  /** What the last answer's headers said about the remaining budget; null when they said nothing. */
  rateLimit: RateLimit | null;
}

/** What a harmless authenticated call found out: who the connection speaks as, for the options page. */
export interface ConnectionCheck {
  /** e.g. the HubSpot portal id or the receiver's host; shown beside "Connected". */
  account: string;
}

export interface CrmConnector {
  readonly kind: ConnectorKind;
  /** At most this many items per `push` call (1 when the API takes one record per request). */
  readonly batchSize: number;
  /** Pushes `items` (at most batchSize); `signal` aborts when the outbox's timeout passes. */
  push(items: readonly PushItem[], signal: AbortSignal): Promise<PushResult>;
  /** One harmless authenticated call; the error says in plain words what is wrong (token, scope, URL). */
  testConnection(signal: AbortSignal): Promise<Result<ConnectionCheck>>;
}

/** What a connector needs from the background: its connection, its secret, fetch and a clock. */
export interface ConnectorDeps {
  connection: Connection;
  /**
   * A secret of this connection by name ("token", "signing-secret"); undefined when none is stored.
   * Wrapped (background/secrets.ts) so that logging it shows "[secret]"; `reveal()` only where it is used.
   */
  secret(name: string): Promise<{ reveal(): string } | undefined>;
  /** Stores a secret the connector renewed itself (Salesforce's refreshed access token); absent where nothing may be stored. */
  saveSecret?(name: string, value: string): Promise<void>;
  fetch: typeof fetch;
  now(): number;
}

export type ConnectorFactory = (deps: ConnectorDeps) => CrmConnector;
