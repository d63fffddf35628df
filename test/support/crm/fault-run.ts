/**
 * A scale fault run for one CRM connector: leads pushed through the real outbox (background/crm/outbox.ts
 * over fake-indexeddb, the connector's real code, real fetch) to the CRM's contract server on 127.0.0.1
 * while the server answers a share of requests with faults (its own rate-limit answer, which then holds
 * for the window it announced; 5xx; connections dropped before the request is handled or after the CRM
 * stored the record; answers slower than the client waits) and the worker is stopped mid-push several
 * times. A stopped worker never sees another answer and never writes again, as when the browser ends a
 * service worker; the next one starts with a fresh owner id and takes its rows over once their lease
 * has expired. Then a share of the leads is changed and pushed again as updates, under the same faults.
 * The figures are read at the receiver: records per lead, duplicates, lost leads and lost updates, and
 * requests that came inside an announced rate-limit window. Used by test/unit/crm/connector-faults.test.ts
 * (a small run) and by `npm run bench` (scripts/bench/crm-fault-timing.ts: a few hundred leads beside
 * the same leads pushed without faults or stops in the same run).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { connectorFor } from '../../../src/background/crm/connectors';
import { createOutbox, outboxParticipant } from '../../../src/background/crm/outbox';
import type { AlarmsApi } from '../../../src/background/jobs/wake-alarm';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { secret } from '../../../src/background/secrets';
import type { Connection, CrmConnector } from '../../../src/core/crm/connector';
import { NEVER } from '../../../src/core/crm/outbox-rules';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import { DEFAULT_CRM_SETTINGS, type OutboxTiming } from '../../../src/shared/crm-settings';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/shared/settings';
import { seeded } from '../webhook-receiver';
import { faultRunLead, startCrm, type FaultRunKind } from './fault-run-crms';

export type { FaultRunKind };


export interface FaultRunOptions {
  kind: FaultRunKind;
  leads: number;
  /** Share of requests that get a fault (0: the floor run, and then no stopped workers either). */
  faultRate: number;
  /** Workers stopped mid-push, spread over the first push. */
  stops: number;
  /** Share of the leads changed after the first push and pushed again as updates. */
  updateShare: number;
  seed: number;
  /** Gives up (and says how far it got) after this long. */
  timeoutMs: number;
  log?: (line: string) => void;
}

export interface FaultRunFigures {
  /** Leads the CRM holds a record of. */
  sent: number;
  /** Records beyond one per lead (persons, organizations, companies, Leads with the same key). */
  duplicates: number;
  lost: number;
  /** Changed leads whose record does not show the change. */
  updates_lost: number;
  /** Rows left waiting for the rep (none is expected: every fault here is retryable). */
  attention: number;
  /** From the import until the outbox held nothing due (the first push). */
  drain_s: number;
  /** The updates' push, from the change until the outbox held nothing due. */
  update_drain_s: number;
  attempts: number;
  faults: number;
  limit_windows: number;
  /** Requests that arrived inside an announced rate-limit window, and the most inside one window. */
  early_requests: number;
  early_max_per_window: number;
  /**
   * The waits the CRM demanded during the first push and the updates' push: the time covered by the
   * rate-limit windows it announced (overlaps counted once), the least any client that honours them waits.
   */
  limit_wait_s: number;
  update_limit_wait_s: number;
  workers_stopped: number;
}

/** Seconds of [from, to) covered by the windows, each overlap counted once. */
function coveredS(windows: readonly { from: number; until: number }[], from: number, to: number): number {
  let covered = 0;
  let reach = from;
  for (const w of [...windows].sort((a, b) => a.from - b.from)) {
    const start = Math.max(w.from, reach);
    const end = Math.min(w.until, to);
    if (end > start) covered += end - start;
    reach = Math.max(reach, Math.min(w.until, to));
  }
  return Math.round(covered / 100) / 10;
}

