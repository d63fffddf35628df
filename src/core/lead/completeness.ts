/**
 * How complete a lead's contact data is against a required-field profile. A requirement is met by any
 * one of its alternatives (a phone is phone, direct line or mobile), each alternative a set of fields.
 */
import { hasValue } from './has-value';
import type { Lead, LeadField } from './types';

export interface Requirement {
  id: string;
  /** Met when all fields of any one alternative have a value. The first field of the first alternative is the one to ask for. */
  anyOf: LeadField[][];
}

export type Profile = readonly Requirement[];

/**
 * The default profile, in the order a rep researches: company and its website first (the site
 * gives the rest), then how to reach it, its address, and last the person to talk to.
 */
export const DEFAULT_PROFILE: Profile = [
  { id: 'companyName', anyOf: [['companyName']] },
  { id: 'website', anyOf: [['website']] },
  { id: 'phone', anyOf: [['phone'], ['directPhone'], ['mobile']] },
  { id: 'email', anyOf: [['email'], ['personEmail']] },
  { id: 'street', anyOf: [['street']] },
  { id: 'postalCode', anyOf: [['postalCode']] },
  { id: 'city', anyOf: [['city']] },
  // firstName + lastName or lastName alone: the surname is what a rep needs to ask for someone.
  { id: 'contactName', anyOf: [['lastName']] },
];

export interface Completeness {
  /** 0..100, whole percent of requirements met. */
  percent: number;
  /** Requirement ids not met, in profile order. */
  missing: string[];
  /** For each missing requirement, the field to fill first. */
  missingFields: LeadField[];
  complete: boolean;
  needsResearch: boolean;
}

export function isMet(lead: Pick<Lead, 'fields'>, requirement: Requirement): boolean {
  return isMetBy((f) => hasValue(lead, f), requirement);
}

function isMetBy(has: (field: LeadField) => boolean, requirement: Requirement): boolean {
  return requirement.anyOf.some((fields) => fields.length > 0 && fields.every(has));
}

export function completeness(lead: Pick<Lead, 'fields'>, profile: Profile = DEFAULT_PROFILE): Completeness {
  return completenessBy((f) => hasValue(lead, f), profile);
}

/**
 * Completeness from which fields have a value alone: the quality report keeps only that per lead
 * (core/report/report-input.ts) and applies the rep's current profile when it counts.
 */
export function completenessBy(has: (field: LeadField) => boolean, profile: Profile = DEFAULT_PROFILE): Completeness {
  const unmet = profile.filter((r) => !isMetBy(has, r));
  const percent = profile.length ? Math.floor(((profile.length - unmet.length) / profile.length) * 100) : 100;
  const missingFields = unmet.map((r) => r.anyOf[0]?.[0]).filter((f): f is LeadField => f !== undefined);
  const complete = unmet.length === 0;
  return { percent, missing: unmet.map((r) => r.id), missingFields, complete, needsResearch: !complete };
}
