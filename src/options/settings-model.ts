/** Settings edits checked in the page before they are sent, with errors placed by path. */
import * as v from 'valibot';
import { SettingsSchema, type Settings, type SettingsPatch } from '../shared/settings';
import type { Issue } from './rules-model';

/** How an editor saves its part of the settings; the background applies it on top of the settings as stored then. */
export type SavePart = (patch: SettingsPatch) => Promise<void>;

export type Check = { ok: true; settings: Settings } | { ok: false; issues: Issue[] };

export function checkSettings(draft: unknown): Check {
  const r = v.safeParse(SettingsSchema, draft);
  if (r.success) return { ok: true, settings: r.output };
  return { ok: false, issues: r.issues.map((i) => ({ path: v.getDotPath(i) ?? '', rule: i.type })) };
}

/** Issues under `prefix` ("scoring" → "threshold", "rules.2.points"), for the editor of that part. */
export function issuesUnder(issues: readonly Issue[], prefix: string): Issue[] {
  return issues
    .filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`))
    .map((i) => ({ path: i.path === prefix ? prefix : i.path.slice(prefix.length + 1), rule: i.rule }));
}
