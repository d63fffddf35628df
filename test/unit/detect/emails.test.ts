import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { emailsDetector } from '../../../src/core/detect/detectors/emails';
import { decodeCfEmail } from '../../../src/core/detect/detectors/emails/hidden';
import { emailsInText, normaliseEmail } from '../../../src/core/detect/detectors/emails/text';
import { assembledStrings } from '../../../src/core/detect/detectors/emails/script-strings';
import { detectBody, readPage } from '../../support/detect';
import { parseHtml } from '../../../src/node/parse-html';

const URL = 'https://www.firma.de/impressum';

function page(body: string, url = URL) {
  return readPage(parseHtml(`<!doctype html><html><head></head><body>${body}</body></html>`), url);
}

/** Accepted addresses (confidence >= 0.5), as the record would list them. */
function accepted(body: string, url = URL): string[] {
  const found = emailsDetector.detect(page(body, url), { country: undefined, found: [] });
  return [...new Set(found.filter((c) => c.confidence >= 0.5).map((c) => c.value as string))].sort();
}

function all(body: string, url = URL): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of emailsDetector.detect(page(body, url), { country: undefined, found: [] })) {
    out.set(c.value as string, Math.max(out.get(c.value as string) ?? 0, c.confidence));
  }
  return out;
}

describe('plain and linked addresses', () => {
  it('reads text and mailto, lower-cased, without ?subject', () => {
    expect(accepted('<p>E-Mail: Info@FIRMA.de</p><a href="mailto:Kontakt@firma.de?subject=Hallo">Schreiben</a>')).toEqual(['info@firma.de', 'kontakt@firma.de']);
  });
  it('keeps both the visible address and a different mailto target', () => {
    expect(accepted('<a href="mailto:secretaris@verein.nl">voorzitter@verein.nl</a>', 'https://www.verein.nl/')).toEqual(['secretaris@verein.nl', 'voorzitter@verein.nl']);
  });
  it('decodes entity- and percent-encoded mailto hrefs', () => {
    expect(accepted('<a href="&#109;&#97;ilto:&#105;nfo&#64;firma.de">x</a><a href="mailto:post%40firma.de">y</a>')).toEqual(['info@firma.de', 'post@firma.de']);
  });
  it('takes a freemail address as the organisation\'s contact', () => {
    expect(accepted('<p>Kontakt: praxis.meier@gmx.de</p>')).toEqual(['praxis.meier@gmx.de']);
  });
});

describe('obfuscated addresses', () => {
  it.each([
    ['info [at] firma [punkt] de', 'info@firma.de'],
    ['name(at)domain.com', 'name@domain.com'],
    ['office{at}firma.at', 'office@firma.at'],
    ['kristine (at) gaard (dot) no', 'kristine@gaard.no'],
    ['jvries (at) science.example.nl', 'jvries@science.example.nl'],
    ['info (ät) firma.ch', 'info@firma.ch'],
    ['john at example-corp dot com', 'john@example-corp.com'],
    ['info@firma(dot)de', 'info@firma.de'],
    ['info ＠ firma.de', 'info@firma.de'],
  ])('%s', (text, email) => {
    expect(emailsInText(`Mail: ${text}`).map((e) => e.email)).toContain(email);
  });
  it('joins an address split into inline elements with spaces around the @', () => {
    expect(accepted('<p>info <i>@</i> firma.<i>de</i></p>')).toEqual(['info@firma.de']);
  });
  it('reads an address split by <code> and an @ drawn as an image', () => {
    expect(accepted('<p>petra<code>@</code>arcor.de</p><p>buero<img src="at.gif" alt="@">firma.de</p>')).toEqual(["buero@firma.de", "petra@arcor.de"]);
  });
  it('reads reversed text shown right-to-left', () => {
    expect(accepted('<p><span style="unicode-bidi:bidi-override;direction:rtl">ed.amrif@ofni</span></p>')).toEqual(['info@firma.de']);
  });
  it('removes anti-spam markers from mailto targets', () => {
    expect(normaliseEmail('mailto:webmaster_ReMoVeThIs@verein.org')).toBe('webmaster@verein.org');
    expect(normaliseEmail('info.nospam@firma.de')).toBe('info@firma.de');
    expect(normaliseEmail('a.nospam.b@firma.de')).toBe('a.b@firma.de');
  });
  it('does not read a bare "at" before a normal domain ("visit us at www.firma.de")', () => {
    expect(emailsInText('Visit us at www.firma.de or call')).toEqual([]);
  });
});

