/** Names of core values in the rep's language, over a given catalog (pure: the badge's error texts use them too). */
import type { LeadField } from '../core/lead/types';
import { LEAD_FIELDS } from '../core/lead/types';
import { dataKeyPart, type Messages } from './message-keys';

export const fieldText = (field: LeadField, m: Messages): string => m.t(`field_${field}`);

const isField = (id: string): id is LeadField => (LEAD_FIELDS as readonly string[]).includes(id);

/**
 * A profile requirement: its own label ("contact person") when the catalog has one, else the label of
 * its field (`field`, or the id when it names one), else the id the rep gave it.
 */
export function requirementText(id: string, m: Messages, field?: LeadField): string {
  const own = m.optional(`requirement_${dataKeyPart(id)}`);
  if (own) return own;
  const named = field ?? (isField(id) ? id : undefined);
  return named ? fieldText(named, m) : id;
}
