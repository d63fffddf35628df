/**
 * Whether a candidate's value is right, with the normalisation ../shared/eval/score.mjs uses to compare
 * a record with the labels (spelling variants of one value compare equal). The scorer is a script with
 * no exports, so its normalising functions are restated here (test/unit/scripts/calibration-marks.test.ts).
 */
import type { AnyCandidate } from '../../src/core/detect/types';
import { trimEnd } from '../../src/core/text/trim';

export interface Expect {
  company: { name: string } | null;
  phones: string[];
  faxes: string[];
  emails: string[];
  address: { street: string | null; postalCode: string | null; city: string | null } | null;
  website: string | null;
  socials: string[];
  vatId: string | null;
  register: { number: string | null } | null;
  people: { name: string }[];
}

export function text(s: string): string {
  return String(s).normalize('NFKC').toLowerCase().replace(/[\u2018\u2019`´']/g, "'").replace(/[.,;:"()]/g, ' ').replace(/\s+/g, ' ').trim();
}
export function street(s: string): string {
  const t = text(s).replace(/stra(ss|ß)e\b/g, 'str').replace(/\bstr\b\.?/g, 'str');
  // The scorer's /\s*-\s*/ -> '-', written without a regex that backtracks.
  return t.split('-').map((part) => part.trim()).join('-').replace(/\s+/g, ' ');
}
export function phone(s: string): string {
  return s.replace(/[^\d+]/g, '');
}
/** The scorer's /\([^)]*\)/g -> ' ': bracketed parts out, scanned once. */
function withoutBrackets(s: string): string {
  let out = '';
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (open < 0 && s[i] === '(') open = i;
    else if (open >= 0 && s[i] === ')') {
      out += ' ';
      open = -1;
    } else if (open < 0) out += s[i];
  }
  return open >= 0 ? out + s.slice(open) : out;
}

export function person(s: string): string {
  return text(withoutBrackets(String(s ?? '').replace(/[«»"“”„][^«»"“”„]*[«»"“”„]/g, ' '))).replace(/\b(dr|prof|dipl|ing|mag|mba|phd|mr|mrs|ms|herr|frau)\b/g, ' ').replace(/\s+/g, ' ').trim();
}
export function host(u: string): string {
  try {
    return new URL(/^[a-z]+:\/\//i.test(u) ? u : `https://${u}`).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return String(u).toLowerCase();
  }
}
export function social(u: string): string {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(u) ? u : `https://${u}`);
    let h = url.hostname.replace(/^(www|m|mobile|[a-z]{2}(-[a-z]{2})?)\./i, '').toLowerCase();
    if (h === 'twitter.com') h = 'x.com';
    const id = /\/profile\.php$/i.test(url.pathname) ? url.searchParams.get('id') : null;
    return `${h}${trimEnd(url.pathname, '/').toLowerCase()}${id ? `?id=${id}` : ''}`;
  } catch {
    return String(u).toLowerCase();
  }
}
const postal = (s: string | null | undefined) => (s ? s.replace(/\s+/g, '').toUpperCase() : '');
const compactId = (s: string | null | undefined) => (s ? s.replace(/[\s.-]/g, '').toUpperCase() : '');

/** True when the candidate's value is one the page's labels hold. An address must be right in street, code and town. */
export function isRight(c: AnyCandidate, want: Expect): boolean {
  switch (c.field) {
    case 'company':
      return !!want.company && text(c.value.name) === text(want.company.name);
    case 'phone':
      return (c.value.kind === 'fax' ? want.faxes : want.phones).some((p) => phone(p) === phone(c.value.e164));
    case 'email':
      return want.emails.some((e) => e.trim().toLowerCase() === c.value.trim().toLowerCase());
    case 'address': {
      const a = want.address;
      if (!a) return false;
      const same = (x: string | null | undefined, y: string | null | undefined, f: (s: string) => string) => (x ? f(x) : '') === (y ? f(y) : '');
      return same(c.value.street, a.street, street) && postal(c.value.postalCode) === postal(a.postalCode) && same(c.value.city, a.city, text);
    }
    case 'website':
      return !!want.website && host(c.value) === host(want.website);
    case 'social':
      return want.socials.some((s) => social(s) === social(c.value.url));
    case 'vatId':
      return !!want.vatId && compactId(c.value) === compactId(want.vatId);
    case 'register':
      return !!want.register?.number && c.value.number.replace(/[\s.]/g, '').toUpperCase() === want.register.number.replace(/[\s.]/g, '').toUpperCase();
    case 'person':
      return want.people.some((p) => person(p.name) === person(c.value.name));
  }
}
