/** What the detection engine reads off one page. Pure data: no DOM nodes, so it crosses message boundaries. */

export type Method =
  | 'json-ld'
  | 'microdata'
  | 'rdfa'
  | 'hcard'
  | 'meta'
  | 'tel-link'
  | 'mailto-link'
  | 'link'
  | 'labelled-text'
  | 'free-text'
  | 'inline-script'
  | 'page-url';

export interface Source {
  method: Method;
  /** The text or markup the value was read from, shortened for display. */
  snippet: string;
  /** A CSS path to the element, for highlighting it on the live page. */
  selector?: string;
  /** The page the value was read from, when a reading joins several pages (research). */
  url?: string;
  /** Further pages that show the same value (research). */
  alsoOn?: string[];
}

export type PhoneKind = 'voice' | 'mobile' | 'fax';

export interface PhoneValue {
  e164: string;
  kind: PhoneKind;
  /** As written on the page. */
  raw: string;
}

export interface CompanyValue {
  name: string;
  legalForm?: string;
}

export interface AddressValue {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface SocialValue {
  network: string;
  url: string;
}

export interface RegisterValue {
  court: string | null;
  number: string;
}

export interface PersonValue {
  name: string;
  role: string;
}

export interface FieldValues {
  company: CompanyValue;
  phone: PhoneValue;
  email: string;
  address: AddressValue;
  website: string;
  social: SocialValue;
  vatId: string;
  register: RegisterValue;
  person: PersonValue;
}

export type Field = keyof FieldValues;

export interface Candidate<F extends Field = Field> {
  field: F;
  value: FieldValues[F];
  /** 0..1: how sure the detector is that this value belongs to the page's organisation. */
  confidence: number;
  source: Source;
}

export type AnyCandidate = { [F in Field]: Candidate<F> }[Field];

/** The one best reading of the page, each value with the candidate it came from. */
export interface DetectionRecord {
  company: Candidate<'company'> | null;
  phones: Candidate<'phone'>[];
  faxes: Candidate<'phone'>[];
  emails: Candidate<'email'>[];
  address: Candidate<'address'> | null;
  website: Candidate<'website'> | null;
  socials: Candidate<'social'>[];
  vatId: Candidate<'vatId'> | null;
  register: Candidate<'register'> | null;
  people: Candidate<'person'>[];
}

export interface DetectionResult {
  url: string;
  record: DetectionRecord;
  /** Every candidate any detector saw, best first within a field. */
  candidates: AnyCandidate[];
  /** Milliseconds the engine took, for the bench and the popup's footer. */
  elapsedMs: number;
}
