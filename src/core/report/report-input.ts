/**
 * What the quality report needs of one lead, derived once when the lead is written (about a hundred
 * bytes instead of the whole lead): the report over 100,000 leads reads these, not the leads. Only what
 * does not depend on the rep's profile is kept: which fields have a value, not how complete that is,
 * so a profile change needs no new inputs. The stage is the lead's summary's, written again by the
 * rescore job when the rules move it.
 */
import { DEFAULT_PROFILE, type Profile } from '../lead/completeness';
import { hasValue } from '../lead/has-value';
import { fieldsFromImport } from '../lead/import-snapshot';
import { joinKey } from '../lead/lookup-keys';
import { emailDomain, isEmail, normaliseEmail } from '../lead/normalise';
import { currentStage } from '../lead/qualification';
import { LEAD_FIELDS, type Lead, type LeadField, type Stage, type StageChange } from '../lead/types';
import { fakeSignals, usesFreeMail, type FakeSignal } from './placeholders';
import { reachability, type Reach } from './reachability';
import { groupOf } from './selection';
import { createValidityChecker, type Validity } from './validity';

/**
 * The derivation's version: raised whenever what reportInputOf derives changes (a new flag, a fixed
 * rule, a new list of placeholders), so stored inputs of an older derivation are never counted.
 */
export const REPORT_INPUT_VERSION = 1;

/** How the lead arrived: not imported, with a snapshot (complete or not), or before snapshots were kept. */
export const IMPORT_STATES = ['none', 'incomplete', 'complete', 'by-provenance'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** The yes/no facts of a lead, one bit each in `flags`. */
export const FLAGS = {
  invalidPhone: 1 << 0,
  phoneOtherCountry: 1 << 1,
  invalidEmail: 1 << 2,
  invalidWebsite: 1 << 3,
  placeholderName: 1 << 4,
  placeholderPhone: 1 << 5,
  placeholderEmail: 1 << 6,
  notACompany: 1 << 7,
  freeMail: 1 << 8,
} as const;

/** The fake-data signals kept as flags: all but the disposable domain, which the report looks up in its list. */
export const SIGNAL_FLAGS: Readonly<Record<Exclude<FakeSignal, 'disposable-email'>, number>> = {
  'placeholder-name': FLAGS.placeholderName,
  'placeholder-phone': FLAGS.placeholderPhone,
  'placeholder-email': FLAGS.placeholderEmail,
  'not-a-company': FLAGS.notACompany,
};

export interface ReportInput {
  id: string;
  createdAt: number;
  /** The groups the lead counts in ("" for none), as groupOf reads them. */
  source: string;
  campaign: string;
  batch: string;
  /** Bit i is set when LEAD_FIELDS[i] has a value. */
  present: number;
  imported: ImportState;
  /** For 'by-provenance': the fields whose values still carry their import provenance, as `present`. */
  importedPresent: number;
  /** FLAGS. */
  flags: number;
  reach: Reach;
  stage: Stage;
  stageHistory: StageChange[];
  /** The keys the duplicate measures join on (core/lead/lookup-keys.ts joinKey), each once. */
  joinKeys: string[];
  /** The domains of its well-formed e-mail addresses: the report checks them against the disposable list. */
  mailDomains: string[];
}

/** LEAD_FIELDS as bits: 23 fields fit a 32-bit word. */
const FIELD_BIT = new Map<LeadField, number>(LEAD_FIELDS.map((f, i) => [f, 2 ** i]));
export const fieldBit = (field: LeadField): number => FIELD_BIT.get(field) ?? 0;
/** Whether `field`'s bit is set in a `present` word (>>> 0 keeps bit 31 positive). */
export const hasBit = (present: number, field: LeadField): boolean => ((present & fieldBit(field)) >>> 0) !== 0;

function presentFields(fields: Lead['fields']): number {
  let present = 0;
  for (const field of LEAD_FIELDS) if (hasValue({ fields }, field)) present |= fieldBit(field);
  return present >>> 0;
}

/** The join keys a lead counts with in the duplicate measures, each once, in the order of its keys. */
export function joinKeysOf(lead: Pick<Lead, 'keys'>): string[] {
  const out: string[] = [];
  for (const k of lead.keys) {
    const j = joinKey(k);
    if (j && !out.includes(j)) out.push(j);
  }
  return out;
}

const validityOf = createValidityChecker();
const NEVER_DISPOSABLE = () => false;

function importState(lead: Lead): { imported: ImportState; importedPresent: number } {
  if (lead.atImport) return { imported: lead.atImport.complete ? 'complete' : 'incomplete', importedPresent: 0 };
  const fromImport = fieldsFromImport(lead);
  return fromImport ? { imported: 'by-provenance', importedPresent: presentFields(fromImport) } : { imported: 'none', importedPresent: 0 };
}

function validityFlags(v: Validity): number {
  return (v.invalidPhone ? FLAGS.invalidPhone : 0) | (v.phoneOtherCountry ? FLAGS.phoneOtherCountry : 0)
    | (v.invalidEmail ? FLAGS.invalidEmail : 0) | (v.invalidWebsite ? FLAGS.invalidWebsite : 0);
}

/**
 * Inputs derived already, by lead object. A lead is never changed in place (every change makes a new
 * object), so an input derived ahead of the lead's write (an import maps its next chunk while the
 * chunk before commits) is the one the write stores, without deriving it again inside the transaction.
 */
const derived = new WeakMap<Lead, ReportInput>();

/**
 * The report's input of a lead. `profile` only matters for a lead without a summary (never one the
 * repository wrote): its stage is derived under it, and the input is not remembered.
 */
export function reportInputOf(lead: Lead, profile: Profile = DEFAULT_PROFILE): ReportInput {
  if (!lead.summary) return deriveInput(lead, profile);
  let input = derived.get(lead);
  if (!input) derived.set(lead, (input = deriveInput(lead, profile)));
  return input;
}

function deriveInput(lead: Lead, profile: Profile): ReportInput {
  const signals = fakeSignals(lead, NEVER_DISPOSABLE);
  let flags = validityFlags(validityOf(lead)) | (usesFreeMail(lead) ? FLAGS.freeMail : 0);
  for (const signal of signals) if (signal !== 'disposable-email') flags |= SIGNAL_FLAGS[signal];
  const mailDomains: string[] = [];
  for (const field of ['email', 'personEmail'] as const) {
    const address = lead.fields[field]?.value;
    if (address?.trim() && isEmail(address)) mailDomains.push(emailDomain(normaliseEmail(address)) ?? '');
  }
  return {
    id: lead.id,
    createdAt: lead.createdAt,
    source: groupOf(lead, 'source'),
    campaign: groupOf(lead, 'campaign'),
    batch: groupOf(lead, 'batch'),
    present: presentFields(lead.fields),
    ...importState(lead),
    flags,
    reach: reachability(lead),
    stage: lead.summary?.stage ?? currentStage(lead, profile),
    stageHistory: lead.stageHistory ?? [],
    joinKeys: joinKeysOf(lead),
    mailDomains,
  };
}
