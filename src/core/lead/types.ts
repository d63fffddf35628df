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

/** Fields a page offers values for that "fill all" never takes: a person's own address is the rep's pick. */
export const OFFERED_ONLY: readonly LeadField[] = ['personEmail'];

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
  /**
   * Values a later detection found that differ from a typed, imported or earlier detected value:
   * never applied silently, the rep keeps or replaces each (see apply-detection.ts).
   */
  conflicts?: FieldConflict[];
  /** Keys of values dropped in a merge, so the merged lead is still found by them. */
  aliasKeys?: string[];
  /** Need and next step the rep recorded, and the stage the rep set (see qualification.ts). */
  qualification?: Qualification;
  /** Signals the rep ticked on this lead ("visited-pricing", or rep-defined ids), for scoring. */
  signals?: string[];
  /** Set by retention review when the lead went stale; cleared when the lead is worked again. */
  staleFlaggedAt?: number;
  /**
   * What the list view sorts and filters by, derived under the rep's settings on every write so a
   * list of 100,000 leads is served from indexes instead of scoring every lead per query.
   */
  summary?: LeadSummary;
  /**
   * Every change of the derived stage with its time, oldest first (core/lead/stage-history.ts):
   * how long a lead sat in each stage, for the quality report's funnel.
   */
  stageHistory?: StageChange[];
  /** How complete the lead was when it was imported: the report's before/after. Absent for leads not imported. */
  atImport?: ImportSnapshot;
}

export interface StageChange {
  stage: Stage;
  at: number;
}

export interface ImportSnapshot {
  at: number;
  batch?: string;
  /** 0..100 under the profile at import. */
  completeness: number;
  complete: boolean;
  /** Requirement ids unmet at import. */
  missing: string[];
}

export interface LeadSummary {
  completeness: number;
  score: number;
  ready: boolean;
  stage: Stage;
  /** Lower-case company, contact, city and e-mail, for the list's text search. */
  search: string;
  /** Lower-case company name, for sorting by company. */
  company: string;
}

export interface FieldConflict {
  field: LeadField;
  value: FieldValue;
}

export const STAGES = ['needs-research', 'unqualified', 'pre-qualified', 'qualified'] as const;
export type Stage = (typeof STAGES)[number];

export const CHANNELS = ['meeting', 'call', 'video', 'email', 'visit', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The customer's need or awareness, in the rep's words. */
export interface Need {
  text: string;
  at: number;
}

export interface NextStep {
  /** ISO day, YYYY-MM-DD. */
  date: string;
  channel: Channel;
  note?: string;
}

export interface Qualification {
  stage?: Stage;
  need?: Need;
  nextStep?: NextStep;
}