/** The test timing the settings validate (shared/crm-settings.ts): short waits, the same code paths. */
export const FAULT_RUN_TIMING: OutboxTiming = { backoffBaseMs: 200, backoffCapMs: 2_000, timeoutMs: 1_000 };
const SLOW_MS = 1_500;

// Dexie takes the IndexedDB it finds when it is first imported; under `npm run bench` that is before
// fake-indexeddb's globals exist.
Dexie.dependencies.indexedDB ??= indexedDB;
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
/** Requests one lead costs without faults: HubSpot five per batch of up to 100, Pipedrive four (look up and write organization and person), Salesforce one upsert. */
const REQUESTS_PER_LEAD: Record<FaultRunKind, number> = { hubspot: 5 / 100, pipedrive: 4, salesforce: 1 };

interface Worker {
  wake(): Promise<void>;
  stop(): void;
}

/** Alarms as the browser keeps them (unpacked: no 30 s floor); a stopped worker's alarm never fires. */
function alarmsFor(fire: () => void, alive: () => boolean): AlarmsApi & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    create(_name, { when }) {
      cancel();
      timer = setTimeout(() => { timer = null; if (alive()) fire(); }, Math.max(0, when - Date.now()));
    },
    async clear() {
      cancel();
      return true;
    },
    cancel,
  };
}

