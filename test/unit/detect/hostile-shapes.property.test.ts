/**
 * Page shapes that froze the page when the engine ran in it (issue 13, item 4), now read by a capped and
 * clocked snapshot and an engine that caps its candidates: each is read within its time bound (or a few
 * times the time parsing the same page takes, when the machine is busy), and a page with too much still
 * yields the best record. Parsing is not counted: in the browser the DOM exists. The JSON-LD block is held
 * against linear work on the block itself instead, which the HTML parser never does.
 */
import { describe, expect, it } from 'vitest';
import { CANDIDATES_PER_FIELD, detectSnapshot, takeSnapshot, type DetectionResult, type PageSnapshot } from '../../../src/core/detect';
import { SNAPSHOT_LIMITS } from '../../../src/core/detect/snapshot/limits';
import { parseHtml } from '../../../src/node/parse-html';
import { expectAttemptWithinBound, expectWithinWorkFloor } from '../../support/time-bound';

const URL = 'https://www.musterwerk.example/impressum';
const IMPRINT = '<h2>Impressum</h2><p>Musterwerk GmbH<br>Musterstraße 1<br>80331 München<br>Tel. +49 89 1234567</p>';

function timed<T>(f: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
}

/**
 * The page parsed (the floor: in the browser the DOM exists, so parsing is not counted), then read the
 * way the background reads a tab: snapshot, then engine. Bound: `ms`, or four floors on a busy machine.
 */
function readWithin(html: string, ms: number): { snapshot: PageSnapshot; result: DetectionResult } {
  return expectAttemptWithinBound(() => {
    const parsed = timed(() => parseHtml(html));
    const read = timed(() => {
      const snapshot = takeSnapshot(parsed.value, URL);
      return { snapshot, result: detectSnapshot(snapshot) };
    });
    return { ...read, floor: parsed.ms };
  }, { ms });
}

/** Rounds of parsing and writing the JSON-LD block that make its floor (about as long as reading it on a quiet machine). */
const JSON_FLOOR_ROUNDS = 32;
/** A linear reader takes three to five floors on a quiet machine and up to about eleven on the busy shared one; a quadratic one dozens. */
const JSON_FLOOR_FACTOR = 20;

function perField(candidates: readonly { field: string }[]): number {
  const n = new Map<string, number>();
  for (const c of candidates) n.set(c.field, (n.get(c.field) ?? 0) + 1);
  return Math.max(0, ...n.values());
}

describe('hostile page shapes (time bounds)', () => {
  it('reads a page with 50,000 image-map areas', () => {
    const areas = Array.from({ length: 50_000 }, (_, i) => `<area shape="rect" coords="0,0,1,1" href="/teil/${i}" alt="Teil ${i}">`).join('');
    const html = `<html><body>${IMPRINT}<map name="m">${areas}</map><img usemap="#m" alt=""></body></html>`;
    const { snapshot, result: value } = readWithin(html, 3_000);
    expect(snapshot.links.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.links + SNAPSHOT_LIMITS.areas);
    expect(value.record.company?.value.name).toBe('Musterwerk GmbH');
  }, 120_000);

  it('reads a page with 40,000 vCards and h-cards', () => {
    const card = (i: number) => `<div class="${i % 2 ? 'vcard' : 'h-card'}"><span class="fn org p-name p-org">Händler ${i} GmbH</span><span class="tel p-tel">+49 30 ${1000000 + i}</span></div>`;
    const html = `<html><body>${IMPRINT}${Array.from({ length: 40_000 }, (_, i) => card(i)).join('')}</body></html>`;
    const { snapshot, result: value } = readWithin(html, 4_000);
    expect(snapshot.items.length).toBeLessThanOrEqual(2 * SNAPSHOT_LIMITS.items);
    expect(perField(value.candidates)).toBeLessThanOrEqual(CANDIDATES_PER_FIELD);
    expect(value.record.address?.value.city).toBe('München');
  }, 120_000);

  it('reads a page with 50,000 sibling links', () => {
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="/produkt/${i}">Produkt ${i}</a>`).join('');
    const html = `<html><body>${IMPRINT}<div class="liste">${links}</div><footer><a href="mailto:info@musterwerk.example">E-Mail</a></footer></body></html>`;
    const { result: value } = readWithin(html, 3_000);
    expect(value.record.emails.map((c) => c.value)).toContain('info@musterwerk.example');
  }, 120_000);

  it('reads a 500 KB JSON-LD block with 1,600 organisations in linear time, cutting the candidates per field', () => {
    const orgs = Array.from({ length: 1_600 }, (_, i) => ({
      '@type': 'Organization',
      name: `Filiale ${i} Musterwerk GmbH`,
      telephone: `+49 30 ${2000000 + i}`,
      email: `filiale${i}@musterwerk.example`,
      address: { '@type': 'PostalAddress', streetAddress: `Musterweg ${i}`, postalCode: '10115', addressLocality: 'Berlin' },
      sameAs: [`https://www.facebook.com/filiale${i}`],
    }));
    const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': orgs });
    expect(json.length).toBeGreaterThan(300_000);
    const doc = parseHtml(`<html><head><script type="application/ld+json">${json}</script></head><body>${IMPRINT}</body></html>`);
    // Parsing the HTML is no floor here (the block is one text node to the parser). The floor is linear
    // work on the same block, parsed and written out again, timed in the same moment as the reading.
    const floorWork = () => {
      for (let i = 0; i < JSON_FLOOR_ROUNDS; i++) JSON.stringify(JSON.parse(json));
    };
    const value = expectWithinWorkFloor(() => detectSnapshot(takeSnapshot(doc, URL)), floorWork, { factor: JSON_FLOOR_FACTOR });
    expect(value.candidates.length).toBeLessThanOrEqual(9 * CANDIDATES_PER_FIELD);
    expect(perField(value.candidates)).toBeLessThanOrEqual(CANDIDATES_PER_FIELD);
    expect(value.record.phones.length).toBeGreaterThan(0);
    expect(value.record.company).not.toBeNull();
  }, 120_000);
});
