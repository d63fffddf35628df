/**
 * Where an imported column's values go: a lead field, or a helper that feeds fields. A house-number
 * column joins the street, a full name is split into first and last name, a one-line address fills
 * street, postal code, city and country, a region (state, canton) only tells the row's country, and a
 * profile URL becomes one of the lead's social profiles.
 */
import { LEAD_FIELDS, type LeadField } from '../lead/types';

export const HELPER_TARGETS = ['houseNumber', 'fullName', 'address', 'region', 'profileUrl'] as const;
export type HelperTarget = (typeof HELPER_TARGETS)[number];
export type ImportTarget = LeadField | HelperTarget;

/** Every target a column can have, in the order of the lead form. */
export const IMPORT_TARGETS: readonly ImportTarget[] = [...LEAD_FIELDS, ...HELPER_TARGETS];

/** One entry per column: where its values go, or null to ignore the column. */
export type ColumnMapping = (ImportTarget | null)[];

export function isImportTarget(value: string): value is ImportTarget {
  return (IMPORT_TARGETS as readonly string[]).includes(value);
}

/** Targets that identify a lead: a row needs one of them. */
export const IDENTITY_TARGETS: readonly ImportTarget[] = ['companyName', 'lastName', 'fullName', 'email', 'personEmail'];

/** Parts of one postal address: taken together from one address, never mixed from two. */
export const ADDRESS_TARGETS: readonly ImportTarget[] = ['street', 'houseNumber', 'postalCode', 'city', 'country', 'region', 'address'];
