/**
 * HubSpot, Pipedrive and Salesforce under faults at scale (test/support/crm/fault-run.ts): leads pushed
 * through the real outbox to each CRM's contract server on 127.0.0.1 while 30 % of requests fail (the
 * CRM's own rate-limit answer, 5xx, connections dropped before and after the CRM stored the record,
 * answers slower than the client waits) and the worker is stopped mid-push three times; then a share of
 * the leads changes and goes out again. At the receiver: every lead exactly once, the changes as
 * updates of the same records, nothing lost, and nothing sent into an announced rate-limit window but
 * what was already in flight when it opened. `npm run bench` runs the same with more leads.
 */
import { describe, expect, it } from 'vitest';
import { runFaultPush, type FaultRunKind } from '../../support/crm/fault-run';

const LEADS = 30;
/** Lanes the outbox keeps in flight (background/crm/outbox.ts): each may have one request out when a window opens, and claim once more before the window's pause is stored. */
const IN_FLIGHT = 2 * 6;

// The three runs wait on timers more than they compute: side by side they take as long as the slowest.
describe.concurrent.each<FaultRunKind>(['hubspot', 'pipedrive', 'salesforce'])('%s under 30 per cent faults and stopped workers', (kind) => {
  it(`pushes ${LEADS} leads exactly once, their changes as updates, and waits out every rate limit`, async () => {
    const figures = await runFaultPush({ kind, leads: LEADS, faultRate: 0.3, stops: 3, updateShare: 0.25, seed: 2026, timeoutMs: 150_000 });
    console.log(kind, JSON.stringify(figures));
    expect(figures).toMatchObject({ sent: LEADS, duplicates: 0, lost: 0, updates_lost: 0, attention: 0, workers_stopped: 3 });
    // The faults happened, every kind of them, and were retried through.
    expect(figures.faults).toBeGreaterThan(LEADS * 0.2);
    expect(figures.limit_windows).toBeGreaterThan(0);
    expect(figures.early_max_per_window).toBeLessThanOrEqual(IN_FLIGHT);
  }, 170_000);
});
