/** What every request handler works with; built once per worker start in index.ts. */
import type { Rules } from '../core/lead/summary';
import type { PageReading } from '../core/research/merge';
import type { InternalPatch, Settings } from '../shared/settings';
import type { JobRunner } from './jobs/runner';
import type { ImportFiles } from './repos/import-files.repo';
import type { LeadsRepo } from './repos/leads.repo';
import type { ReportCostsRepo } from './repos/report-costs.repo';
import type { SecretsStore } from './secrets';

export interface HandlerContext {
  leads: LeadsRepo;
  /** Costs the rep entered on the quality report page. */
  reportCosts: ReportCostsRepo;
  /** Read per request: settings change in the options page while the worker lives. */
  settings(): Promise<Settings>;
  /** Patches the stored settings in one transaction (see settings-store.ts); a function patch sees them as stored. */
  updateSettings(patch: InternalPatch | ((stored: Settings) => InternalPatch)): Promise<Settings>;
  /** Credentials, in their own database: never in settings, exports or logs. */
  secrets: SecretsStore;
  /** Long work that survives a stopped worker (re-scoring, imports, bulk research). */
  jobs: JobRunner;
  /** Files handed over for import, and what finished imports did. */
  imports: ImportFiles;
  now(): number;
  newId(): string;
  /** The pages research read on the site of `pageUrl` (none before the rep researched it). */
  researchReadings?(pageUrl: string): Promise<PageReading[]>;
}

export function rulesOf(settings: Settings): Rules {
  return { profile: settings.profile, scoring: settings.scoring };
}