describe('hidden addresses', () => {
  it('decodes Cloudflare e-mail protection (data-cfemail and link hash)', () => {
    const hex = '42' + [...'info@firma.de'].map((c) => (c.charCodeAt(0) ^ 0x42).toString(16).padStart(2, '0')).join('');
    expect(decodeCfEmail(hex)).toBe('info@firma.de');
    expect(accepted(`<p><span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span></p>`)).toEqual(['info@firma.de']);
    expect(accepted(`<a href="/cdn-cgi/l/email-protection#${hex}">Mail</a>`)).toEqual(['info@firma.de']);
  });
  it('reads addresses an inline script assembles from literals, without running it', () => {
    expect(accepted(`<script>document.write('<a href="mailto:' + 'info' + '@' + 'firma.de' + '">Mail</a>');</script>`)).toEqual(['info@firma.de']);
    expect(accepted(`<script>var a = 'kontakt'; var b = 'firma.de'; el.innerHTML = a + '@' + b;</script>`)).toEqual(['kontakt@firma.de']);
  });
  it('reads String.fromCharCode literals', () => {
    expect(assembledStrings('x = String.fromCharCode(97,64,98) + ".de"')).toContain('a@b.de');
  });
  it('ignores a lone literal address in script config (e.g. a widget vendor) and URL user parts', () => {
    expect(accepted(`<script>var cfg = { support: 'help@vendor.com', dsn: 'https://' + 'key@o1.ingest.sentry.io/1' };</script>`)).toEqual([]);
  });
  it('reads user/domain pairs kept in data attributes, also reversed', () => {
    expect(accepted('<span data-user="ofni" data-domain="ed.amrif"></span>')).toEqual(['info@firma.de']);
  });
});

