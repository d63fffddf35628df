/**
 * npm run bench [-- --json FILE] [--corpus DIR] [--runs N] [--woken-pages N] [--lead-rows N]
 * Prints extraction speed in Node; in headless Chromium the first reading of every page in a fresh
 * tab (content script snapshot, engine in the worker) split into its phases, beside the floors of the
 * same run (an empty injected script, a message to the worker, a bare text read), also with a worker
 * that had to start; the content script's size; and with a database of 100,000 leads the CSV import
 * time, the popup's opening time split into its phases, the quality report beside reading the same
 * leads alone, and the re-scoring job beside a plain
 * read+write pass over the same leads, and the CRM push fault-injection run (push_*). Figures, not pass/fail.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { detect } from '../src/core/detect';
import { parseHtml } from '../src/node/parse-html';
import { bigPageDir, timeColdDetection, timeWokenDetection, type ColdReading } from './bench/cold-detect';
import { bigPage, loadPages } from './bench/corpus';
import { timeImportParse } from './bench/import-parse';
import { timeLeadsInChromium } from './bench/lead-timing';
import { timeBulkResearch, timeResearch } from './bench/research-timing';
import { timePushInChromium } from './bench/push-timing';
import { median, percentile, round } from './bench/stats';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 5);
/** Pages read by a worker that had to start for them (each start costs a stop and a wake). */
const wokenPages = Number(arg('--woken-pages') ?? 15);
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

// Chromium: every page in a fresh tab, read once as the popup reads it (content script snapshot,
// engine in the worker), beside the floors of the same run; then one 2 MB page; then pages read by a
// worker the popup's request had to start.
const big = bigPageDir(bigPage(2 * 1024 * 1024));
try {
  const readings = await timeColdDetection([{ dir, files: pages.map((p) => p.file) }, { dir: big.dir, files: ['big-2mb.html'] }]);
  const corpus = readings.filter((r) => r.file !== 'big-2mb.html');
  const total = (r: ColdReading) => r.injectMs + r.snapshotMs + r.transferMs + r.detectMs;
  const med = (f: (r: ColdReading) => number) => median(corpus.map(f));
  put('detect_cold_ms_median_chromium', med(total));
  put('detect_cold_ms_p95_chromium', percentile(corpus.map(total), 95));
  put('detect_cold_ms_max_chromium', Math.max(...corpus.map(total)));
  put('detect_cold_inject_ms_median_chromium', med((r) => r.injectMs));
  put('detect_cold_snapshot_ms_median_chromium', med((r) => r.snapshotMs));
  put('detect_cold_transfer_ms_median_chromium', med((r) => r.transferMs));
  put('detect_cold_engine_ms_median_chromium', med((r) => r.detectMs));
  // What else the popup's request waits for in the background: the snapshot's check, the digest, research's cache, the lookup.
  put('detect_cold_check_ms_median_chromium', med((r) => r.checkMs));
  put('detect_cold_digest_ms_median_chromium', med((r) => r.digestMs));
  put('detect_cold_research_ms_median_chromium', med((r) => r.researchMs));
  put('detect_cold_lookup_ms_median_chromium', med((r) => r.lookupMs));
  put('detect_cold_tab_state_ms_median_chromium', med((r) => r.stateMs));
  put('floor_inject_empty_ms_median_chromium', med((r) => r.floorInjectMs));
  put('floor_worker_message_ms_median_chromium', med((r) => r.floorMessageMs));
  put('textread_ms_median_chromium', med((r) => r.textReadMs));
  const bigReading = readings.find((r) => r.file === 'big-2mb.html');
  if (bigReading) {
    put('detect_cold_ms_2mb_chromium', total(bigReading));
    put('detect_cold_snapshot_ms_2mb_chromium', bigReading.snapshotMs);
    put('detect_cold_engine_ms_2mb_chromium', bigReading.detectMs);
    put('floor_inject_empty_ms_2mb_chromium', bigReading.floorInjectMs);
  }
  const slowest = [...corpus].sort((a, b) => total(b) - total(a)).slice(0, 3);
  console.log(`slowest cold reads in Chromium: ${slowest.map((r) => `${r.file} ${round(total(r), 1)} ms`).join(', ')}`);
  const woken = await timeWokenDetection(dir, pages.slice(0, wokenPages).map((p) => p.file));
  put('detect_woken_ms_median_chromium', median(woken.map(total)));
  put('detect_woken_tab_state_ms_median_chromium', median(woken.map((r) => r.stateMs)));
  put('detect_woken_engine_ms_median_chromium', median(woken.map((r) => r.detectMs)));
} finally {
  big.remove();
}

