/** The lead as the rep works it: a person at a company, every value with where it came from. */

export const COMPANY_FIELDS = [
  'companyName', 'legalForm', 'website', 'phone', 'fax', 'email',
  'street', 'postalCode', 'city', 'country', 'vatId', 'register',
] as const;

export const PERSON_FIELDS = ['salutation', 'firstName', 'lastName', 'role', 'personEmail', 'directPhone', 'mobile'] as const;

export const ADMIN_FIELDS = ['source', 'campaign', 'owner', 'notes'] as const;

export type CompanyField = (typeof COMPANY_FIELDS)[number];
export type PersonField = (typeof PERSON_FIELDS)[number];
export type AdminField = (typeof ADMIN_FIELDS)[number];
export type LeadField = CompanyField | PersonField | AdminField;

export const LEAD_FIELDS: readonly LeadField[] = [...COMPANY_FIELDS, ...PERSON_FIELDS, ...ADMIN_FIELDS];

export type Provenance =
  | { kind: 'typed'; at: number }
  | { kind: 'imported'; at: number; batch?: string }
  | { kind: 'detected'; at: number; url: string; method: string; snippet?: string };

export interface FieldValue {
  value: string;
  source: Provenance;
}

export interface PersonAtCompany {
  name: string;
  role: string;
  source: Provenance;
}

export interface Lead {
  id: string;
  createdAt: number;
  updatedAt: number;
  fields: Partial<Record<LeadField, FieldValue>>;
  socials: FieldValue[];
  /** People found at the company: the decision makers a rep asks for. */
  people: PersonAtCompany[];
  /**
   * Lookup keys for matching and duplicates ("domain:acme.de", "email:info@acme.de", "phone:+4989…"),
   * derived from the fields on every write and indexed by the database.
   */
  keys: string[];
}
