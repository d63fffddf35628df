/**
 * The team's push rule: when a lead goes to the CRM without the rep asking. Every rule but "on demand"
 * needs the lead complete (every requirement of the profile met); the stricter ones also need a stage
 * or the handover score. Read from the lead's summary, which every write derives under the current rules.
 */
import { stageRank } from '../lead/qualification';
import type { LeadSummary, Stage } from '../lead/types';

export const PUSH_RULES = ['on-demand', 'complete', 'pre-qualified', 'qualified', 'handover'] as const;
export type PushRule = (typeof PUSH_RULES)[number];

export const DEFAULT_PUSH_RULE: PushRule = 'on-demand';

const atLeast = (stage: Stage, floor: Stage) => stageRank(stage) >= stageRank(floor);

/** Whether the rule sends this lead by itself (a rep's "push now" sends it whatever the rule). */
export function ruleWantsPush(rule: PushRule, summary: LeadSummary | undefined): boolean {
  if (rule === 'on-demand' || !summary || summary.completeness < 100) return false;
  switch (rule) {
    case 'complete': return true;
    case 'pre-qualified':
    case 'qualified': return atLeast(summary.stage, rule);
    case 'handover': return summary.ready;
  }
}