// The rep's side with a full database: a 100,000-row CSV imported through the options page, then the
// popup opened on a company page (time until its lead view is ready).
const leadRows = Number(arg('--lead-rows') ?? 100_000);
const leads = await timeLeadsInChromium(leadRows, runs);
console.log(`lead bench: ${leads.leadsStored} leads stored; popup opens ${leads.popupOpenMs.map((ms) => Math.round(ms)).join(', ')} ms`);
const suffix = leadRows === 100_000 ? '100k' : `${leadRows}`;
put(`csv_import_s_${suffix}`, leads.csvImportSeconds);
put(`idb_floor_s_${suffix}`, leads.idbFloorSeconds);
put(`idb_floor_noindex_s_${suffix}`, leads.idbFloorNoIndexSeconds);
put(`csv_import_to_idb_floor_${suffix}`, leads.csvImportSeconds / leads.idbFloorSeconds);
put(`idb_floor_index_cost_${suffix}`, leads.idbFloorSeconds / leads.idbFloorNoIndexSeconds);
put(`csv_preview_s_${suffix}`, leads.csvPreviewSeconds);
put(`export_s_${suffix}`, leads.export.exportSeconds);
put(`export_read_floor_s_${suffix}`, leads.export.readFloorSeconds);
put(`export_to_read_floor_${suffix}`, leads.export.exportSeconds / leads.export.readFloorSeconds);
put(`export_mb_${suffix}`, leads.export.bytes / 1_000_000);
put(`popup_open_ms_${suffix}`, median(leads.popupOpenMs));
put(`popup_open_ms_max_${suffix}`, Math.max(...leads.popupOpenMs));
// The opening split into its phases (medians of each): page load until the popup asks, the page's
// reading in the background (inject, snapshot, transfer, detection), the lead lookup, the messaging
// around them, and the first paint after the answer.
for (const phase of ['pageLoad', 'inject', 'snapshot', 'transfer', 'check', 'detection', 'digest', 'research', 'lookup', 'messaging', 'firstPaint'] as const) {
  const name = phase.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (leads.popupPhases.length) put(`popup_phase_${name}_ms_${suffix}`, median(leads.popupPhases.map((p) => p[phase])));
}
put(`lead_list_page_ms_${suffix}`, median(leads.listPageMs));
put(`lead_list_first_search_ms_${suffix}`, leads.listFirstSearchMs);
put(`worker_wake_ms_${suffix}`, leads.workerWakeMs);
put(`lead_list_search_ms_${suffix}`, median(leads.listSearchMs));
// The quality report over every stored lead (report_s_100k: the issue's figure), beside its floor:
// reading what it reads (the leads' report inputs) alone, in the same page, right after; and beside
// reading the whole leads, the floor of a report that reads them (as it did before it kept inputs).
console.log(`report bench: ${leads.report.leadsRead} leads; report ${leads.report.reportMs.map((ms) => Math.round(ms)).join(', ')} ms; reading its inputs alone ${leads.report.readInputsMs.map((ms) => Math.round(ms)).join(', ')} ms; reading the leads ${leads.report.readAllMs.map((ms) => Math.round(ms)).join(', ')} ms`);
put(`report_s_${suffix}`, median(leads.report.reportMs) / 1000);
put(`report_read_floor_s_${suffix}`, median(leads.report.readInputsMs) / 1000);
put(`report_to_floor_ratio_${suffix}`, median(leads.report.reportMs) / Math.max(1e-3, median(leads.report.readInputsMs)));
put(`report_read_leads_floor_s_${suffix}`, median(leads.report.readAllMs) / 1000);
// The page stays responsive meanwhile: the longest time it went without a frame while the worker counted.
put(`report_max_frame_gap_ms_${suffix}`, Math.max(...leads.report.maxFrameGapMs));
// Where the report's worker spent the time: starting, waiting for the database, counting, finishing.
for (const phase of ['setupMs', 'readWaitMs', 'countMs', 'finishMs'] as const) {
  put(`report_phase_${phase.replace(/Ms$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_s_${suffix}`, median(leads.report.phases.map((p) => p[phase] ?? 0)) / 1000);
}
// Re-scoring after a rules change (a background job) beside a plain read+write pass over the same leads.
put(`rescore_s_${suffix}`, leads.rescore.rescoreSeconds);
put(`rescore_floor_s_${suffix}`, leads.rescore.floorSeconds);
put(`rescore_to_floor_ratio_${suffix}`, leads.rescore.rescoreSeconds / Math.max(1e-3, leads.rescore.floorSeconds));
put(`lead_list_page_ms_during_rescore_${suffix}`, leads.rescore.listPageDuringMs);
put(`lead_list_page_ms_before_rescore_${suffix}`, leads.rescore.listPageIdleMs);

