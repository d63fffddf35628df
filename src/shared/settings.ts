/**
 * The rep's settings: required-field profile, scoring rules, retention, sites with automatic detection.
 * Versioned: a stored object of an older shape goes through `migrateSettings` (settings-migrations.ts)
 * before it is read; validated before it is saved and again, against the same bounds, when read.
 */
import * as v from 'valibot';
import { appError, Failure, type AppError } from '../core/errors';
import { DEFAULT_PROFILE, type Profile } from '../core/lead/completeness';
import { DEFAULT_RETENTION } from '../core/lead/retention';
import { DEFAULT_RULE_SET, RuleSetSchema } from '../core/lead/scoring';
import { LEAD_FIELDS } from '../core/lead/types';
import { CrmSettingsSchema, DEFAULT_CRM_SETTINGS } from './crm-settings';
import { migrateSettings } from './settings-migrations';
import { siteOrigin } from './site-access';

export const SETTINGS_VERSION = 2;

const RequirementSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][\w-]{0,39}$/i, 'Requirement id: letters, digits, "-" or "_".')),
  anyOf: v.pipe(v.array(v.pipe(v.array(v.picklist(LEAD_FIELDS)), v.nonEmpty())), v.nonEmpty('A requirement needs at least one field.')),
});

/** Origins like "https://www.example.de" where the rep turned on automatic detection. */
const OriginSchema = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/[^/\s*]+$/, 'An origin is scheme and host, e.g. https://www.example.de.'),
  v.check((o) => siteOrigin(o) === o, 'An origin is written as the browser writes it: lower-case host, no default port.'),
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  profile: v.pipe(v.array(RequirementSchema), v.nonEmpty('The profile needs at least one required field.'), v.maxLength(30)),
  scoring: RuleSetSchema,
  retention: v.object({
    staleAfterMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
    graceDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
  }),
  autoDetectOrigins: v.pipe(v.array(OriginSchema), v.maxLength(500), v.check((o) => new Set(o).size === o.length, 'Each site once.')),
  // Added without a version step: settings stored before it read the default (readSettings goes part by part).
  crm: CrmSettingsSchema,
  /** `auto`: the popup researches the site of an incomplete lead by itself where Leadfill may read it (same as crm: no version step). */
  research: v.object({ auto: v.boolean() }),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  profile: DEFAULT_PROFILE.map((r) => ({ id: r.id, anyOf: r.anyOf.map((a) => [...a]) })),
  scoring: DEFAULT_RULE_SET,
  retention: { ...DEFAULT_RETENTION },
  autoDetectOrigins: [],
  crm: DEFAULT_CRM_SETTINGS,
  research: { auto: false },
};

export function profileOf(settings: Settings): Profile {
  return settings.profile;
}

const PARTS = ['profile', 'scoring', 'retention', 'autoDetectOrigins', 'crm', 'research'] as const;
type Part = (typeof PARTS)[number];

/**
 * What an extension page may change in one `settings.update`: any of these parts, each validated as a
 * whole and applied on top of the settings as stored at that moment. The sites with automatic
 * detection change only through `sites.enableAutoDetect` / `sites.disableAutoDetect`, which also
 * check the permission and register the script.
 */
export const SettingsPatchSchema = v.strictObject({
  profile: v.optional(SettingsSchema.entries.profile),
  scoring: v.optional(SettingsSchema.entries.scoring),
  retention: v.optional(SettingsSchema.entries.retention),
  crm: v.optional(v.strictObject({ pushRule: v.optional(CrmSettingsSchema.entries.pushRule), timing: v.optional(CrmSettingsSchema.entries.timing) })),
  research: v.optional(v.strictObject({ auto: v.boolean() })),
});
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

/** A patch applied by the background itself (the sites handlers); may also change the origins. */
export type InternalPatch = { [K in Part]?: Settings[K] | undefined };

/** The patched settings, validated; throws a Failure naming the failing path when the result is not valid settings. */
export function applyPatch(current: Settings, patch: InternalPatch): Settings {
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const parsed = v.safeParse(SettingsSchema, { ...current, ...given, version: SETTINGS_VERSION });
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  throw new Failure(appError('settings-invalid', { path: (issue && v.getDotPath(issue)) ?? 'settings' }));
}

/**
 * Reads stored settings of any known version: migrated to the current shape, then validated part by
 * part against the same bounds as a save. A missing, damaged or out-of-bounds part falls back to its
 * default, so a damaged store never locks the rep out and never widens what the background does (a
 * retention below the bounds is never used); the problems are returned for the options page to show.
 */
export function readSettings(stored: unknown): { settings: Settings; problems: AppError[] } {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { settings: DEFAULT_SETTINGS, problems: [appError('setting-unreadable', { path: 'settings' })] };
  const problems: AppError[] = [];
  const migrated = migrateSettings(stored as Record<string, unknown>, SETTINGS_VERSION);
  // A newer or unknown shape is read part by part: whatever still fits the current schema is kept.
  if (!migrated.ok) problems.push(migrated.error);
  const source = migrated.ok ? migrated.value : (stored as Record<string, unknown>);
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of PARTS) {
    if (!(key in source)) continue;
    const part = v.safeParse(SettingsSchema.entries[key], source[key]);
    if (part.success) (settings as Record<Part, unknown>)[key] = part.output;
    else problems.push(...part.issues.map((i) => appError('setting-unreadable', { path: v.getDotPath(i) ? `${key}.${v.getDotPath(i)}` : key })));
  }
  return { settings, problems };
}
