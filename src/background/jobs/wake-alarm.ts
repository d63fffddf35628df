/**
 * The alarm that wakes a worker for queued work: the job runner's, and any other durable queue's (the
 * CRM outbox). Timers die with the worker; an alarm survives it and starts a new one. Set it past the
 * lease of every piece of work in flight, so the work of a worker stopped mid-way is taken over once
 * its lease has surely expired. Packed builds round alarms up to 30 s, which only delays a take-over.
 */

/** The part of browser.alarms a queue uses. */
export interface AlarmsApi {
  create(name: string, info: { when: number }): Promise<unknown> | void;
  clear(name: string): Promise<unknown>;
}

/** The alarm fires this long after the moment asked for, so a lease ending then has surely expired. */
export const ALARM_SLACK_MS = 1_000;

/** Wakes a worker at `at` (epoch ms; a past moment means soon), or clears the alarm when `at` is null: nothing is due. */
export async function wakeAt(alarms: AlarmsApi, name: string, at: number | null, now: number): Promise<void> {
  if (at === null) await alarms.clear(name);
  else await alarms.create(name, { when: Math.max(at, now) + ALARM_SLACK_MS });
}
