/**
 * The CRM outbox: every push is a row in IndexedDB until the receiver confirms it. Rows are enqueued
 * in the same transaction as the lead write that makes them due (`participant`, joined to every write of
 * the leads repository); a worker leases the rows it sends, so a worker stopped mid-push leaves rows that
 * the next worker takes over once the lease expires (and tells the connector that attempt's outcome is
 * unknown). Driven by the worker's start-up and the `outbox` alarm, set to the next due time: a packed
 * extension's 30-second alarm floor makes retries later, never wrong. A running drain also waits a few
 * seconds in the worker for what is due then (a burst window), always with the alarm set first, so no
 * work depends on a timer that dies with the worker. A CRM's rate limit holds the whole connection in
 * the `crmHolds` table, which every worker reads before it sends. Decisions are pure (core/crm/).
 */
import { extendHold, holdReason, isHeld, type ConnectionHold } from '../../core/crm/connection-hold';
import type { Connection, CrmConnector, PushItem, RecordTrail } from '../../core/crm/connector';
import { idempotencyKey } from '../../core/crm/idempotency';
import { afterAttempt, afterLeadWrite, claimable, entryId, NEVER, newEntry, nextWake, pushState, takenOver, type PushStateView } from '../../core/crm/outbox-rules';
import { fromStored } from '../../core/lead/stored-lead';
import type { Lead } from '../../core/lead/types';
import type { LeadfillDb, OutboxRow, PushRow } from '../../shared/db/schema';
import { readSettings } from '../../shared/settings';
import type { CrmSettings } from '../../shared/crm-settings';
import type { WriteParticipant } from '../repos/leads.repo';
import { singleFlight } from '../jobs/single-flight';
import { wakeAt, type AlarmsApi } from '../jobs/wake-alarm';

export const OUTBOX_ALARM = 'outbox';
/** Batches one worker sends side by side (each of the connector's batch size). */
const PARALLEL = 6;
/** The lease outlives the push's timeout by this much, so a slow but live worker keeps its rows. */
const LEASE_SLACK_MS = 2_000;
/**
 * A lane that finds nothing due waits in the running worker for what is due within this long (a CRM's
 * burst window, a short backoff) instead of leaving it to the alarm, which a packed extension rounds up
 * to 30 s. Well inside the 30 s a browser lets an idle worker live; the alarm stays set, so a worker
 * stopped while it waits loses nothing (the hold and the due times are stored).
 */
const WAIT_IN_WORKER_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface OutboxDeps {
  db: LeadfillDb;
  /** This worker's id: a fresh one per start, so a dead worker's lease is never mistaken for ours. */
  owner: string;
  now(): number;
  random(): number;
  alarms: AlarmsApi;
  crm(): Promise<CrmSettings>;
  connector(connection: Connection): CrmConnector;
  /** How long a lane waits in this worker for what is due soon (WAIT_IN_WORKER_MS when absent). */
  waitInWorkerMs?: number;
  /** After rows changed (sent, failed, enqueued): the pages refresh push states. */
  changed?(leadIds: readonly string[]): void;
  log(what: string, err: unknown): void;
}

/** The CRM part of the settings as stored right now, read inside the caller's transaction. */
async function storedCrm(db: LeadfillDb): Promise<CrmSettings> {
  return readSettings((await db.settings.get('current'))?.value).settings.crm;
}

