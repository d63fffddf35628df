/**
 * The shape of a detection record, with every string and list capped and addresses only http(s): a
 * hostile page controls what the engine reads, so a record is checked field by field before the
 * background counts or stores anything from it. Automatic reports must fit it whole; the engine's own
 * answers are cut to it (capRecord), so one oversized value costs that value, not the page.
 */
import * as v from 'valibot';
import type { DetectionRecord } from '../core/detect/types';
import { isWebAddress } from '../core/lead/web-address';

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const OptStr = (max: number) => v.nullable(Str(max));

const SourceShape = v.object({
  method: Str(40),
  snippet: Str(1000),
  selector: v.optional(Str(2000)),
});

function candidate<T extends v.GenericSchema>(value: T) {
  return v.object({ field: Str(20), value, confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), source: SourceShape });
}

const PhoneShape = candidate(v.object({
  e164: v.pipe(v.string(), v.regex(/^\+\d{4,17}$/)),
  kind: v.picklist(['voice', 'mobile', 'fax']),
  raw: Str(200),
}));

/** A web address (web-address.ts): never javascript:, data: or another scheme a program would run. */
const WebAddress = v.pipe(Str(2000), v.check(isWebAddress, 'Only web addresses (http or https).'));
/** A profile link: an http(s) address, as the lead keeps it. */
const HttpUrl = v.pipe(WebAddress, v.regex(/^https?:\/\//i, 'Only http(s) links.'));

/** The record's single values and their shapes. */
const SINGLE = {
  company: candidate(v.object({ name: Str(300), legalForm: v.optional(Str(100)) })),
  address: candidate(v.object({ street: OptStr(300), postalCode: OptStr(20), city: OptStr(200), country: OptStr(2) })),
  website: candidate(WebAddress),
  vatId: candidate(Str(40)),
  register: candidate(v.object({ court: OptStr(200), number: Str(60) })),
} as const;

/** The record's lists: the shape of one entry and how many the record keeps. */
const LISTS = {
  phones: [PhoneShape, 50],
  faxes: [PhoneShape, 50],
  emails: [candidate(Str(320)), 100],
  socials: [candidate(v.object({ network: Str(40), url: HttpUrl })), 50],
  people: [candidate(v.object({ name: Str(200), role: Str(200) })), 100],
} as const;

const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

export const DetectionRecordShape = v.object({
  company: v.nullable(SINGLE.company),
  phones: list(...LISTS.phones),
  faxes: list(...LISTS.faxes),
  emails: list(...LISTS.emails),
  address: v.nullable(SINGLE.address),
  website: v.nullable(SINGLE.website),
  socials: list(...LISTS.socials),
  vatId: v.nullable(SINGLE.vatId),
  register: v.nullable(SINGLE.register),
  people: list(...LISTS.people),
});

/**
 * The record cut to the shape: a single value that does not fit becomes null, list entries that do
 * not fit are left out and each list ends at its cap. Values that fit stay as they are (with any
 * provenance research added), so a page with too much still yields the rest of its record.
 */
export function capRecord(record: DetectionRecord): DetectionRecord {
  const one = <T>(schema: v.GenericSchema, value: T | null): T | null => (value !== null && v.is(schema, value) ? value : null);
  const many = <T>([schema, max]: readonly [v.GenericSchema, number], values: readonly T[]): T[] => values.filter((x) => v.is(schema, x)).slice(0, max);
  return {
    ...record,
    company: one(SINGLE.company, record.company),
    address: one(SINGLE.address, record.address),
    website: one(SINGLE.website, record.website),
    vatId: one(SINGLE.vatId, record.vatId),
    register: one(SINGLE.register, record.register),
    phones: many(LISTS.phones, record.phones),
    faxes: many(LISTS.faxes, record.faxes),
    emails: many(LISTS.emails, record.emails),
    socials: many(LISTS.socials, record.socials),
    people: many(LISTS.people, record.people),
  };
}
