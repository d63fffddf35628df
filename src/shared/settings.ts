/**
 * The rep's settings: required-field profile, scoring rules, retention, sites with automatic detection.
 * Versioned so a later shape migrates the stored one; validated before it is saved.
 */
import * as v from 'valibot';
import { DEFAULT_PROFILE, type Profile } from '../core/lead/completeness';
import { DEFAULT_RETENTION } from '../core/lead/retention';
import { DEFAULT_RULE_SET, RuleSetSchema } from '../core/lead/scoring';
import { LEAD_FIELDS } from '../core/lead/types';

export const SETTINGS_VERSION = 1;

const RequirementSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][\w-]{0,39}$/i, 'Requirement id: letters, digits, "-" or "_".')),
  anyOf: v.pipe(v.array(v.pipe(v.array(v.picklist(LEAD_FIELDS)), v.nonEmpty())), v.nonEmpty('A requirement needs at least one field.')),
});

/** Origins like "https://www.example.de" where the rep turned on automatic detection. */
const OriginSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[^/\s*]+$/, 'An origin is scheme and host, e.g. https://www.example.de.'));

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  profile: v.pipe(v.array(RequirementSchema), v.nonEmpty('The profile needs at least one required field.'), v.maxLength(30)),
  scoring: RuleSetSchema,
  retention: v.object({
    staleAfterMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
    graceDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
  }),
  autoDetectOrigins: v.pipe(v.array(OriginSchema), v.maxLength(500)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  profile: DEFAULT_PROFILE.map((r) => ({ id: r.id, anyOf: r.anyOf.map((a) => [...a]) })),
  scoring: DEFAULT_RULE_SET,
  retention: { ...DEFAULT_RETENTION },
  autoDetectOrigins: [],
};

export function profileOf(settings: Settings): Profile {
  return settings.profile;
}

/**
 * Reads stored settings: missing or unreadable parts fall back to the defaults, so a damaged store
 * never locks the rep out; the problems are returned for the options page to show.
 */
export function readSettings(stored: unknown): { settings: Settings; problems: string[] } {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  const merged = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' ? stored : {}) };
  const parsed = v.safeParse(SettingsSchema, merged);
  if (parsed.success) return { settings: parsed.output, problems: [] };
  const problems = parsed.issues.map((i) => `${v.getDotPath(i) ?? 'settings'}: ${i.message}`);
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of ['profile', 'scoring', 'retention', 'autoDetectOrigins'] as const) {
    const part = v.safeParse(SettingsSchema.entries[key], (merged as Record<string, unknown>)[key]);
    if (part.success) (settings as Record<string, unknown>)[key] = part.output;
  }
  return { settings, problems };
}