/** Joins every lead write: enqueues what the push rule or an earlier push makes due, in the same transaction. */
export function outboxParticipant(db: LeadfillDb, now: () => number): WriteParticipant {
  return {
    tables: () => [db.outbox, db.pushes, db.settings],
    async stored(leads) {
      const { connections, pushRule } = await storedCrm(db);
      for (const connection of connections) {
        const ids = leads.map((l) => entryId(connection.id, l.id));
        const [rows, pushes] = await Promise.all([db.outbox.bulkGet(ids), db.pushes.bulkGet(ids)]);
        const next: OutboxRow[] = [];
        leads.forEach((lead, i) => {
          const row = afterLeadWrite(lead, connection.id, pushRule, rows[i], pushes[i], now());
          if (row) next.push(row);
        });
        if (next.length) await db.outbox.bulkPut(next);
      }
    },
    async deleted(ids) {
      if (ids === null) {
        await Promise.all([db.outbox.clear(), db.pushes.clear()]);
        return;
      }
      await Promise.all([db.outbox.where('leadId').anyOf([...ids]).delete(), db.pushes.where('leadId').anyOf([...ids]).delete()]);
    },
  };
}

/**
 * What earlier attempts and the last confirmed push know of the lead's records; steps count only for the
 * same version, uncertain creates for any (a record made for an older version is the lead's record too).
 */
function trailOf(row: OutboxRow, push: PushRow | undefined, version: number): RecordTrail {
  const uncertain = row.trail?.uncertain;
  return { ids: { ...push?.ids, ...row.trail?.ids }, done: row.trail?.version === version ? row.trail.done : [], ...(uncertain ? { uncertain } : {}) };
}

