import { describe, expect, it } from 'vitest';
import { matchLead } from '../../../src/core/lead/match';
import { cand, lead, record } from './helpers';

describe('matchLead', () => {
  const acme = lead({ companyName: 'Acme GmbH', website: 'https://www.acme.de' }, { id: 'acme' });
  const viaMail = lead({ companyName: 'Beta AG', email: 'vertrieb@beta-ag.de' }, { id: 'beta' });
  const gmailOnly = lead({ companyName: 'Gamma', email: 'gamma@gmail.com' }, { id: 'gamma' });
  const byName = lead({ companyName: 'Delta Logistik GmbH' }, { id: 'delta' });
  const leads = [acme, viaMail, gmailOnly, byName];

  it('matches by the page’s registrable domain, subdomains included', () => {
    const [m] = matchLead(leads, 'https://karriere.acme.de/jobs');
    expect(m?.lead.id).toBe('acme');
    expect(m?.reason).toBe('website-domain');
  });

  it('matches by e-mail domain when the lead has no website', () => {
    expect(matchLead(leads, 'https://beta-ag.de/kontakt').map((m) => [m.lead.id, m.reason])).toEqual([['beta', 'email-domain']]);
  });

  it('never matches a free-mail domain', () => {
    expect(matchLead(leads, 'https://mail.google.com/')).toEqual([]);
    expect(matchLead(leads, 'https://gmail.com/')).toEqual([]);
  });

  it('matches by detected company name, VAT id and phone, best first', () => {
    const withVat = lead({ companyName: 'Other', vatId: 'DE123456789' }, { id: 'vat' });
    const det = record({
      company: cand('company', { name: 'Delta Logistik', legalForm: 'GmbH' }),
      vatId: cand('vatId', 'DE 123456789'),
    });
    const matches = matchLead([...leads, withVat], 'https://delta-logistik.example/impressum', det);
    expect(matches.map((m) => [m.lead.id, m.reason])).toEqual([['vat', 'vat'], ['delta', 'company-name']]);
  });

  it('ranks two agreeing reasons above one', () => {
    const both = lead({ website: 'acme.de', email: 'info@acme.de' }, { id: 'both' });
    const matches = matchLead([acme, both], 'https://acme.de/', record({ emails: [cand('email', 'info@acme.de')] }));
    expect(matches[0]?.lead.id).toBe('both');
    expect(matches[0]?.reasons).toEqual(['website-domain', 'email', 'email-domain']);
  });
});
