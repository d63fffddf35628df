import { describe, expect, it } from 'vitest';
import { leadSite } from '../../../src/core/research/lead-site';
import { lead } from '../lead/helpers';

describe('leadSite', () => {
  it('takes the website, written with or without its scheme', () => {
    expect(leadSite(lead({ website: 'www.kranich-anlagenbau.de', email: 'info@other.de' }))).toEqual({ ok: true, url: 'https://www.kranich-anlagenbau.de/', from: 'website' });
    expect(leadSite(lead({ website: 'http://seeblick.example/de/' }))).toEqual({ ok: true, url: 'http://seeblick.example/de/', from: 'website' });
  });
  it('falls back to the e-mail domain, the company address before the person\'s', () => {
    expect(leadSite(lead({ email: 'info@lotsen-logistik.de', personEmail: 'h.albers@lotsen.example' }))).toEqual({ ok: true, url: 'https://lotsen-logistik.de/', from: 'email' });
    expect(leadSite(lead({ personEmail: 'h.albers@lotsen.example' }))).toMatchObject({ url: 'https://lotsen.example/' });
  });
  it('never researches a free-mail provider', () => {
    expect(leadSite(lead({ email: 'kranich.anlagen@gmail.com' }))).toEqual({ ok: false, reason: 'no-site' });
    expect(leadSite(lead({ email: 'x@web.de', personEmail: 'y@gmx.net' }))).toEqual({ ok: false, reason: 'no-site' });
  });
  it('has nothing to research without a website or an e-mail', () => {
    expect(leadSite(lead({ companyName: 'Kranich GmbH' }))).toEqual({ ok: false, reason: 'no-site' });
    expect(leadSite(lead({ website: 'not a site' }))).toEqual({ ok: false, reason: 'no-site' });
  });
});
