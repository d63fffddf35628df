/**
 * npm run bench [-- --json FILE] [--corpus DIR] [--runs N] [--lead-rows N]
 * Prints extraction speed (Node and headless Chromium through the real content script), a bare text
 * read of the same pages for comparison, the content script's size, and with a database of 100,000
 * leads the CSV import time, the popup's opening time and the re-scoring job beside a plain
 * read+write pass over the same leads. Figures, not pass/fail.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { detect } from '../src/core/detect';
import { parseHtml } from '../src/node/parse-html';
import { timeInChromium } from './bench/chromium-timing';
import { bigPage, loadPages } from './bench/corpus';
import { timeImportParse } from './bench/import-parse';
import { timeLeadsInChromium } from './bench/lead-timing';
import { median, percentile, round } from './bench/stats';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 5);
const figures: Record<string, number> = {};
const put = (name: string, value: number) => {
  figures[name] = round(value);
};

const { dir, pages } = loadPages(ROOT, arg('--corpus'));
console.log(`bench: ${pages.length} pages from ${dir}, ${runs} runs each`);

// Node: the same engine over linkedom; parsing is not counted, as in the browser where the DOM exists.
const nodePerPage: number[] = [];
let nodeMax = 0;
for (const page of pages) {
  const doc = parseHtml(page.html);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(detect(doc, page.url).elapsedMs);
  nodePerPage.push(median(samples));
  nodeMax = Math.max(nodeMax, ...samples);
}
put('extract_ms_median_node', median(nodePerPage));
put('extract_ms_p95_node', percentile(nodePerPage, 95));
put('extract_ms_max_node', nodeMax);

// Chromium: the corpus pages plus one 2 MB page.
const bigDir = mkdtempSync(join(tmpdir(), 'leadfill-bench-'));
writeFileSync(join(bigDir, 'big-2mb.html'), bigPage(2 * 1024 * 1024));
try {
  const timings = await timeInChromium([{ dir, files: pages.map((p) => p.file) }, { dir: bigDir, files: ['big-2mb.html'] }], runs);
  const corpus = timings.filter((t) => t.file !== 'big-2mb.html');
  const big = timings.find((t) => t.file === 'big-2mb.html');
  const perPage = corpus.map((t) => median(t.extractMs));
  const textPerPage = corpus.map((t) => median(t.textReadMs));
  put('extract_ms_median_chromium', median(perPage));
  put('extract_ms_p95_chromium', percentile(perPage, 95));
  put('extract_ms_max_chromium', Math.max(...corpus.flatMap((t) => t.extractMs)));
  put('textread_ms_median_chromium', median(textPerPage));
  put('textread_ms_p95_chromium', percentile(textPerPage, 95));
  put('extract_to_textread_ratio_chromium', median(perPage) / Math.max(1e-3, median(textPerPage)));
  if (big) {
    put('extract_ms_max_2mb_chromium', Math.max(...big.extractMs));
    put('textread_ms_max_2mb_chromium', Math.max(...big.textReadMs));
  }
  const slowest = [...corpus].sort((a, b) => median(b.extractMs) - median(a.extractMs)).slice(0, 3);
  console.log(`slowest pages in Chromium: ${slowest.map((t) => `${t.file} ${round(median(t.extractMs), 2)} ms`).join(', ')}`);
} finally {
  rmSync(bigDir, { recursive: true, force: true });
}

// The rep's side with a full database: a 100,000-row CSV imported through the options page, then the
// popup opened on a company page (time until its lead view is ready).
const leadRows = Number(arg('--lead-rows') ?? 100_000);
const leads = await timeLeadsInChromium(leadRows, runs);
console.log(`lead bench: ${leads.leadsStored} leads stored; popup opens ${leads.popupOpenMs.map((ms) => Math.round(ms)).join(', ')} ms`);
const suffix = leadRows === 100_000 ? '100k' : `${leadRows}`;
put(`csv_import_s_${suffix}`, leads.csvImportSeconds);
put(`popup_open_ms_${suffix}`, median(leads.popupOpenMs));
put(`popup_open_ms_max_${suffix}`, Math.max(...leads.popupOpenMs));
put(`lead_list_page_ms_${suffix}`, median(leads.listPageMs));
put(`lead_list_first_search_ms_${suffix}`, leads.listFirstSearchMs);
put(`lead_list_search_ms_${suffix}`, median(leads.listSearchMs));
// Re-scoring after a rules change (a background job) beside a plain read+write pass over the same leads.
put(`rescore_s_${suffix}`, leads.rescore.rescoreSeconds);
put(`rescore_floor_s_${suffix}`, leads.rescore.floorSeconds);
put(`rescore_to_floor_ratio_${suffix}`, leads.rescore.rescoreSeconds / Math.max(1e-3, leads.rescore.floorSeconds));
put(`lead_list_page_ms_during_rescore_${suffix}`, leads.rescore.listPageDuringMs);

// The import's parsing and mapping alone, in Node, beside papaparse splitting the same file (its floor).
const parse = timeImportParse(leadRows, runs);
put(`csv_parse_rows_per_s_${suffix}`, Math.round(parse.importRowsPerSecond));
put(`csv_papaparse_rows_per_s_${suffix}`, Math.round(parse.papaRowsPerSecond));

const content = readFileSync(join(ROOT, 'dist/chrome/content.js'));
put('content_script_raw_bytes', content.length);
put('content_script_gzip_bytes', gzipSync(content, { level: 9 }).length);

const width = Math.max(...Object.keys(figures).map((k) => k.length));
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(width)}  ${value}`);

const jsonFile = arg('--json');
if (jsonFile) {
  writeFileSync(resolve(process.cwd(), jsonFile), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`bench: figures written to ${jsonFile}`);
}
