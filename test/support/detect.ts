/** Running the detection engine on HTML written in a test, the way the extension runs it on a page. */
import { detect } from '../../src/core/detect';
import type { Detector } from '../../src/core/detect/detector';
import { pageFromSnapshot, type Page } from '../../src/core/detect/page';
import { resolve } from '../../src/core/detect/resolve';
import { takeSnapshot } from '../../src/core/detect/snapshot';
import type { AnyCandidate, DetectionRecord } from '../../src/core/detect/types';
import type { CountryCode } from '../../src/core/detect/detectors/phones/phone-lib';
import { parseHtml } from '../../src/node/parse-html';

/** A whole document around `body`, with a language and a title. */
export function htmlPage(body: string, lang = 'de', title = 'Impressum'): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;
}

/** The engine's view of a parsed document: its snapshot, read the way the detectors read it. */
export function readPage(doc: Document, url: string): Page {
  return pageFromSnapshot(takeSnapshot(doc, url));
}

/** The engine's view of a page given as HTML. */
export function pageOfHtml(html: string, url = 'https://www.example.de/impressum'): Page {
  return readPage(parseHtml(html), url);
}

/** The engine's view of a page with this body. */
export function pageOf(body: string, url = 'https://www.example.de/impressum', lang = 'de'): Page {
  return pageOfHtml(htmlPage(body, lang), url);
}

/** The whole engine on a page with this body: the best record. */
export function detectBody(body: string, url: string, lang = 'de', title = 'Impressum'): DetectionRecord {
  return detect(parseHtml(htmlPage(body, lang, title)), url).record;
}

/** Runs one detector on a body snippet and resolves its candidates like the engine does. */
export function run(detector: Detector, body: string, opts: { url?: string; lang?: string; country?: CountryCode; found?: AnyCandidate[] } = {}) {
  const page = pageOf(body, opts.url, opts.lang);
  const candidates = detector.detect(page, { country: opts.country, found: opts.found ?? [] });
  return { candidates, record: resolve(candidates) };
}
