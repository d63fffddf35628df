/**
 * The shape of a detection record as a content script reports it, with every string and list capped:
 * a hostile page controls what the engine reads, so a report is checked field by field before the
 * background counts anything from it. Unknown keys are dropped.
 */
import * as v from 'valibot';

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

const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

export const DetectionRecordShape = v.object({
  company: v.nullable(candidate(v.object({ name: Str(300), legalForm: v.optional(Str(100)) }))),
  phones: list(PhoneShape, 50),
  faxes: list(PhoneShape, 50),
  emails: list(candidate(Str(320)), 100),
  address: v.nullable(candidate(v.object({ street: OptStr(300), postalCode: OptStr(20), city: OptStr(200), country: OptStr(2) }))),
  website: v.nullable(candidate(Str(2000))),
  socials: list(candidate(v.object({ network: Str(40), url: Str(2000) })), 50),
  vatId: v.nullable(candidate(Str(40))),
  register: v.nullable(candidate(v.object({ court: OptStr(200), number: Str(60) }))),
  people: list(candidate(v.object({ name: Str(200), role: Str(200) })), 100),
});
