/** Which signals the rep can tick on a lead, from the rule set and what the lead already carries. Pure. */
import { VISITED_PRICING, type Rule } from '../core/lead/scoring';

export interface Tickable {
  flag: string;
  /** The rule that scores it, for its label and points; absent for a flag no rule scores (any more). */
  rule?: { id: string; label: string; points: number };
}

/**
 * "Visited pricing" always, the rule set's ticked rules, and flags on the lead that no rule names
 * (so they can still be unticked). `rules` is null while the settings are not loaded yet.
 */
export function tickableSignals(rules: readonly Rule[] | null, leadSignals: readonly string[] = []): Tickable[] {
  const out = new Map<string, Tickable>();
  for (const rule of rules ?? []) {
    if (rule.signal === 'ticked' && !out.has(rule.flag)) out.set(rule.flag, { flag: rule.flag, rule: { id: rule.id, label: rule.label, points: rule.points } });
  }
  for (const flag of [VISITED_PRICING, ...leadSignals]) if (!out.has(flag)) out.set(flag, { flag });
  return [...out.values()];
}