export function createOutbox(deps: OutboxDeps) {
  const { db, owner } = deps;

  /** Leases one batch that is due now: rows of one connection, at most its connector's batch size. */
  async function claim(crm: CrmSettings): Promise<{ connection: Connection; rows: OutboxRow[] } | null> {
    const leaseMs = crm.timing.timeoutMs + LEASE_SLACK_MS;
    return db.transaction('rw', [db.outbox, db.crmHolds], async () => {
      const now = deps.now();
      // A held connection's rows stay, whoever enqueued them and whenever: the hold is the CRM's.
      const held = new Set((await db.crmHolds.toArray()).filter((h) => isHeld(h, now)).map((h) => h.connectionId));
      const first = await db.outbox.where('dueAt').belowOrEqual(now).filter((r) => claimable(r, now) && !held.has(r.connectionId) && crm.connections.some((c) => c.id === r.connectionId)).first();
      if (!first) return null;
      const connection = crm.connections.find((c) => c.id === first.connectionId)!;
      const size = Math.max(1, deps.connector(connection).batchSize);
      const due = size === 1 ? [first] : await db.outbox.where('dueAt').belowOrEqual(now).filter((r) => r.connectionId === connection.id && claimable(r, now)).limit(size).toArray();
      const rows = due.map((r) => ({ ...takenOver(r, leaseMs), lease: { owner, until: now + leaseMs } }));
      await db.outbox.bulkPut(rows);
      return { connection, rows };
    });
  }

  /** Sends one batch of rows of one connection and stores each outcome, fenced by our lease. */
  async function send(connection: Connection, rows: OutboxRow[], crm: CrmSettings): Promise<void> {
    const leads = (await db.leads.bulkGet(rows.map((r) => r.leadId))).map((s) => s && fromStored(s));
    const pushes = await db.pushes.bulkGet(rows.map((r) => r.id));
    const items: PushItem[] = [];
    const sent: { row: OutboxRow; lead: Lead }[] = [];
    rows.forEach((row, i) => {
      const lead = leads[i];
      if (!lead) return;
      const push = pushes[i];
      items.push({ lead, event: push ? 'lead.updated' : 'lead.completed', idempotencyKey: idempotencyKey(connection.id, lead.id, lead.updatedAt), remoteId: push?.remoteId ?? null, trail: trailOf(row, push, lead.updatedAt) });
      sent.push({ row, lead });
    });
    const gone = rows.filter((_, i) => !leads[i]).map((r) => r.id);
    if (gone.length) await db.outbox.bulkDelete(gone);
    if (!items.length) return;

    let result;
    try {
      result = await deps.connector(connection).push(items, AbortSignal.timeout(crm.timing.timeoutMs));
    } catch (err) {
      // A connector bug: the rows wait for the rep instead of looping.
      deps.log(`outbox ${connection.kind}`, err);
      result = { outcomes: items.map(() => ({ ok: false as const, error: { code: 'unexpected' as const, params: { name: err instanceof Error ? err.name : 'Error' } } })), rateLimit: null };
    }
    const policy = { baseMs: crm.timing.backoffBaseMs, capMs: crm.timing.backoffCapMs };
    await db.transaction('rw', [db.outbox, db.pushes, db.leads, db.crmHolds], async () => {
      const now = deps.now();
      let pause: number | null = null;
      let reason: ConnectionHold['reason'] | null = null;
      for (const [i, { row, lead }] of sent.entries()) {
        const outcome = result.outcomes[i] ?? { ok: false, error: { code: 'crm-unreachable' } };
        const current = await db.outbox.get(row.id);
        const stillLead = await db.leads.get(lead.id);
        const after = afterAttempt(current ?? row, outcome, lead.updatedAt, stillLead?.updatedAt ?? null, result.rateLimit, now, policy, deps.random());
        // The CRM's confirmation is true whoever holds the row now.
        if (after.confirmed && stillLead) await db.pushes.put({ id: row.id, connectionId: connection.id, leadId: lead.id, ...after.confirmed });
        // Only the lease holder changes the row: a worker that lost its lease leaves it to the new holder.
        if (!current || current.lease?.owner !== owner) continue;
        if (after.row && stillLead) await db.outbox.put(after.row);
        else await db.outbox.delete(row.id);
        if (after.pauseConnectionUntil && after.pauseConnectionUntil > (pause ?? 0)) {
          pause = after.pauseConnectionUntil;
          const { error } = outcome as { error?: ConnectionHold['reason'] };
          reason = error?.code === 'crm-rate-limited' || error?.code === 'crm-quota-exhausted' ? error : null;
        }
      }
      // An answer that spent the burst window or the day holds the connection even when it confirmed the push.
      for (const until of [result.rateLimit?.waitUntil, result.rateLimit?.pausedUntil]) {
        if (until && until > now && until > (pause ?? 0)) { pause = until; reason = null; }
      }
      const hold = await db.crmHolds.get(connection.id);
      if (pause !== null && pause > now) {
        const next = extendHold(hold, connection.id, pause, reason ?? holdReason(result.rateLimit, pause, now), now);
        if (next !== hold) await db.crmHolds.put(next);
      } else if (hold && !isHeld(hold, now)) {
        await db.crmHolds.delete(connection.id);
      }
    });
    deps.changed?.(sent.map((s) => s.lead.id));
  }

  async function holdsNow(): Promise<Map<string, ConnectionHold>> {
    return new Map((await db.crmHolds.toArray()).map((h) => [h.connectionId, h]));
  }

  async function settle(): Promise<void> {
    const [rows, holds] = await Promise.all([db.outbox.where('dueAt').below(NEVER).toArray(), holdsNow()]);
    const now = deps.now();
    await wakeAt(deps.alarms, OUTBOX_ALARM, nextWake(rows, now, (id) => holds.get(id)), now);
  }

  /**
   * When something may become due soon: the next row by due time, or the end of a hold (whose rows are
   * due already). Two index reads, not the whole outbox: a lane asks it every time it finds nothing.
   */
  async function soonest(now: number): Promise<number | null> {
    const [next, holds] = await Promise.all([db.outbox.where('dueAt').between(now, NEVER, false, false).first(), holdsNow()]);
    const times = [next?.dueAt, ...[...holds.values()].filter((h) => isHeld(h, now)).map((h) => h.until)].filter((t): t is number => t !== undefined);
    return times.length ? Math.min(...times) : null;
  }

  /** One of PARALLEL lanes: claims a batch, sends it, and again, until nothing is due within WAIT_IN_WORKER_MS. */
  async function lane(crm: CrmSettings): Promise<void> {
    for (;;) {
      const batch = await claim(crm);
      if (!batch) {
        const now = deps.now();
        const at = await soonest(now);
        if (at === null || at - now > (deps.waitInWorkerMs ?? WAIT_IN_WORKER_MS)) return;
        // The alarm first: if the browser stops this worker while it waits, the next one starts then.
        await wakeAt(deps.alarms, OUTBOX_ALARM, at, now);
        await sleep(Math.max(0, at - now));
        continue;
      }
      // If this worker dies mid-push, the alarm wakes the next one when the lease has expired.
      await wakeAt(deps.alarms, OUTBOX_ALARM, batch.rows[0]!.lease!.until, deps.now());
      await send(batch.connection, batch.rows, crm).catch((err: unknown) => deps.log('outbox batch', err));
    }
  }

  async function drain(): Promise<void> {
    const crm = await deps.crm();
    // Lanes side by side keep PARALLEL requests in flight: one slow answer holds up only its own lane.
    await Promise.all(Array.from({ length: PARALLEL }, () => lane(crm)));
    await settle();
  }

  /** Sends whatever is due now; called at worker start, by the alarm and after an enqueue. */
  const { wake, whenIdle } = singleFlight(drain, (err) => deps.log('outbox', err));

  return {
    wake,
    whenIdle,

    /** The rep's "push now": due at once for each connection (or one), whatever the push rule says. */
    async pushNow(leadId: string, connectionIds?: readonly string[]): Promise<void> {
      await db.transaction('rw', [db.outbox, db.settings, db.leads], async () => {
        const { connections } = await storedCrm(db);
        if (!(await db.leads.get(leadId))) return;
        const now = deps.now();
        for (const c of connections) {
          if (connectionIds && !connectionIds.includes(c.id)) continue;
          const row = await db.outbox.get(entryId(c.id, leadId));
          await db.outbox.put(row ? { ...row, state: 'due', dueAt: Math.min(row.state === 'due' ? row.dueAt : now, now), lastError: row.lastError, manual: true } : newEntry(c.id, leadId, now, true));
        }
      });
      void wake();
    },

    /** Each connection's push state for these leads. */
    async states(leadIds: readonly string[]): Promise<Record<string, PushStateView[]>> {
      const { connections } = await deps.crm();
      const holds = await holdsNow();
      const now = deps.now();
      const out: Record<string, PushStateView[]> = {};
      for (const leadId of leadIds) {
        const ids = connections.map((c) => entryId(c.id, leadId));
        const [rows, pushes] = await Promise.all([db.outbox.bulkGet(ids), db.pushes.bulkGet(ids)]);
        out[leadId] = connections.map((c, i) => pushState(c.id, rows[i], pushes[i], holds.get(c.id), now));
      }
      return out;
    },

    /** The connections the CRM holds now, with until when and why (the options page's connection state). */
    async holds(): Promise<ConnectionHold[]> {
      const now = deps.now();
      return [...(await holdsNow()).values()].filter((h) => isHeld(h, now));
    },

    /** How many rows wait, per state (the options page, the fault-injection run). */
    async counts(): Promise<{ due: number; attention: number; sent: number }> {
      const [due, attention, sent] = await Promise.all([
        db.outbox.where('dueAt').below(NEVER).count(),
        db.outbox.where('dueAt').equals(NEVER).count(),
        db.pushes.count(),
      ]);
      return { due, attention, sent };
    },

    /** A connection removed: its rows and confirmations go (its secrets are wiped by the caller). */
    async forget(connectionId: string): Promise<void> {
      await db.transaction('rw', [db.outbox, db.pushes, db.crmHolds], async () => {
        await db.outbox.where('connectionId').equals(connectionId).delete();
        await db.pushes.where('connectionId').equals(connectionId).delete();
        await db.crmHolds.delete(connectionId);
      });
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
export type { PushRow };
