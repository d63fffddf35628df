/**
 * The CRM part of the settings: the team's connections (never a secret: those live in the secrets
 * store), the push rule, and the outbox's timing. Part of the team setup export.
 */
import * as v from 'valibot';
import { DEFAULT_BACKOFF } from '../core/crm/backoff';
import { CONNECTOR_KINDS } from '../core/crm/connector';
import { DEFAULT_PUSH_RULE, PUSH_RULES } from '../core/crm/push-rule';

export const MAX_CONNECTIONS = 10;

export const ConnectionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][\w-]{0,39}$/i, 'Connection id: letters, digits, "-" or "_".')),
  kind: v.picklist(CONNECTOR_KINDS),
  label: v.pipe(v.string(), v.trim(), v.maxLength(80)),
  url: v.pipe(v.string(), v.url(), v.maxLength(2000)),
  options: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z][\w-]{0,39}$/i)), v.pipe(v.string(), v.maxLength(200)))),
});

/**
 * How the outbox waits. The defaults suit a packed extension, whose alarms fire at most every 30 s;
 * the bounds let the tests and the fault-injection run shorten them (the same code paths, shorter waits).
 */
export const OutboxTimingSchema = v.object({
  backoffBaseMs: v.pipe(v.number(), v.integer(), v.minValue(50), v.maxValue(3_600_000)),
  backoffCapMs: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(24 * 3_600_000)),
  /** A push without an answer after this long is abandoned and retried (a fetch over 30 s would outlive the worker). */
  timeoutMs: v.pipe(v.number(), v.integer(), v.minValue(200), v.maxValue(25_000)),
});
export type OutboxTiming = v.InferOutput<typeof OutboxTimingSchema>;

export const DEFAULT_OUTBOX_TIMING: OutboxTiming = { backoffBaseMs: DEFAULT_BACKOFF.baseMs, backoffCapMs: DEFAULT_BACKOFF.capMs, timeoutMs: 20_000 };

export const CrmSettingsSchema = v.object({
  connections: v.pipe(
    v.array(ConnectionSchema),
    v.maxLength(MAX_CONNECTIONS),
    v.check((c) => new Set(c.map((x) => x.id)).size === c.length, 'Each connection id once.'),
  ),
  pushRule: v.picklist(PUSH_RULES),
  timing: OutboxTimingSchema,
});
export type CrmSettings = v.InferOutput<typeof CrmSettingsSchema>;

export const DEFAULT_CRM_SETTINGS: CrmSettings = { connections: [], pushRule: DEFAULT_PUSH_RULE, timing: DEFAULT_OUTBOX_TIMING };
