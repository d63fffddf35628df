// Organisation names as structured data and footers spell them, and numbers that only look like phones
// under a register's label line. All data invented.
import { describe, expect, it } from 'vitest';
import { companyDetector } from '../../../src/core/detect/detectors/company';
import { registerDetector } from '../../../src/core/detect/detectors/register';
import { phonesDetector } from '../../../src/core/detect/detectors/phones';
import { detect } from '../../../src/core/detect';
import { resolve } from '../../../src/core/detect/resolve';
import { readPage, run } from '../../support/detect';
import { parseHtml } from '../../../src/node/parse-html';
import type { Candidate } from '../../../src/core/detect/types';

function page(head: string, body: string) {
  return parseHtml(`<!doctype html><html lang="sk"><head>${head}</head><body>${body}</body></html>`);
}

describe('structured data of LocalBusiness subtypes', () => {
  it('reads e-mail, profiles and name of an Optician item in a @graph', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'VIDO | Optika Nitra' }, { '@type': 'Optician', name: 'VIDO Optika Nitra', email: 'info@vido-optika.example', telephone: '+421900000001', sameAs: ['https://www.instagram.com/vidooptika/'] }] });
    const html = page(`<title>VIDO | Optika Nitra</title><meta property="og:site_name" content="VIDO | Optika Nitra"><script type="application/ld+json">${ld}</script>`, '<div id="root"></div>');
    const record = detect(html, 'https://www.vido-optika.example/').record;
    expect(record.emails?.map((e) => e.value)).toContain('info@vido-optika.example');
    expect(record.socials?.map((s) => s.value.url)).toEqual([expect.stringContaining('instagram.com/vidooptika')]);
    expect(record.company?.value.name).toBe('VIDO Optika Nitra');
  });
});

describe('company names', () => {
  it('drops a company number in brackets after the legal form, a template placeholder too', () => {
    const names = (copyright: string) => {
      const p = readPage(parseHtml(`<!doctype html><html lang="ms"><head><title>Hubungi</title></head><body><footer><p>${copyright}</p></footer></body></html>`), 'https://bina.example.com.my/');
      return resolve(companyDetector.detect(p, { country: undefined, found: [] }) as Candidate<'company'>[]).company?.value.name;
    };
    expect(names('© 2026 Bina Maju Sdn Bhd (XXXXXX-X). Hak Cipta Terpelihara.')).toBe('Bina Maju Sdn Bhd');
    expect(names('© 2026 Bina Maju Sdn Bhd (1234567-T). Hak Cipta Terpelihara.')).toBe('Bina Maju Sdn Bhd');
    expect(names('© 2026 Alltagshilfe Nord UG (haftungsbeschränkt)')).toBe('Alltagshilfe Nord UG (haftungsbeschränkt)');
  });
});

describe('numbers under a register label line', () => {
  const body = '<h2>Bedrijfsgegevens</h2><p>KvK</p><p>Arnhem nr. 09094924</p><p>Telefoon</p><p>0316 281000</p>';
  it('does not read the chamber number as a phone', () => {
    const phones = run(phonesDetector, body, { url: 'https://schilder.example.nl/contact', lang: 'nl' }).record.phones?.map((p) => p.value.e164) ?? [];
    expect(phones).toEqual(['+31316281000']);
  });
  it('reads the old KvK form with the chamber town', () => {
    expect(run(registerDetector, '<p>KvK Arnhem nr. 09094924</p>', { url: 'https://schilder.example.nl/', lang: 'nl' }).record.register?.value.number).toBe('09094924');
    expect(run(registerDetector, body, { url: 'https://schilder.example.nl/', lang: 'nl' }).record.register?.value.number).toBe('09094924');
  });
});
