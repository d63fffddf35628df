/**
 * The team setup file: what a team lead hands every rep so they push the same way. Connections
 * (never their secrets: each rep enters those), the push rule, the required-field profile and the
 * scoring rules, as one JSON file. Validated on import against the same schemas as the settings,
 * with an error that names the part to fix; nothing is applied from a file that fails.
 */
import * as v from 'valibot';
import { appError, type Result } from '../core/errors';
import { CrmSettingsSchema } from './crm-settings';
import { SettingsSchema, type Settings } from './settings';

export const TEAM_SETUP_FORMAT = 'leadfill-team-setup';
export const TEAM_SETUP_VERSION = 1;

const TeamSetupSchema = v.object({
  format: v.literal(TEAM_SETUP_FORMAT),
  version: v.literal(TEAM_SETUP_VERSION),
  connections: CrmSettingsSchema.entries.connections,
  pushRule: CrmSettingsSchema.entries.pushRule,
  profile: SettingsSchema.entries.profile,
  scoring: SettingsSchema.entries.scoring,
});
export type TeamSetup = v.InferOutput<typeof TeamSetupSchema>;

export function teamSetupOf(settings: Settings): TeamSetup {
  return {
    format: TEAM_SETUP_FORMAT,
    version: TEAM_SETUP_VERSION,
    connections: settings.crm.connections,
    pushRule: settings.crm.pushRule,
    profile: settings.profile,
    scoring: settings.scoring,
  };
}

/** Reads a team setup file: the setup, or an error saying what is wrong and where. */
export function readTeamSetup(json: string): Result<TeamSetup> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: appError('team-setup-not-json') };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== TEAM_SETUP_FORMAT) return { ok: false, error: appError('team-setup-wrong-file') };
  if ((data as { version?: unknown }).version !== TEAM_SETUP_VERSION) return { ok: false, error: appError('team-setup-newer', { version: String((data as { version?: unknown }).version) }) };
  const parsed = v.safeParse(TeamSetupSchema, data);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, error: appError('team-setup-invalid', { path: (issue && v.getDotPath(issue)) ?? 'setup' }) };
}