export async function runFaultPush(options: FaultRunOptions): Promise<FaultRunFigures> {
  const log = options.log ?? (() => {});
  const crm = await startCrm(options.kind);
  const db = new LeadfillDb(`fault-run-${options.kind}-${Math.random()}`);
  const workers: Worker[] = [];
  try {
    await db.settings.put({ id: 'current', value: { ...DEFAULT_SETTINGS, crm: { ...DEFAULT_CRM_SETTINGS, connections: [crm.connection], pushRule: 'complete', timing: FAULT_RUN_TIMING } }, problems: [] });
    const leads = createLeadsRepo(db, [outboxParticipant(db, Date.now)]);
    const random = seeded(options.seed);

    let serial = 0;
    /** A worker; with `stopAfter`, it is stopped right after sending its n-th request (the CRM handles it, the worker never hears back). */
    const startWorker = (stopAfter?: number): Worker & { stopped: Promise<void> } => {
      let alive = true;
      let sent = 0;
      let stopped!: () => void;
      const whenStopped = new Promise<void>((r) => { stopped = r; });
      const hang = new Promise<never>(() => {});
      const deps = {
        secret: async (name: string) => { const v = crm.secrets.get(name); return v ? secret(v) : undefined; },
        saveSecret: async (name: string, value: string) => { if (alive) crm.secrets.set(name, value); },
        fetch: (async (input, init) => {
          if (!alive) return hang;
          const answer = fetch(input, init);
          if (++sent === stopAfter) worker.stop();
          const response = await answer;
          return alive ? response : hang;
        }) as typeof fetch,
        now: Date.now,
      };
      const connector = (c: Connection): CrmConnector => {
        const real = connectorFor(c, deps);
        // A stopped worker never sees the outcome of a push it had under way.
        return { ...real, kind: real.kind, batchSize: real.batchSize, push: async (items, signal) => { const r = await real.push(items, signal); return alive ? r : hang; } };
      };
      const alarms = alarmsFor(() => void outbox.wake(), () => alive);
      const outbox = createOutbox({
        db, owner: `worker-${++serial}`, now: Date.now, random: seeded(options.seed + serial), alarms,
        crm: async () => readSettings((await db.settings.get('current'))?.value).settings.crm,
        connector,
        log: (what, err) => { if (alive) log(`${what}: ${err instanceof Error ? err.message : String(err)}`); },
      });
      const worker = { wake: () => outbox.wake(), stop: () => { alive = false; alarms.cancel(); stopped(); }, stopped: whenStopped };
      workers.push(worker);
      return worker;
    };

    const due = () => db.outbox.where('dueAt').below(NEVER).count();
    const until = async (done: () => Promise<boolean> | boolean, what: string, deadline: number) => {
      while (!(await done())) {
        if (Date.now() > deadline) {
          const now = Date.now();
          const rows = (await db.outbox.where('dueAt').below(NEVER).limit(3).toArray()).map((r) => ({ in: r.dueAt - now, attempts: r.attempts, error: r.lastError?.code, lease: r.lease && { owner: r.lease.owner, in: r.lease.until - now } }));
          throw new Error(`fault run (${options.kind}): ${what} not reached; ${crm.census().leads.size}/${options.leads} leads at the CRM, ${await due()} rows due (${JSON.stringify(rows)}), faults ${JSON.stringify(crm.server.stats.byFault)}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const deadline = Date.now() + options.timeoutMs;

    if (options.faultRate > 0) crm.server.chaos({ ...crm.chaos, rate: options.faultRate, random, slowMs: SLOW_MS });
    const at = Date.now();
    const batch = Array.from({ length: options.leads }, (_, i) => faultRunLead(i, at));
    const started = Date.now();
    // The import's write enqueues every lead in the same transaction; the worker then wakes for them.
    await leads.addMany(batch, rules);
    const stops = options.faultRate > 0 ? options.stops : 0;
    // Stops spread over the first push: after a share of the requests it takes without faults.
    const gap = Math.max(2, Math.floor(Math.ceil(options.leads * REQUESTS_PER_LEAD[options.kind]) / (stops + 2)));
    let stoppedNow = false;
    const watch = (w: Worker & { stopped: Promise<void> }) => { void w.stopped.then(() => { stoppedNow = true; }); return w; };
    let worker = watch(startWorker(stops > 0 ? gap : undefined));
    void worker.wake();
    for (let s = 1; s <= stops; s++) {
      await until(() => stoppedNow, `stop ${s}`, deadline);
      stoppedNow = false;
      if (s === 1) crm.midRun?.();
      log(`${options.kind}: worker stopped mid-push at ${crm.census().leads.size} leads`);
      worker = watch(startWorker(s < stops ? gap : undefined));
      // A new worker looks at the outbox when it starts.
      void worker.wake();
    }
    await until(async () => (await due()) === 0, 'first push drained', deadline);
    const drained = Date.now();
    const drainS = (drained - started) / 1000;

    // A share of the leads changes: each goes out again as an update of the record it has.
    const changed = batch.filter((_, i) => options.updateShare > 0 && i % Math.round(1 / options.updateShare) === 0);
    const updateStarted = Date.now();
    for (const lead of changed) {
      await leads.update(lead.id, rules, (l) => ({ ...l, updatedAt: l.updatedAt + 1_000, fields: { ...l.fields, lastName: { value: `${l.fields.lastName!.value}-neu`, source: { kind: 'typed', at: l.updatedAt + 1_000 } } } }));
    }
    void worker.wake();
    await until(async () => (await due()) === 0, 'updates drained', deadline);
    const updateDrained = Date.now();
    const updateDrainS = (updateDrained - updateStarted) / 1000;

    const census = crm.census();
    const windows = crm.server.stats.windows;
    return {
      sent: census.leads.size,
      duplicates: census.duplicates,
      lost: options.leads - census.leads.size,
      updates_lost: changed.filter((l) => !crm.shows(Number(l.id.slice(3)), `${l.fields.lastName!.value}-neu`)).length,
      attention: await db.outbox.where('dueAt').equals(NEVER).count(),
      drain_s: Math.round(drainS * 10) / 10,
      update_drain_s: Math.round(updateDrainS * 10) / 10,
      attempts: crm.server.stats.requests,
      faults: crm.server.stats.faults,
      limit_windows: windows.length,
      early_requests: windows.reduce((n, w) => n + w.early, 0),
      early_max_per_window: Math.max(0, ...windows.map((w) => w.early)),
      limit_wait_s: coveredS(windows, started, drained),
      update_limit_wait_s: coveredS(windows, updateStarted, updateDrained),
      workers_stopped: stops,
    };
  } finally {
    for (const w of workers) w.stop();
    await crm.server.close();
    await db.delete();
  }
}
