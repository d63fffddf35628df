import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { FULL_READ_CHARS, selectLines } from '../../../src/core/detect/budget';
import { readPage } from '../../support/detect';
import type { Block, TextLine } from '../../../src/core/detect/page';
import { MAX_HEAD_CHARS, MAX_TAIL_CHARS, readText } from '../../../src/core/detect/snapshot/text';
import { parseHtml } from '../../../src/node/parse-html';
import { expectRunWithinBound } from '../../support/time-bound';

const IMPRINT = '<h2>Impressum</h2><p>Musterwerk GmbH<br>Musterstraße 1<br>80331 München<br>Tel. +49 89 1234567<br>E-Mail: info@musterwerk.de</p>';

function hugePage(blocks: number, imprintAtEnd = true): string {
  const block = (i: number) => `<div><h3>Filiale ${i}</h3><p>Tel. +49 30 ${1000000 + i} · E-Mail: filiale${i} [at] example [dot] de</p><p>${'Lorem ipsum dolor sit amet. '.repeat(8)}</p></div>`;
  const body = Array.from({ length: blocks }, (_, i) => block(i)).join('');
  return `<!doctype html><html lang="de"><body>${imprintAtEnd ? body + IMPRINT : IMPRINT + body}</body></html>`;
}

describe('the time budget', () => {
  it('leaves ordinary pages whole', () => {
    const page = readPage(parseHtml(hugePage(20)), 'https://www.musterwerk.de/impressum');
    expect(page.lines.some((l) => l.text === 'Filiale 0')).toBe(true);
    expect(page.lines.some((l) => l.text === 'Filiale 19')).toBe(true);
  });

  it('bounds the text of a huge page and still reads its closing imprint', () => {
    const page = readPage(parseHtml(hugePage(6000)), 'https://www.musterwerk.de/impressum');
    const chars = page.lines.reduce((n, l) => n + l.text.length, 0);
    expect(chars).toBeLessThanOrEqual(FULL_READ_CHARS + 4_000);
    expect(page.lines.some((l) => l.text === 'Impressum')).toBe(true);
    expect(page.lines.some((l) => l.text.includes('info@musterwerk.de'))).toBe(true);
  });

  it('returns a valid record quickly when the clock jumps past the deadline', () => {
    const html = hugePage(6000);
    const doc = parseHtml(html);
    const result = expectRunWithinBound(html, () => {
      let calls = 0;
      // The first reading starts the budget; every later one is far past it.
      const clock = () => (calls++ === 0 ? 0 : 1e9);
      return detect(doc, 'https://www.musterwerk.de/impressum', clock);
    });
    expect(result.record.emails.map((c) => c.value)).toContain('info@musterwerk.de');
    expect(result.record.phones.map((c) => c.value.e164)).toContain('+49891234567');
    for (const c of result.candidates) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads a 2 MB page in bounded time with its real clock, imprint included', () => {
    const html = hugePage(6000);
    const doc = parseHtml(html);
    const result = expectRunWithinBound(html, () => detect(doc, 'https://www.musterwerk.de/impressum'));
    expect(result.record.emails.map((c) => c.value)).toContain('info@musterwerk.de');
    for (const c of result.record.phones) expect(c.value.e164).toMatch(/^\+\d{7,15}$/);
  });

  it('gives the same record on an ordinary page whatever the clock says', () => {
    const doc = parseHtml(hugePage(40, false));
    let calls = 0;
    const late = detect(doc, 'https://www.musterwerk.de/impressum', () => (calls++ === 0 ? 0 : 1e9));
    const onTime = detect(doc, 'https://www.musterwerk.de/impressum');
    expect(late.record).toEqual(onTime.record);
  });

  it('keeps selected lines in page order and within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 300 }), fc.integer({ min: 0, max: 5_000 }), (texts, max) => {
        const block: Block = { tag: 'P', parent: -1, depth: 0 };
        const lines: TextLine[] = texts.map((text, section) => ({ text, block, section }));
        const kept = selectLines(lines, [block], max);
        const order = kept.map((l) => lines.indexOf(l));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const total = lines.reduce((n, l) => n + l.text.length, 0);
        if (total > max) expect(kept.reduce((n, l) => n + l.text.length, 0)).toBeLessThan(max + 200);
        else expect(kept).toBe(lines);
      }),
    );
  });

  it('stops reading a long page’s head once the clock has passed, and never cuts an ordinary page', () => {
    const past = { now: () => 1, deadline: 0 };
    const chars = (lines: readonly { text: string }[]) => lines.reduce((n, l) => n + l.text.length, 0);
    const long = readText(parseHtml(hugePage(600)).documentElement, past);
    expect(long.truncated).toBe(true);
    expect(chars(long.lines)).toBeLessThan(20_000 + MAX_TAIL_CHARS + 5_000);
    expect(long.lines.some((l) => l.text === 'Impressum')).toBe(true);
    const doc = parseHtml(hugePage(40));
    const ordinary = readText(doc.documentElement, past);
    expect(ordinary.truncated).toBe(false);
    expect(ordinary.lines.map((l) => l.text)).toEqual(readText(doc.documentElement).lines.map((l) => l.text));
  });

  it('reads at most head + tail characters of text', () => {
    const html = `<html><body>${'<p>abcdefghij</p>'.repeat(50_000)}</body></html>`;
    const page = readPage(parseHtml(html), 'https://x.de/');
    expect(page.lines.length).toBeLessThanOrEqual((MAX_HEAD_CHARS + MAX_TAIL_CHARS) / 10 + 2);
  });
});
