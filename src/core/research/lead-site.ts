/** Which site to research for a lead that has no page open: its website, else its e-mail's domain. */
import { isFreeMailDomain } from '../lead/freemail';
import { emailDomain, isEmail } from '../lead/normalise';
import type { Lead } from '../lead/types';

export type LeadSite = { ok: true; url: string; from: 'website' | 'email' } | { ok: false; reason: 'no-site' };

function asWebAddress(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The address research starts from: the lead's website; else the domain of its e-mail (the company's,
 * then the contact person's), never a free-mail provider's (gmail.com is nobody's company site).
 */
export function leadSite(lead: Pick<Lead, 'fields'>): LeadSite {
  const website = asWebAddress(lead.fields.website?.value ?? '');
  if (website) return { ok: true, url: website, from: 'website' };
  for (const field of ['email', 'personEmail'] as const) {
    const email = lead.fields[field]?.value ?? '';
    const domain = isEmail(email) ? emailDomain(email) : null;
    if (domain && !isFreeMailDomain(domain)) return { ok: true, url: `https://${domain}/`, from: 'email' };
  }
  return { ok: false, reason: 'no-site' };
}
