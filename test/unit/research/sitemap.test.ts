import { describe, expect, it } from 'vitest';
import { readRobots, readSitemap } from '../../../src/core/research/sitemap';
import { sameSite, siteOf } from '../../../src/core/research/same-site';

describe('readRobots', () => {
  it('reads Sitemap lines in any case, relative ones against the file, and the crawl delay', () => {
    const r = readRobots('https://www.nordlicht-werke.no/robots.txt', 'User-agent: *\nDisallow: /intern/\nCrawl-delay: 2\nSitemap: https://www.nordlicht-werke.no/sitemap_index.xml\nsitemap: /sider.xml\nSitemap: /sider.xml\n');
    expect(r.sitemaps).toEqual(['https://www.nordlicht-werke.no/sitemap_index.xml', 'https://www.nordlicht-werke.no/sider.xml']);
    expect(r.crawlDelaySeconds).toBe(2);
  });
  it('gives nothing for an HTML error page served as robots.txt', () => {
    expect(readRobots('https://a.de/robots.txt', '<html><body>Not found</body></html>')).toEqual({ sitemaps: [] });
  });
});

describe('readSitemap', () => {
  it('reads page addresses with entities decoded, whatever the namespace prefix', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sm:url><sm:loc>https://a.de/</sm:loc></sm:url>
  <sm:url><sm:loc> https://a.de/seite?x=1&amp;y=2 </sm:loc><sm:lastmod>2026-01-01</sm:lastmod></sm:url>
</sm:urlset>`;
    expect(readSitemap(xml)).toEqual({ pages: ['https://a.de/', 'https://a.de/seite?x=1&y=2'], sitemaps: [] });
  });
  it('reads a sitemap index as further sitemaps', () => {
    const xml = '<sitemapindex><sitemap><loc>https://a.de/pages.xml</loc></sitemap><sitemap><loc>https://a.de/posts.xml</loc></sitemap></sitemapindex>';
    expect(readSitemap(xml)).toEqual({ pages: [], sitemaps: ['https://a.de/pages.xml', 'https://a.de/posts.xml'] });
  });
  it('gives nothing for HTML, broken XML or addresses that are no web pages', () => {
    expect(readSitemap('<!doctype html><html><body><h1>404</h1>')).toEqual({ pages: [], sitemaps: [] });
    expect(readSitemap('<urlset><url><loc>javascript:alert(1)</loc></url><url><loc>ftp://a.de/x</loc></url></urlset>')).toEqual({ pages: [], sitemaps: [] });
    expect(readSitemap('')).toEqual({ pages: [], sitemaps: [] });
  });
});

describe('sameSite', () => {
  it('compares registrable domains under the public suffix list', () => {
    expect(siteOf('https://shop.acme.co.uk/x')).toBe('acme.co.uk');
    expect(sameSite('https://www.acme.de/', 'https://shop.acme.de/kontakt')).toBe(true);
    expect(sameSite('https://acme.de/', 'https://acme.com/')).toBe(false);
  });
  it('takes host and port as the site of an IP address or an intranet name', () => {
    expect(sameSite('http://127.0.0.1:8001/', 'http://127.0.0.1:8001/impressum')).toBe(true);
    expect(sameSite('http://127.0.0.1:8001/', 'http://127.0.0.1:8002/')).toBe(false);
    expect(sameSite('http://localhost:8001/', 'http://127.0.0.1:8001/')).toBe(false);
    expect(siteOf('not a url')).toBeNull();
  });
});
