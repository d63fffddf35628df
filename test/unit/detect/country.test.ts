import { describe, expect, it } from 'vitest';
import { countryFromLang, countryFromTld, countryOfCallingCode, pageCountry, phoneCountries } from '../../../src/core/detect/context/country';
import { readPage } from '../../support/detect';
import { parseHtml } from '../../../src/node/parse-html';

function page(body: string, url: string, lang = '') {
  return readPage(parseHtml(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body>${body}</body></html>`), url);
}

describe('page country', () => {
  it('reads ccTLDs and language tags', () => {
    expect(countryFromTld('example.co.uk')).toBe('GB');
    expect(countryFromTld('example.com')).toBeUndefined();
    expect(countryFromLang('de-at')).toBe('AT');
    expect(countryFromLang('fr')).toBe('FR');
    expect(countryFromLang('en')).toBeUndefined();
  });
  it('lets the detected address win over everything else', () => {
    expect(pageCountry(page('<p>x</p>', 'https://example.de/'), 'AT')).toBe('AT');
  });
  it('uses the +prefixed numbers of a generic-TLD page', () => {
    expect(pageCountry(page('<p>Call +44 20 7946 0000</p>', 'https://example.com/', 'en'))).toBe('GB');
    expect(pageCountry(page('<a href="tel:%2B4540431712">Ring</a>', 'https://example.com/', 'en'))).toBe('DK');
  });
  it('reads a language its function words do not cover from trigram profiles (franc-min), given enough text', () => {
    const hungarian =
      '<p>Kapcsolat és bejelentkezés</p><p>Emailben vagy a bejelentkező rendszerben, illetve telefonon keresztül is elérhető vagyok.</p>' +
      '<p>Vagy az oldal alján található űrlap kitöltésével, ahol a szolgáltatást és az időpontot is kiválaszthatja.</p>' +
      '<p>Minden kezelés előtt személyes konzultációt tartunk, ahol átbeszéljük az elképzeléseit és a lehetőségeket.</p>';
    expect(pageCountry(page(hungarian, 'https://minta.github.io/szalon/kapcsolat.html', 'en'))).toBe('HU');
    // A few words are not enough to tell.
    expect(pageCountry(page('<p>Kapcsolat</p><p>Üzenet küldése</p>', 'https://minta.github.io/szalon/', 'en'))).toBeUndefined();
  });
  it('reads the text language when lang="en" is a template default', () => {
    const french = '<p>Le restaurant est ouvert tous les jours pour le déjeuner et le dîner, avec une terrasse et des plats du jour pour vous et vos amis dans la ville.</p>';
    expect(pageCountry(page(french, 'https://someone.github.io/cafe/', 'en'))).toBe('FR');
  });
  it('takes a language without a table entry from the likely-subtags data, never a world language', () => {
    expect(countryFromLang('vi')).toBe('VN');
    expect(countryFromLang('id')).toBe('ID');
    expect(countryFromLang('pt')).toBe('PT');
    expect(countryFromLang('ar')).toBeUndefined();
    expect(countryFromLang('zz')).toBeUndefined();
    expect(countryFromLang('es-ec')).toBe('EC');
  });
  it('reads the international number inside WhatsApp chat links', () => {
    expect(pageCountry(page('<a href="https://wa.me/+593984124118">WhatsApp</a>', 'https://someone.github.io/clinic/', 'en'))).toBe('EC');
    expect(pageCountry(page('<a href="https://api.whatsapp.com/send?phone=6281387910251">Chat</a>', 'https://example.com/', 'en'))).toBe('ID');
  });
  it('reads the country of the page\'s own e-mail domains on a shared host', () => {
    const p = page('<p>Email: info@clinic-example.vn</p><a href="mailto:hello@clinic-example.vn">Mail</a>', 'https://someone.github.io/clinic/');
    expect(pageCountry(p)).toBe('VN');
    expect(phoneCountries(p, undefined)).toContain('VN');
    expect(pageCountry(page('<p>Email: info@example.com</p>', 'https://someone.github.io/x/', 'en'))).toBeUndefined();
  });
  it('gives no country for an English page on a generic TLD without other hints', () => {
    expect(pageCountry(page('<p>Welcome to our company and the services we offer for you.</p>', 'https://example.com/', 'en'))).toBeUndefined();
  });
  it('maps shared calling codes to their main country', () => {
    expect(countryOfCallingCode('44')).toBe('GB');
    expect(countryOfCallingCode('1')).toBe('US');
    expect(countryOfCallingCode('49')).toBe('DE');
  });
  it('adds countries the page names as fallbacks, only those with a trunk 0', () => {
    const p = page('<p>The steel industry of India has grown. India is now a top producer.</p>', 'https://example.com/', 'en-us');
    expect(phoneCountries(p, 'US')).toEqual(['US', 'IN']);
    expect(phoneCountries(page('<p>Danmark</p>', 'https://example.com/', 'en'), 'US')).toEqual(['US']);
  });
});
