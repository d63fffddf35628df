/**
 * The required-field profile as choices: the default requirements (a phone is phone, direct line or
 * mobile), single fields of the lead, and any requirement the stored profile has besides those.
 */
import { DEFAULT_PROFILE, type Requirement } from '../core/lead/completeness';
import { LEAD_FIELDS, type LeadField } from '../core/lead/types';

export interface ProfileChoice {
  requirement: Requirement;
  kind: 'default' | 'field' | 'custom';
  checked: boolean;
}

const sameAnyOf = (a: Requirement, b: Requirement): boolean => JSON.stringify(a.anyOf) === JSON.stringify(b.anyOf);

/** A single field is offered unless a default requirement is that field already (or has its name). */
const SINGLE_FIELDS: readonly LeadField[] = LEAD_FIELDS.filter(
  (f) => !DEFAULT_PROFILE.some((r) => r.id === f || sameAnyOf(r, { id: f, anyOf: [[f]] })),
);

export function profileChoices(profile: readonly Requirement[]): ProfileChoice[] {
  const has = (req: Requirement): boolean => profile.some((r) => r.id === req.id && sameAnyOf(r, req));
  const known: Requirement[] = [...DEFAULT_PROFILE, ...SINGLE_FIELDS.map((f) => ({ id: f, anyOf: [[f]] }))];
  const custom = profile.filter((r) => !known.some((k) => k.id === r.id && sameAnyOf(k, r)));
  return [
    ...DEFAULT_PROFILE.map((requirement) => ({ requirement, kind: 'default' as const, checked: has(requirement) })),
    ...custom.map((requirement) => ({ requirement, kind: 'custom' as const, checked: true })),
    ...SINGLE_FIELDS.map((f) => {
      const requirement = { id: f, anyOf: [[f]] };
      return { requirement, kind: 'field' as const, checked: has(requirement) };
    }),
  ];
}

/**
 * Turns a requirement on (at the end: the profile's order is the order a rep is asked to research)
 * or off. Requirement ids are unique, so one with the same id is replaced.
 */
export function toggleRequirement(profile: readonly Requirement[], requirement: Requirement, on: boolean): Requirement[] {
  const rest = profile.filter((r) => r.id !== requirement.id);
  return on ? [...rest, { id: requirement.id, anyOf: requirement.anyOf.map((a) => [...a]) }] : rest;
}

/** "Phone / Direct phone / Mobile", "First name + Last name": the fields that meet a requirement. */
export function describeRequirement(requirement: Requirement, label: (field: LeadField) => string): string {
  return requirement.anyOf.map((alternative) => alternative.map(label).join(' + ')).join(' / ');
}
