/**
 * Lead scoring: points for signals, a threshold for handover, and the breakdown shown to the rep.
 * Rules are data so the rep can edit them in the options page; validateRuleSet guards what is saved.
 */
import * as v from 'valibot';
import { completeness, type Profile, DEFAULT_PROFILE } from './completeness';
import { isDecisionMakerRole } from './decision-maker';
import type { Lead } from './types';

/** Signals read from the lead's data; "ticked" signals are flags the rep sets on the lead. */
export const DERIVED_SIGNALS = ['complete-contact', 'decision-maker', 'stated-need', 'meeting-booked'] as const;
export type DerivedSignal = (typeof DERIVED_SIGNALS)[number];

const FLAG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const common = {
  id: v.pipe(v.string(), v.regex(FLAG, 'Rule id: lower-case letters, digits and "-", up to 40 characters.')),
  label: v.pipe(v.string(), v.trim(), v.nonEmpty('Every rule needs a label.'), v.maxLength(80, 'Label: at most 80 characters.')),
  points: v.pipe(v.number('Points must be a number.'), v.integer('Points must be whole.'), v.minValue(-100, 'Points: at least -100.'), v.maxValue(100, 'Points: at most 100.')),
};

const RuleSchema = v.variant('signal', [
  v.object({ ...common, signal: v.picklist(DERIVED_SIGNALS) }),
  v.object({ ...common, signal: v.literal('ticked'), flag: v.pipe(v.string(), v.regex(FLAG, 'Signal id: lower-case letters, digits and "-".')) }),
], 'Unknown signal.');

export const RuleSetSchema = v.object({
  threshold: v.pipe(v.number('Threshold must be a number.'), v.integer('Threshold must be whole.'), v.minValue(1, 'Threshold: at least 1.'), v.maxValue(1000, 'Threshold: at most 1000.')),
  rules: v.pipe(
    v.array(RuleSchema),
    v.nonEmpty('At least one rule.'),
    v.maxLength(50, 'At most 50 rules.'),
    v.check((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'Rule ids must be unique.'),
  ),
});

export type Rule = v.InferOutput<typeof RuleSchema>;
export type RuleSet = v.InferOutput<typeof RuleSetSchema>;

/** Signal the rep ticks when the prospect looked at the pricing page (from the CRM or web analytics). */
export const VISITED_PRICING = 'visited-pricing';

export const DEFAULT_RULE_SET: RuleSet = {
  threshold: 60,
  rules: [
    { id: 'complete-contact', label: 'Contact data complete', points: 20, signal: 'complete-contact' },
    { id: 'decision-maker', label: 'Decision maker identified', points: 20, signal: 'decision-maker' },
    { id: 'stated-need', label: 'Need stated', points: 25, signal: 'stated-need' },
    { id: 'meeting-booked', label: 'Meeting booked', points: 25, signal: 'meeting-booked' },
    { id: 'visited-pricing', label: 'Visited pricing page', points: 10, signal: 'ticked', flag: VISITED_PRICING },
  ],
};

/** What is wrong with an edited value: where (dot path) and which check failed (valibot's issue type, e.g. "max_length"). */
export interface FieldIssue {
  path: string;
  rule: string;
}

export type Validation = { ok: true; value: RuleSet } | { ok: false; errors: FieldIssue[] };

/** Checks a rule set edited by the rep before it is saved; errors name where and what, for the page to word. */
export function validateRuleSet(input: unknown): Validation {
  const r = v.safeParse(RuleSetSchema, input);
  if (r.success) return { ok: true, value: r.output };
  return { ok: false, errors: r.issues.map((i) => ({ path: v.getDotPath(i) ?? '', rule: i.type })) };
}

// A booked conversation, not an e-mail to send.
const MEETING_CHANNELS = new Set(['meeting', 'video', 'visit', 'call']);

export function hasDecisionMaker(lead: Lead): boolean {
  const role = lead.fields.role?.value;
  return (role !== undefined && isDecisionMakerRole(role)) || lead.people.some((p) => isDecisionMakerRole(p.role));
}

function signalMet(lead: Lead, rule: Rule, profile: Profile): boolean {
  switch (rule.signal) {
    case 'complete-contact': return completeness(lead, profile).complete;
    case 'decision-maker': return hasDecisionMaker(lead);
    case 'stated-need': return Boolean(lead.qualification?.need?.text.trim());
    case 'meeting-booked': return MEETING_CHANNELS.has(lead.qualification?.nextStep?.channel ?? '');
    case 'ticked': return (lead.signals ?? []).includes(rule.flag);
  }
}

export interface ScoreLine {
  ruleId: string;
  label: string;
  points: number;
  met: boolean;
}

export interface Score {
  total: number;
  threshold: number;
  /** Enough points to hand the lead over to sales. */
  ready: boolean;
  breakdown: ScoreLine[];
}

export function scoreLead(lead: Lead, ruleSet: RuleSet = DEFAULT_RULE_SET, profile: Profile = DEFAULT_PROFILE): Score {
  const breakdown = ruleSet.rules.map((rule) => ({ ruleId: rule.id, label: rule.label, points: rule.points, met: signalMet(lead, rule, profile) }));
  const total = breakdown.reduce((sum, line) => sum + (line.met ? line.points : 0), 0);
  return { total, threshold: ruleSet.threshold, ready: total >= ruleSet.threshold, breakdown };
}

/** Ticks or unticks a signal on a lead. */
export function setSignal(lead: Lead, flag: string, on: boolean, at: number): Lead {
  const current = lead.signals ?? [];
  if (current.includes(flag) === on) return lead;
  const signals = on ? [...current, flag] : current.filter((s) => s !== flag);
  return { ...lead, signals, updatedAt: Math.max(lead.updatedAt, at) };
}
