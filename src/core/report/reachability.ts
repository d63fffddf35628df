/**
 * How a rep reaches the lead: a direct line or the person's own mailbox, or only the company's
 * switchboard or info@ address, or not at all.
 */
import { normalisePersonName } from '../lead/normalise';
import { contactName } from '../lead/summary';
import { emailRank } from '../lead/suggestions';
import type { Lead } from '../lead/types';

export const REACH = ['direct', 'switchboard', 'none'] as const;
export type Reach = (typeof REACH)[number];

/** emailRank's rank for an address that carries the contact's surname. */
const PERSON_RANK = 200;

export function reachability(lead: Pick<Lead, 'fields'>): Reach {
  const f = lead.fields;
  const has = (v: string | undefined) => Boolean(v?.trim());
  if (has(f.directPhone?.value) || has(f.mobile?.value) || has(f.personEmail?.value)) return 'direct';
  const email = f.email?.value.trim();
  const name = contactName(lead);
  if (email && name && emailRank(email, [normalisePersonName(name)]) === PERSON_RANK) return 'direct';
  return has(f.phone?.value) || has(email) ? 'switchboard' : 'none';
}
