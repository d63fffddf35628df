import { rulesOf, type HandlerContext } from '../../../src/background/context';
import { importJob } from '../../../src/background/jobs/import';
import { rescoreJob } from '../../../src/background/jobs/rescore';
import { createJobRunner } from '../../../src/background/jobs/runner';
import type { AlarmsApi } from '../../../src/background/jobs/wake-alarm';
import { createImportFiles } from '../../../src/background/repos/import-files.repo';
import { outboxParticipant } from '../../../src/background/crm/outbox';
import { createLeadsRepo } from '../../../src/background/repos/leads.repo';
import { createReportCostsRepo } from '../../../src/background/repos/report-costs.repo';
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

/** browser.alarms as the job runner uses it: the alarms it set, by name. */
export function fakeAlarms() {
  const set = new Map<string, number>();
  const api: AlarmsApi = {
    create: (name, { when }) => void set.set(name, when),
    clear: async (name) => set.delete(name),
  };
  return { api, set };
}

/**
 * A handler context over fresh fake-indexeddb databases with the real settings and secrets stores and
 * the real job runner (its alarms recorded), a clock the test moves.
 */
export function fakeContext(start = Date.UTC(2026, 10, 27), legacySettings?: unknown) {
  const db = new LeadfillDb(`test-${Math.random()}`);
  const secretsDb = new SecretsDb(`secrets-${Math.random()}`);
  const { area, legacy } = memoryLegacyArea(legacySettings);
  const settings = createSettingsStore(db, legacy);
  let ids = 0;
  const clock = { now: start };
  // As the worker builds it: every lead write also enqueues what the CRM push rule makes due.
  const leads = createLeadsRepo(db, [outboxParticipant(db, Date.now)]);
  const imports = createImportFiles(db, () => clock.now);
  const rules = async () => rulesOf(await settings.settings());
  const alarms = fakeAlarms();
  let jobIds = 0;
  const jobs = createJobRunner({
    db,
    kinds: [rescoreJob({ db, leads, rules }), importJob({ db, leads, files: imports, rules })],
    owner: 'test-worker',
    now: () => clock.now,
    newId: () => `job-${++jobIds}`,
    alarms: alarms.api,
    announce: () => {},
    log: () => {},
  });
  const ctx: HandlerContext = {
    leads,
    reportCosts: createReportCostsRepo(db),
    settings: settings.settings,
    updateSettings: settings.update,
    secrets: createSecretsStore(secretsDb, () => clock.now),
    jobs,
    imports,
    now: () => clock.now,
    newId: () => `lead-${++ids}`,
  };
  return { ctx, db, secretsDb, clock, settings, legacyArea: area, alarms: alarms.set };
}
