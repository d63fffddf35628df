import type { CountryCode } from 'libphonenumber-js/mobile';
import type { Detector } from '../../../src/core/detect/detector';
import { readPage, type Page } from '../../../src/core/detect/page';
import { resolve } from '../../../src/core/detect/resolve';
import type { AnyCandidate } from '../../../src/core/detect/types';
import { parseHtml } from '../../../src/node/parse-html';

export function pageOf(body: string, url = 'https://www.example.de/impressum', lang = 'de'): Page {
  return readPage(parseHtml(`<!doctype html><html lang="${lang}"><head><title>Impressum</title></head><body>${body}</body></html>`), url);
}

/** Runs one detector on a body snippet and resolves its candidates like the engine does. */
export function run(detector: Detector, body: string, opts: { url?: string; lang?: string; country?: CountryCode; found?: AnyCandidate[] } = {}) {
  const page = pageOf(body, opts.url, opts.lang);
  const candidates = detector.detect(page, { country: opts.country, found: opts.found ?? [] });
  return { candidates, record: resolve(candidates) };
}
