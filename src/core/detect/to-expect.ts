/** The best record in the corpus's "expect" shape (../shared/corpus/SCHEMA.md), for scoring and export. */
import type { DetectionRecord } from './types';

export interface ExpectShape {
  company: { name: string } | null;
  phones: string[];
  faxes: string[];
  emails: string[];
  address: { street: string | null; postalCode: string | null; city: string | null; country: string | null } | null;
  website: string | null;
  socials: string[];
  vatId: string | null;
  register: { court: string | null; number: string } | null;
  people: { name: string; role: string }[];
}

export function toExpect(r: DetectionRecord): ExpectShape {
  return {
    company: r.company ? { name: r.company.value.name } : null,
    phones: r.phones.map((c) => c.value.e164),
    faxes: r.faxes.map((c) => c.value.e164),
    emails: r.emails.map((c) => c.value),
    address: r.address ? { ...r.address.value } : null,
    website: r.website?.value ?? null,
    socials: r.socials.map((c) => c.value.url),
    vatId: r.vatId?.value ?? null,
    register: r.register ? { ...r.register.value } : null,
    people: r.people.map((c) => ({ name: c.value.name, role: c.value.role })),
  };
}
