import { describe, expect, it } from 'vitest';
import { addSocials } from '../../../src/core/lead/apply-detection';
import { fillField } from '../../../src/core/lead/fill';
import { isWebAddress, webLink } from '../../../src/core/lead/web-address';
import { detected, lead } from './helpers';

describe('web addresses', () => {
  it('accepts http(s) addresses and bare hosts, with ports, paths and IDN hosts', () => {
    for (const ok of ['https://www.acme.de', 'http://acme.de/impressum?x=1', 'www.acme.de', 'acme.co.uk/kontakt', 'müller-bau.de', 'localhost.example:8080/a', 'HTTPS://ACME.DE']) {
      expect(isWebAddress(ok), ok).toBe(true);
    }
  });

  it('refuses other schemes, spaces and hostless values', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:void(0)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.de', 'vbscript:x', 'https://', 'acme', 'www.ac me.de', '']) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });

  it('links a bare host with https and leaves an http(s) address as it is', () => {
    expect(webLink(' www.acme.de ')).toBe('https://www.acme.de');
    expect(webLink('http://acme.de')).toBe('http://acme.de');
    expect(webLink('javascript:alert(1)')).toBeNull();
  });

  it('never stores a non-web website or profile from a page answer', () => {
    const filled = fillField(lead({}), 'website', 'javascript:alert(document.domain)', detected());
    expect(filled.outcome).toBe('unchanged');
    expect(filled.lead.fields.website).toBeUndefined();
    const withSocials = addSocials(lead({}), [
      { value: 'javascript:alert(1)', source: detected() },
      { value: 'www.xing.com/pages/acme', source: detected() },
      { value: 'https://www.xing.com/pages/acme', source: detected() },
    ]);
    expect(withSocials.socials.map((s) => s.value)).toEqual(['https://www.xing.com/pages/acme']);
  });
});
