/**
 * The CRM connectors' scale fault run (test/support/crm/fault-run.ts) as a bench: for HubSpot,
 * Pipedrive and Salesforce, a few hundred leads through the real outbox to the CRM's contract server
 * on 127.0.0.1 under 30 % faults with three workers stopped mid-push, then a quarter of them changed
 * and pushed again; beside it the floor, the same leads pushed in the same run with no faults and no
 * stops; and beside it the waits the CRM demanded (limit_wait_s: the time its announced rate-limit
 * windows cover), the least an honouring client waits. One connector after the other, so no run's time
 * is another's load.
 */
import { runFaultPush, type FaultRunFigures, type FaultRunKind } from '../../test/support/crm/fault-run';

const KINDS: FaultRunKind[] = ['hubspot', 'pipedrive', 'salesforce'];
const SHOWN: (keyof FaultRunFigures)[] = ['sent', 'duplicates', 'lost', 'updates_lost', 'attention', 'drain_s', 'update_drain_s', 'attempts', 'faults', 'limit_windows', 'early_requests', 'early_max_per_window', 'limit_wait_s', 'update_limit_wait_s'];

/** Figures `push_<kind>_<name>` (e.g. push_hubspot_drain_s beside push_hubspot_drain_floor_s). */
export async function timeCrmFaultRuns(leads: number, put: (name: string, value: number) => void): Promise<void> {
  for (const kind of KINDS) {
    const run = await runFaultPush({ kind, leads, faultRate: 0.3, stops: 3, updateShare: 0.25, seed: 2026, timeoutMs: 900_000 });
    const floor = await runFaultPush({ kind, leads, faultRate: 0, stops: 0, updateShare: 0.25, seed: 2026, timeoutMs: 300_000 });
    for (const name of SHOWN) put(`push_${kind}_${name}`, run[name]);
    put(`push_${kind}_drain_floor_s`, floor.drain_s);
    put(`push_${kind}_update_drain_floor_s`, floor.update_drain_s);
    put(`push_${kind}_attempts_floor`, floor.attempts);
    console.log(`crm fault run ${kind}: ${JSON.stringify(run)}; floor ${JSON.stringify(floor)}`);
  }
}
