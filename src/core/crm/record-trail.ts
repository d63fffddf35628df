/**
 * A connector's working copy of one lead's record trail (connector.ts RecordTrail) during an attempt:
 * opened from what the outbox kept, each step's written id remembered as the attempt goes, and handed
 * back with a failure so the retry resumes at the step that failed, or with a success so the next
 * version writes to the lead's records. Shared by the connectors that write a lead in steps (Pipedrive
 * one lead at a time, HubSpot a batch at a time), so both resume the same way.
 */
import type { AppError, Result } from '../errors';
import { UNCERTAIN_ANY, type PushItem, type PushOutcome } from './connector';

export interface Trail {
  ids: Record<string, string>;
  done: Set<string>;
  uncertain: Record<string, number>;
}

/** The trail the outbox handed over with the item, as a copy this attempt may change. */
export function openTrail(item: Pick<PushItem, 'trail'>): Trail {
  return { ids: { ...item.trail?.ids }, done: new Set(item.trail?.done), uncertain: { ...item.trail?.uncertain } };
}

/** The id of a step already done for this lead version: nothing to send again for it. */
export function doneId(trail: Trail, step: string): string | null {
  return trail.done.has(step) ? (trail.ids[step] ?? null) : null;
}

/**
 * A write's id goes into the trail, and its step is done for this lead version. `last`: the lead's last
 * step, after which whatever a stopped worker's attempt may have made is found or resolved.
 */
export function remember<T extends string | number>(trail: Trail, step: string, written: Result<T>, last = false): Result<T> {
  if (written.ok) {
    trail.ids[step] = String(written.value);
    markDone(trail, step, last);
  }
  return written;
}

/** A step done that makes no record of its own (an association). */
export function markDone(trail: Trail, step: string, last = false): void {
  trail.done.add(step);
  delete trail.uncertain[step];
  if (last) delete trail.uncertain[UNCERTAIN_ANY];
}

/** A failed attempt's outcome, with how far it got when it got anywhere (or knows of a record). */
export function failedWith(trail: Trail, error: AppError, extra: Pick<Extract<PushOutcome, { ok: false }>, 'fields'> = {}): PushOutcome {
  const uncertain = Object.keys(trail.uncertain).length ? { uncertain: { ...trail.uncertain } } : {};
  const kept = Object.keys(trail.ids).length || uncertain.uncertain;
  return { ok: false, error, ...extra, ...(kept ? { trail: { ids: { ...trail.ids }, done: [...trail.done], ...uncertain } } : {}) };
}
