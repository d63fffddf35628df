/** Leads as vCard 4.0 (RFC 6350), one card per lead, for the rep's address book. */
import { webLink } from './web-address';
import { leadCountry } from './keys';
import { toE164 } from './normalise';
import type { Lead } from './types';

/** Escapes a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2): continuation lines start with a space. Never
 * splits a UTF-8 character, so each piece may be a little shorter.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function tel(value: string, country: string): string {
  const e164 = toE164(value, country);
  return e164 ? `;VALUE=uri:tel:${e164}` : `:${escapeText(value)}`;
}

export function leadToVcard(lead: Lead, now: number = lead.updatedAt): string {
  const f = (name: keyof Lead['fields']): string => lead.fields[name]?.value.trim() ?? '';
  const company = [f('companyName'), f('legalForm')].filter(Boolean).join(' ');
  const person = [f('firstName'), f('lastName')].filter(Boolean).join(' ');
  const country = leadCountry(lead);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:${escapeText(`urn:leadfill:${lead.id}`)}`];
  lines.push(`FN:${escapeText(person || company || f('email') || lead.id)}`);
  // A card for a company without a contact person is an organisation card.
  if (person) lines.push(`N:${[f('lastName'), f('firstName'), '', f('salutation'), ''].map(escapeText).join(';')}`);
  else lines.push('KIND:org');
  if (company) lines.push(`ORG:${escapeText(company)}`);
  if (f('role')) lines.push(`TITLE:${escapeText(f('role'))}`);
  if (f('phone')) lines.push(`TEL;TYPE=work,voice${tel(f('phone'), country)}`);
  if (f('directPhone')) lines.push(`TEL;TYPE=work,voice;PREF=1${tel(f('directPhone'), country)}`);
  if (f('mobile')) lines.push(`TEL;TYPE=cell${tel(f('mobile'), country)}`);
  if (f('fax')) lines.push(`TEL;TYPE=work,fax${tel(f('fax'), country)}`);
  if (f('personEmail')) lines.push(`EMAIL;TYPE=work;PREF=1:${escapeText(f('personEmail'))}`);
  if (f('email')) lines.push(`EMAIL;TYPE=work:${escapeText(f('email'))}`);
  if (f('street') || f('city') || f('postalCode') || f('country')) {
    // ADR: post office box; extended; street; locality; region; postal code; country.
    lines.push(`ADR;TYPE=work:${['', '', f('street'), f('city'), '', f('postalCode'), f('country')].map(escapeText).join(';')}`);
  }
  const website = webLink(f('website'));
  if (website) lines.push(`URL:${escapeText(website)}`);
  for (const s of lead.socials) {
    const profile = webLink(s.value);
    if (profile) lines.push(`URL;TYPE=social:${escapeText(profile)}`);
  }
  if (f('notes')) lines.push(`NOTE:${escapeText(f('notes'))}`);
  lines.push(`REV:${new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function exportVcards(leads: readonly Lead[]): string {
  return leads.map((l) => leadToVcard(l)).join('');
}
