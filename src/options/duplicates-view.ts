/** What a rep recognises a lead by in the duplicates list. */
import type { Lead } from '../core/lead/types';

/** What a rep recognises a lead by in a list: company, else the person, else the e-mail, else the id. */
export function leadName(lead: Lead | undefined, id: string): string {
  const f = lead?.fields;
  return f?.companyName?.value || [f?.firstName?.value, f?.lastName?.value].filter(Boolean).join(' ') || f?.email?.value || f?.personEmail?.value || id;
}