describe('not addresses', () => {
  it('skips image names, social handles and calendar ids', () => {
    const body = '<img src="logo@2x.png"><p>logo@2x.png</p><p>Aquarienverein.Bretnig @ Facebook</p>'
      + '<iframe src="https://calendar.google.com/embed?src=abc%40group.calendar.google.com"></iframe>';
    expect(accepted(body)).toEqual([]);
  });
  it('skips theme-author addresses in HTML comments', () => {
    expect(accepted('<!-- Theme by Pixel | hello@themevendor.com --><p>Hi</p>')).toEqual([]);
  });
  it('keeps placeholder addresses below acceptance', () => {
    const got = all('<p>z.B. name@example.com</p><p>your@email.com</p><label>joe@schmoe.com</label><footer><a href="mailto:hello@company.co">hello@company.co</a></footer>');
    expect(got.has('hello@company.co')).toBe(true);
    for (const v of got.values()) expect(v).toBeLessThan(0.5);
  });
  it('keeps the pattern of the staff addresses below acceptance, whatever the language', () => {
    const got = all('<p>Sähköposti: <a href="mailto:etunimi.sukunimi@sahko-esimerkki.fi">etunimi.sukunimi@sahko-esimerkki.fi</a></p>'
      + '<p>E-Mail: vorname.nachname@firma-beispiel.de, imie.nazwisko@przyklad.pl</p><p>office@firma-beispiel.de</p>');
    expect(got.get('etunimi.sukunimi@sahko-esimerkki.fi')).toBeLessThan(0.5);
    expect(got.get('vorname.nachname@firma-beispiel.de')).toBeLessThan(0.5);
    expect(got.get('imie.nazwisko@przyklad.pl')).toBeLessThan(0.5);
    // A person's real address of the same shape stays.
    expect(got.get('office@firma-beispiel.de')).toBeGreaterThanOrEqual(0.5);
    expect(all('<p>E-Mail: anna.virtanen@sahko-esimerkki.fi</p>').get('anna.virtanen@sahko-esimerkki.fi')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('whose address it is', () => {
  it('keeps the web agency below acceptance (heading credits)', () => {
    const got = all('<h3>Impressum</h3><p>Firma GmbH</p><p>info@firma.de</p><h3>Web</h3><h4>Konzept &amp; Webdesign</h4><h4>Agentur XY</h4><p>E-Mail: office@agentur-xy.at</p>');
    expect(got.get('info@firma.de')).toBeGreaterThanOrEqual(0.5);
    expect(got.get('office@agentur-xy.at')).toBeLessThan(0.5);
  });
  it('keeps the supervisory chamber below acceptance', () => {
    const got = all('<h2>Kontakt</h2><p>E-Mail: info@firma.de</p><h2>Aufsichtsbehörden:</h2><p>Landesnotarkammer</p><p>E-Mail: kammer@notare.de</p>');
    expect(got.get('kammer@notare.de')).toBeLessThan(0.5);
    expect(got.get('info@firma.de')).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps a labelled credit on the same line below acceptance', () => {
    expect(all('<p>Webdesign: Studio Z, hello@studio-z.com</p>').get('hello@studio-z.com')).toBeLessThan(0.5);
    // Italian "website created by".
    expect(all('<p>Email: ditta@example.it</p><p>Sito web creato da Rossi - rossi.web@example.com - © 2014</p>').get('rossi.web@example.com')).toBeLessThan(0.5);
  });
  it('does not let a footer inherit the last article heading ("Fotos")', () => {
    expect(accepted('<main><h3>Fotos</h3><p>Foto: Max</p></main><footer><p>info@firma.de</p><p>team@firma-partner.de</p></footer>')).toEqual(['info@firma.de', 'team@firma-partner.de']);
  });
  it('reads Organization e-mails from JSON-LD', () => {
    const html = '<script type="application/ld+json">{"@type":"Organization","email":"mailto:kontakt@firma.de"}</script>';
    expect(accepted(html)).toEqual(['kontakt@firma.de']);
  });
  it('runs inside the whole engine', () => {
    const r = detect(parseHtml('<html><body><p>info [at] firma [punkt] de</p></body></html>'), URL);
    expect(r.record.emails.map((c) => c.value)).toEqual(['info@firma.de']);
  });
});

describe('link texts glued together', () => {
  it('does not take "Call us directly" + a linked address as one longer address', async () => {
    const { emailsDetector } = await import('../../../src/core/detect/detectors/emails');
    const { pageOf } = await import('../../support/detect');
    const { resolve } = await import('../../../src/core/detect/resolve');
    const body = '<div><a href="tel:+441234567890"><strong>01234 567 890</strong><br><span>Call us directly</span></a><a href="mailto:bookings@example-hire.co.uk"><strong>bookings@example-hire.co.uk</strong></a></div>';
    const page = pageOf(body, 'https://example-hire.co.uk/contact', 'en');
    const emails = resolve(emailsDetector.detect(page, { country: 'GB', found: [] })).emails.map((c) => c.value);
    expect(emails).toEqual(['bookings@example-hire.co.uk']);
  });
});

describe('e-mails a template marks as examples', () => {
  it('does not take an address followed by "(example)" in the page language', () => {
    for (const [word, lang] of [['Contoh', 'ms'], ['Beispiel', 'de'], ['example', 'en']] as const) {
      const got = detectBody(`<p>Emel:<br>tadika.sample@gmail.com (${word})</p>`, 'https://tadika.example.my/', lang).emails.map((c) => c.value);
      expect(got, word).toEqual([]);
    }
    expect(detectBody('<p>Emel:<br>tadika.sample@gmail.com</p>', 'https://tadika.example.my/', 'ms').emails.map((c) => c.value)).toEqual(['tadika.sample@gmail.com']);
  });
});
