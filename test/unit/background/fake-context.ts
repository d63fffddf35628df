import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import type { HandlerContext } from '../../../src/background/context';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

/** A handler context over a fresh fake-indexeddb database, settings in memory, a clock the test moves. */
export function fakeContext(start = Date.UTC(2026, 10, 27)) {
  const db = new LeadfillDb(`test-${Math.random()}`);
  let settings: Settings = DEFAULT_SETTINGS;
  let ids = 0;
  const clock = { now: start };
  const ctx: HandlerContext = {
    leads: createLeadsRepo(db),
    settings: async () => settings,
    saveSettings: async (s) => (settings = s),
    now: () => clock.now,
    newId: () => `lead-${++ids}`,
  };
  return { ctx, db, clock };
}
