import { leadStatus, type Rules } from '../core/lead/summary';
import type { Lead } from '../core/lead/types';
import type { LeadView } from '../shared/messages';

export function toView(lead: Lead, rules: Rules): LeadView {
  return { lead, ...leadStatus(lead, rules) };
}