// The import's parsing and mapping alone, in Node, beside papaparse splitting the same file (its floor).
const parse = timeImportParse(leadRows, runs);
put(`csv_parse_rows_per_s_${suffix}`, Math.round(parse.importRowsPerSecond));
put(`csv_papaparse_rows_per_s_${suffix}`, Math.round(parse.papaRowsPerSecond));

// Research from the popup: the demo company (five runs) and the dev corpus's pages served as sites.
const researched = await timeResearch(existsSync(resolve(ROOT, '../shared/corpus/dev')) ? resolve(ROOT, arg('--corpus') ?? '../shared/corpus/dev') : null);
put('research_fields_filled_demo', median(researched.demo.map((r) => r.filled)));
put('research_ms_median', median(researched.demo.map((r) => r.ms)));
put('research_ms_max', Math.max(...researched.demo.map((r) => r.ms)));
put('research_pages_read_demo', median(researched.demo.map((r) => r.pagesRead)));
if (researched.corpus.length) {
  put('research_corpus_sites', researched.corpus.length);
  put('research_corpus_fields_filled_total', researched.corpus.reduce((n, r) => n + r.filled, 0));
  put('research_corpus_fields_filled_median', median(researched.corpus.map((r) => r.filled)));
  put('research_corpus_ms_median', median(researched.corpus.map((r) => r.ms)));
  put('research_corpus_ms_max', Math.max(...researched.corpus.map((r) => r.ms)));
  console.log(`research on corpus sites: ${researched.corpus.map((r) => `${r.site} +${r.filled} (${r.pagesRead} pages, ${Math.round(r.ms)} ms)`).join(', ')}`);
} else {
  console.log('research: ../shared/corpus/dev is absent, corpus sites skipped');
}

// Bulk research of 50 imported leads on 50 local sites, as a durable job.
const bulk = await timeBulkResearch(50);
put('research_bulk_leads_per_min', bulk.leadsPerMinute);
put('research_bulk_s_50', bulk.seconds);

// CRM push: 1,000 leads to a webhook receiver failing 30 % of requests, workers stopped, a browser restart.
const push = timePushInChromium(ROOT);
for (const [name, value] of Object.entries(push)) put(name, value);

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
