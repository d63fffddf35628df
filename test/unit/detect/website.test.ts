import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { parseHtml } from '../../../src/node/parse-html';

function website(html: string, url: string): string | null {
  return detect(parseHtml(html), url).record.website?.value ?? null;
}

describe('website', () => {
  it('is the page\'s own origin', () => {
    expect(website('<html><body><p>Hallo</p></body></html>', 'https://www.firma.de/impressum/')).toBe('https://www.firma.de');
  });
  it('ignores a broken relative canonical and a canonical on another host', () => {
    const html = '<html><head><link rel="canonical" href="../index.html%3Fp=38.html"><meta property="og:url" content="https://agency-preview.com/x"></head><body></body></html>';
    expect(website(html, 'https://www.firma.de/impressum/')).toBe('https://www.firma.de');
  });
  it('never takes the web agency\'s "Web:" line', () => {
    const html = '<html><body><h3>Webdesign</h3><p>Web: www.agentur.at</p></body></html>';
    expect(website(html, 'https://www.firma.at/impressum')).toBe('https://www.firma.at');
  });
  it('on a platform host, takes the canonical\'s real domain', () => {
    const html = '<html><head><link rel="canonical" href="https://www.acme.de/impressum"></head><body></body></html>';
    expect(website(html, 'https://acme-web.github.io/site/impressum.html')).toBe('https://www.acme.de');
  });
  it('on a platform host, takes a link whose domain is the repository\'s name', () => {
    const html = '<html><body><a href="http://www.recyclo.de"><img alt="Logo"></a><a href="https://www.other.de">Partner</a></body></html>';
    expect(website(html, 'https://recyclo.github.io/portal/')).toBe('http://www.recyclo.de');
  });
  it('on a platform host, takes the e-mail domain named like the repository', () => {
    const html = '<html><body><p>lina (at) fjellbu (dot) no</p></body></html>';
    expect(website(html, 'https://someone.github.io/fjellbu-publii/kontakt.html')).toBe('https://fjellbu.no');
  });
  it('on a platform host with nothing better, offers the platform address as a suggestion, not as the website', () => {
    const html = '<html><body><p>cafe@gmail.com</p></body></html>';
    const url = 'https://user1.github.io/cafe-lumiere/';
    expect(website(html, url)).toBeNull();
    const offered = detect(parseHtml(html), url).candidates.find((c) => c.field === 'website');
    expect(offered?.value).toBe('https://user1.github.io/cafe-lumiere/');
  });
  it('knows the platforms from the Public Suffix List\'s private section and the builders it leaves out', () => {
    const html = '<html><body><p>studio@gmail.com</p></body></html>';
    // yolasite.com and replit.app are on no hand-typed list: the Public Suffix List (tldts) names them.
    expect(website(html, 'https://lumiere-studio.yolasite.com/contact')).toBeNull();
    expect(website(html, 'https://lumiere-studio.replit.app/contact')).toBeNull();
    expect(website(html, 'https://lumiere-studio.vpweb.ca/Contact.html')).toBeNull();
    expect(website(html, 'https://www.lumiere-studio.ca/contact')).toBe('https://www.lumiere-studio.ca');
  });
  it('on a platform host, takes the e-mail domain the repository names with its TLD and legal form glued on', () => {
    const html = '<html><body><p><a href="mailto:salg@hydrahandel.dk">salg@hydrahandel.dk</a></p></body></html>';
    expect(website(html, 'https://someone.github.io/HydrahandeldkAS/kontakt.html')).toBe('https://hydrahandel.dk');
  });
  it('on a preview subdomain, takes the host the organisation\'s own addresses give', () => {
    const html = '<html><body><p>Secretary: <a href="mailto:secretary@www2.kookaburra-club.org.au">secretary@www2.kookaburra-club.org.au</a></p></body></html>';
    expect(website(html, 'https://dev-site.kookaburra-club.org.au/contacts.html')).toBe('https://www2.kookaburra-club.org.au');
    // A live subdomain stays the website; so does a preview host with no other address.
    expect(website(html, 'https://www.kookaburra-club.org.au/contacts.html')).toBe('https://www.kookaburra-club.org.au');
    expect(website('<html><body><p>Hallo</p></body></html>', 'https://staging.kookaburra-club.org.au/')).toBe('https://staging.kookaburra-club.org.au');
  });
  it('on a platform host, takes a labelled "Internet:" line outside credits', () => {
    const html = '<html><body><h2>Impressum</h2><p>Internet: www.muster-praxis.de</p></body></html>';
    expect(website(html, 'https://praxis.netlify.app/impressum')).toBe('https://www.muster-praxis.de');
  });
});
