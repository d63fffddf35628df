/** What the rep sees about a lead at a glance, derived from the lead under the rep's profile and rules. */
import { completeness, type Completeness, type Profile } from './completeness';
import { currentStage, supportedStage } from './qualification';
import { scoreLead, type RuleSet, type Score } from './scoring';
import type { Lead, LeadSummary, Stage } from './types';

export interface Rules {
  profile: Profile;
  scoring: RuleSet;
}

export interface LeadStatus {
  completeness: Completeness;
  score: Score;
  stage: Stage;
  supportedStage: Stage;
}

export function leadStatus(lead: Lead, rules: Rules): LeadStatus {
  return {
    completeness: completeness(lead, rules.profile),
    score: scoreLead(lead, rules.scoring, rules.profile),
    stage: currentStage(lead, rules.profile),
    supportedStage: supportedStage(lead, rules.profile),
  };
}

export function contactName(lead: Pick<Lead, 'fields'>): string {
  return [lead.fields.firstName?.value, lead.fields.lastName?.value].filter(Boolean).join(' ');
}

export function summarise(lead: Lead, rules: Rules): LeadSummary {
  const status = leadStatus(lead, rules);
  const f = lead.fields;
  const company = (f.companyName?.value ?? '').toLowerCase();
  return {
    completeness: status.completeness.percent,
    score: status.score.total,
    ready: status.score.ready,
    stage: status.stage,
    company,
    search: [company, contactName(lead), f.city?.value, f.email?.value, f.personEmail?.value, f.website?.value, f.source?.value]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
}
