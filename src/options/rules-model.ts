/** Editing the scoring rules, and where a validation error belongs. */
import type { FieldIssue, Rule, RuleSet } from '../core/lead/scoring';
import type { MessageKey } from '../shared/message-keys';

export function updateRule(ruleSet: RuleSet, index: number, patch: { label?: string; points?: number }): RuleSet {
  return { ...ruleSet, rules: ruleSet.rules.map((r, i) => (i === index ? { ...r, ...patch } : r)) };
}

export function removeRule(ruleSet: RuleSet, index: number): RuleSet {
  return { ...ruleSet, rules: ruleSet.rules.filter((_, i) => i !== index) };
}

/** A signal the rep ticks on a lead; its id is also the rule's id, so both stay unique together. */
export function addTickedRule(ruleSet: RuleSet, flag: string, label: string, points: number): RuleSet {
  const rule: Rule = { id: flag.trim(), label: label.trim(), points, signal: 'ticked', flag: flag.trim() };
  return { ...ruleSet, rules: [...ruleSet.rules, rule] };
}

/** "Visited Pricing!" → "visited-pricing": a proposal for the id from the label the rep typed. */
export function suggestSignalId(label: string): string {
  return label
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .join('-')
    .slice(0, 40)
    .split('-')
    .filter(Boolean)
    .join('-');
}

/** A number input's text as a number; NaN for anything that is not one, which validation then reports. */
export function parseWhole(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export type Issue = FieldIssue;

/** The failed checks of each path. */
export function issuesByPath(issues: readonly Issue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { path, rule } of issues) map.set(path, [...(map.get(path) ?? []), rule]);
  return map;
}

/**
 * The message for a failed check, from where it is and which check failed; the generic "not valid"
 * when no specific one is written.
 */
export function issueKey(path: string, rule: string): MessageKey {
  const leaf = path.split('.').at(-1) ?? '';
  if (leaf === 'points') return 'optErrPoints';
  if (leaf === 'label') return 'optErrLabel';
  if (leaf === 'threshold') return 'optErrThreshold';
  if (leaf === 'id' || leaf === 'flag') return 'optErrSignalId';
  if (leaf === 'staleAfterMonths') return 'optErrStaleMonths';
  if (leaf === 'graceDays') return 'optErrGraceDays';
  if (leaf === 'rules' && rule === 'check') return 'optErrRuleIdsUnique';
  if (leaf === 'rules' && rule === 'non_empty') return 'optErrRulesEmpty';
  if (leaf === 'rules' && rule === 'max_length') return 'optErrRulesTooMany';
  if (leaf === 'profile' && rule === 'non_empty') return 'optErrProfileEmpty';
  if (leaf === 'profile' && rule === 'max_length') return 'optErrProfileTooMany';
  return 'optErrInvalid';
}
