/**
 * The lead list's push states: each shown lead's state per CRM connection, asked for the page's ids
 * only, and asked again while one of them is on its way (the outbox runs in the background).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PushStateView } from '../core/crm/outbox-rules';
import { send } from '../shared/send';

/** How often the list looks again while a shown lead is pending or retrying. */
const REFRESH_MS = 2_000;

export interface PushStates {
  /** Per lead id, each connection's state; empty when no CRM is connected. */
  byLead: Record<string, PushStateView[]>;
  /** Connection id → what the rep calls it, for the hint when there are several. */
  labels: Record<string, string>;
}

const inFlight = (states: Record<string, PushStateView[]>) =>
  Object.values(states).some((list) => list.some((s) => s.state === 'pending' || s.state === 'retrying'));

export function usePushStates(ids: readonly string[], version: number): PushStates | null {
  const [states, setStates] = useState<PushStates | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    if (!ids.length) {
      setStates(null);
      return;
    }
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const [byLead, { settings }] = await Promise.all([send({ type: 'crm.states', leadIds: [...ids] }), send({ type: 'settings.get' })]);
      if (stop) return;
      setStates({ byLead, labels: Object.fromEntries(settings.crm.connections.map((c) => [c.id, c.label])) });
      if (inFlight(byLead)) timer = setTimeout(() => void load().catch(() => {}), REFRESH_MS);
    };
    // A failed look leaves the column as it was: the list itself shows the background's errors.
    void load().catch(() => {});
    return () => { stop = true; clearTimeout(timer); };
  }, [key, version]); // the ids' contents, not the array's identity
  return states;
}
