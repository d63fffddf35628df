/**
 * The leads repository announces its own changes, after they are committed: the badge, the lead
 * list's index (and the CRM outbox) listen here instead of guessing from requests.
 */
import Dexie from 'dexie';
import type { Lead } from '../../core/lead/types';

export type LeadsChange =
  | { kind: 'created'; leads: readonly Lead[] }
  | { kind: 'updated'; leads: readonly Lead[] }
  | { kind: 'deleted'; ids: readonly string[] }
  /** Too many leads changed to list (all deleted): whoever keeps a copy reads again. */
  | { kind: 'bulk' };

export type LeadsListener = (change: LeadsChange) => void;

export function createLeadEvents() {
  const listeners = new Set<LeadsListener>();
  return {
    /** Returns the unsubscribe function. Listeners run synchronously after the commit; they must not throw. */
    subscribe(listener: LeadsListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(change: LeadsChange): void {
      for (const listener of listeners) {
        try {
          listener(change);
        } catch (err) {
          // One broken listener must not keep the others (or the write's caller) from going on.
          console.error('A leads listener failed:', err);
        }
      }
    },
  };
}

export type LeadEvents = ReturnType<typeof createLeadEvents>;

/**
 * Runs `announce` once the current Dexie transaction has committed, or now outside one. Inside a unit
 * of work or a job's chunk (an outer transaction) that is when the outer one commits: a change
 * rolled back is never announced. The native transaction is the one the outer and inner share.
 */
export function afterCommit(announce: () => void): void {
  const native = Dexie.currentTransaction?.idbtrans;
  if (native) native.addEventListener('complete', announce);
  else announce();
}
