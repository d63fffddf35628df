/**
 * The page snapshot (core/detect/snapshot): plain data that survives JSON and structured cloning, from
 * which the engine reads exactly what it reads from the live document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, detectSnapshot, takeSnapshot } from '../../../src/core/detect';
import type { DetectionResult } from '../../../src/core/detect/types';
import { parseHtml } from '../../../src/node/parse-html';
import { htmlPage } from '../../support/detect';

const RICH = htmlPage(
  '<nav class="menu"><ul><li><a href="/">Home</a></li><li>Vorstand</li></ul></nav>' +
    '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Muster Technik GmbH</span>' +
    '<span itemprop="telephone">+49 30 1234567</span></div>' +
    '<script type="application/ld+json">{"@type":"Organization","legalName":"Muster Technik GmbH","sameAs":["https://www.linkedin.com/company/muster-technik"]}</script>' +
    '<h2>Impressum</h2><table><tr><td>Firma</td><td>Muster Technik GmbH</td></tr></table>' +
    '<p><strong>Erika Muster</strong> Geschäftsführerin</p>' +
    '<p>Musterstraße 4<br>10115 Berlin</p><p><a href="mailto:info@muster-technik.example">E-Mail</a> · <a href="tel:+49301234567">Anruf</a></p>' +
    '<p><a href="/cdn-cgi/l/email-protection" data-cfemail="422d24242b2127022f37313627306f3627212a2c2b296c273a232f322e27">[email protected]</a></p>' +
    '<span data-user="vertrieb" data-domain="muster-technik.de">Vertrieb</span>' +
    '<script>var u = "kontakt"; document.write(u + "@" + "muster-technik.example");</script>' +
    '<footer class="vcard"><span class="fn org">Muster Technik GmbH</span> <span class="tel">030 1234567</span></footer>',
);
const PAGE_URL = 'https://www.muster-technik.example/impressum';

/** The result without its timing, which differs between any two runs. */
function timeless(r: DetectionResult): Omit<DetectionResult, 'elapsedMs'> {
  const { elapsedMs: _elapsed, ...rest } = r;
  return rest;
}

function demoPages(): [string, string][] {
  const dir = new URL('../../fixtures/demo-site/', import.meta.url);
  return ['impressum.html', 'kontakt.html', 'contact.html', 'index.html'].map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]);
}

describe('page snapshot', () => {
  it('holds no DOM node: it survives JSON and structured cloning unchanged', () => {
    const snapshot = takeSnapshot(parseHtml(RICH), PAGE_URL);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(structuredClone(snapshot)).toEqual(snapshot);
  });

  it.each([['rich', RICH], ...demoPages()])('gives the engine the same reading after a JSON round trip (%s)', (_name, html) => {
    const doc = parseHtml(html);
    const direct = detect(doc, PAGE_URL);
    const carried = detectSnapshot(JSON.parse(JSON.stringify(takeSnapshot(doc, PAGE_URL))));
    expect(timeless(carried)).toEqual(timeless(direct));
  });

  it('reads what the detectors need from markup: blocks, cells, links in their blocks, hidden sources', () => {
    const s = takeSnapshot(parseHtml(RICH), PAGE_URL);
    const row = s.blocks.find((b) => b.tag === 'TR');
    expect(row?.cells).toEqual(['Firma', 'Muster Technik GmbH']);
    const p = s.lines.find((l) => l.text === 'Erika Muster Geschäftsführerin');
    expect(s.blocks[p!.block]!.cells).toEqual(['Erika Muster']);
    const nav = s.blocks.findIndex((b) => b.tag === 'NAV');
    expect(s.blocks[nav]!.cls).toBe('menu');
    const home = s.links.find((l) => l.href === '/')!;
    let b = home.block;
    while (b >= 0 && b !== nav) b = s.blocks[b]!.parent;
    expect(b).toBe(nav);
    expect(s.blocks.every((x) => x.parent < 0 || s.blocks[x.parent]!.depth < x.depth)).toBe(true);
    expect(s.dataElements.map((d) => Object.keys(d.attrs).sort())).toEqual([['data-cfemail', 'href'], ['data-domain', 'data-user']]);
    expect(s.scripts.map((x) => x.text)).toEqual(['var u = "kontakt"; document.write(u + "@" + "muster-technik.example");']);
    expect(s.jsonLd).toHaveLength(1);
    expect(s.items.map((i) => [i.method, i.types])).toEqual([['microdata', ['Organization']], ['hcard', ['Organization']]]);
  });

  it('reads the alt text of the site\'s logo, and no other image\'s', () => {
    const logo = takeSnapshot(parseHtml('<html><body><header><a class="navbar-brand" href="/"><img src="/a.png" alt="Kivi Oy"></a></header><img src="/team.jpg" alt="Anna"></body></html>'), 'https://kivi.example.fi/');
    expect(logo.meta.logoAlt).toBe('Kivi Oy');
    const none = takeSnapshot(parseHtml('<html><body><img src="/team.jpg" alt="Anna"></body></html>'), 'https://kivi.example.fi/');
    expect(none.meta.logoAlt).toBeUndefined();
  });

  it('finds the hidden addresses through the snapshot', () => {
    const emails = detect(parseHtml(RICH), PAGE_URL).record.emails.map((c) => c.value).sort();
    expect(emails).toEqual(['info@muster-technik.example', 'kontakt@muster-technik.example', 'office@muster-technik.example', 'vertrieb@muster-technik.de']);
  });

  it('keeps structured-data properties apart from object built-ins', () => {
    const html = htmlPage('<script type="application/ld+json">{"@type":"Organization","name":"Muster AG","constructor":"x","__proto__":{"name":"Evil"}}</script>');
    const snapshot = JSON.parse(JSON.stringify(takeSnapshot(parseHtml(html), PAGE_URL)));
    expect(detectSnapshot(snapshot).record.company?.value.name).toBe('Muster AG');
  });
});
