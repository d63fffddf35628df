/** Editing the scoring rules, and where a validation error belongs. */
import type { Rule, RuleSet } from '../core/lead/scoring';

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

export interface Issue {
  path: string;
  message: string;
}

export function issuesByPath(issues: readonly Issue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { path, message } of issues) map.set(path, [...(map.get(path) ?? []), message]);
  return map;
}

/**
 * The i18n key for a validation issue, from where it is (the core's messages are English only);
 * null when there is none and the core's own message is shown.
 */
export function issueKey(path: string, message: string): string | null {
  const leaf = path.split('.').at(-1) ?? '';
  if (leaf === 'points') return 'optErrPoints';
  if (leaf === 'label') return 'optErrLabel';
  if (leaf === 'threshold') return 'optErrThreshold';
  if (leaf === 'id' || leaf === 'flag') return 'optErrSignalId';
  if (leaf === 'staleAfterMonths') return 'optErrStaleMonths';
  if (leaf === 'graceDays') return 'optErrGraceDays';
  if (leaf === 'rules' && /unique/i.test(message)) return 'optErrRuleIdsUnique';
  if (leaf === 'rules' && /at least/i.test(message)) return 'optErrRulesEmpty';
  if (leaf === 'rules' && /at most/i.test(message)) return 'optErrRulesTooMany';
  if (leaf === 'profile' && /at least/i.test(message)) return 'optErrProfileEmpty';
  if (leaf === 'profile') return 'optErrProfileTooMany';
  return null;
}
