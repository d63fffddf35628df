import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import type { HandlerContext } from '../../../src/background/context';
import { createSecretsStore, SecretsDb } from '../../../src/background/secrets';
import { createSettingsStore } from '../../../src/background/settings-store';
import { LeadfillDb } from '../../../src/shared/db/schema';

/** storage.local as the settings store saw it before database version 2: anyone (a content script too) may write it. */
export function memoryLegacyArea(initial?: unknown) {
  const area = { value: initial as unknown, reads: 0 };
  return {
    area,
    legacy: {
      read: async () => { area.reads++; return area.value; },
      remove: async () => { area.value = undefined; },
    },
  };
}

/** A handler context over fresh fake-indexeddb databases with the real settings and secrets stores, a clock the test moves. */
export function fakeContext(start = Date.UTC(2026, 10, 27), legacySettings?: unknown) {
  const db = new LeadfillDb(`test-${Math.random()}`);
  const secretsDb = new SecretsDb(`secrets-${Math.random()}`);
  const { area, legacy } = memoryLegacyArea(legacySettings);
  const settings = createSettingsStore(db, legacy);
  let ids = 0;
  const clock = { now: start };
  const ctx: HandlerContext = {
    leads: createLeadsRepo(db),
    settings: settings.settings,
    updateSettings: settings.update,
    secrets: createSecretsStore(secretsDb, () => clock.now),
    now: () => clock.now,
    newId: () => `lead-${++ids}`,
  };
  return { ctx, db, secretsDb, clock, settings, legacyArea: area };
}
