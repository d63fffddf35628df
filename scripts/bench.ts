/**
 * npm run bench [-- --json FILE] [--corpus DIR] [--runs N] [--woken-pages N] [--lead-rows N] [--crm-leads N] [--only leads|crm|cold]
 * Prints extraction speed in Node; in headless Chromium the first reading of every page in a fresh
 * tab (content script snapshot, engine in the worker) split into its phases, beside the floors of the
 * same run (an empty injected script, a message to the worker, a bare text read), also with a worker
 * that had to start; the content script's size; and with a database of 100,000 leads the CSV import
 * time, the popup's opening time split into its phases, the quality report beside reading the same
 * leads alone, and the re-scoring job beside a plain
 * read+write pass over the same leads, and the CRM push fault-injection run (push_*); the HubSpot,
 * Pipedrive and Salesforce connectors' fault runs beside their floors (push_<crm>_*). Figures, not pass/fail.
 * `--only crm` runs the connectors' fault runs alone (`--crm-leads N`, default 200); `--only cold` the
 * Node, Chromium and Firefox readings alone. The first page after a worker start sits beside the wake of
 * an empty extension's worker (worker_wake_floor_ms); Firefox's cold reading beside its own floors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { detect } from '../src/core/detect';
import { parseHtml } from '../src/node/parse-html';
import { bigPageDir, timeColdDetection, timeWokenDetection, type ColdReading } from './bench/cold-detect';
import { timeColdDetectionFirefox } from './bench/cold-detect-firefox';
import { bigPage, loadPages } from './bench/corpus';
import { leadFigures } from './bench/lead-figures';
import { timeBulkResearch, timeResearch } from './bench/research-timing';
import { timePushInChromium } from './bench/push-timing';
import { timeCrmFaultRuns } from './bench/crm-fault-timing';
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
const leadRows = Number(arg('--lead-rows') ?? 100_000);
const crmLeads = Number(arg('--crm-leads') ?? 200);
// `--only leads`: the lead part alone (import, list, export, popup, report, re-scoring), one browser session.
if (arg('--only') === 'leads') {
  await leadFigures(leadRows, runs, put);
  writeFigures();
  process.exit(0);
}

if (arg('--only') === 'crm') {
  await timeCrmFaultRuns(crmLeads, put);
  writeFigures();
  process.exit(0);
}

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
  const total = (r: ColdReading) => r.injectMs + r.snapshotMs + r.transferMs + r.warmMs + r.detectMs;
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
  // The snapshot phase's own floor: the first walk over the page's nodes in a fresh tab (cold), beside detect_cold_snapshot_ms_*.
  put('floor_cold_walk_ms_median_chromium', med((r) => r.coldWalkMs));
  const bigReading = readings.find((r) => r.file === 'big-2mb.html');
  if (bigReading) {
    put('detect_cold_ms_2mb_chromium', total(bigReading));
    put('detect_cold_snapshot_ms_2mb_chromium', bigReading.snapshotMs);
    put('detect_cold_engine_ms_2mb_chromium', bigReading.detectMs);
    put('floor_inject_empty_ms_2mb_chromium', bigReading.floorInjectMs);
  }
  const slowest = [...corpus].sort((a, b) => total(b) - total(a)).slice(0, 3);
  console.log(`slowest cold reads in Chromium: ${slowest.map((r) => `${r.file} ${round(total(r), 1)} ms`).join(', ')}`);
  const { readings: woken, noAnswer } = await timeWokenDetection(dir, pages.slice(0, wokenPages).map((p) => p.file));
  // Asks that found no receiving end right after the worker was stopped (the popup shows "no answer").
  put('detect_woken_no_answer_pages_chromium', noAnswer.length);
  for (const line of noAnswer) console.log(`woken reading without an answer: ${line}`);
  put('detect_woken_ms_median_chromium', median(woken.map(total)));
  put('detect_woken_tab_state_ms_median_chromium', median(woken.map((r) => r.stateMs)));
  put('detect_woken_engine_ms_median_chromium', median(woken.map((r) => r.detectMs)));
  // The engine's first run in the woken worker on an invented page, while the page was being read.
  put('detect_woken_warm_ms_median_chromium', median(woken.map((r) => r.warmMs)));
  // The first page after a worker start, wake included (detect_woken_tab_state_ms_*), beside the browser's part of any wake.
  put('worker_wake_floor_ms', median(woken.map((r) => r.wakeFloorMs)));
  // What the popup waited for beyond the reading's own phases: the worker's start before it handled the request.
  const phases = (r: ColdReading) => total(r) + r.checkMs + r.digestMs + r.researchMs + r.lookupMs;
  put('detect_woken_start_ms_median_chromium', median(woken.map((r) => r.stateMs - phases(r))));
} finally {
  big.remove();
}

// Firefox: every page in a fresh tab, read once, beside the same floors measured the same way.
const firefox = await timeColdDetectionFirefox(dir, pages.map((p) => p.file));
const ffTotal = (r: ColdReading) => r.injectMs + r.snapshotMs + r.transferMs + r.warmMs + r.detectMs;
const ffMedian = (f: (r: ColdReading) => number) => median(firefox.map(f));
put('detect_cold_ms_median_firefox', ffMedian(ffTotal));
put('detect_cold_ms_p95_firefox', percentile(firefox.map(ffTotal), 95));
put('detect_cold_inject_ms_median_firefox', ffMedian((r) => r.injectMs));
put('detect_cold_snapshot_ms_median_firefox', ffMedian((r) => r.snapshotMs));
put('detect_cold_transfer_ms_median_firefox', ffMedian((r) => r.transferMs));
put('detect_cold_engine_ms_median_firefox', ffMedian((r) => r.detectMs));
put('detect_cold_tab_state_ms_median_firefox', ffMedian((r) => r.stateMs));
put('floor_inject_empty_ms_median_firefox', ffMedian((r) => r.floorInjectMs));
put('floor_worker_message_ms_median_firefox', ffMedian((r) => r.floorMessageMs));
put('textread_ms_median_firefox', ffMedian((r) => r.textReadMs));
put('floor_cold_walk_ms_median_firefox', ffMedian((r) => r.coldWalkMs));
put('detect_cold_pages_firefox', firefox.length);
if (arg('--only') === 'cold') {
  writeFigures();
  process.exit(0);
}

// The rep's side with a full database: a 100,000-row CSV imported through the options page, then the
// popup opened on a company page (time until its lead view is ready); the lead list, export, report, re-scoring.
await leadFigures(leadRows, runs, put);

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
// HubSpot, Pipedrive and Salesforce: a few hundred leads each under faults and stopped workers, beside their floors.
await timeCrmFaultRuns(crmLeads, put);

const content = readFileSync(join(ROOT, 'dist/chrome/content.js'));
put('content_script_raw_bytes', content.length);
put('content_script_gzip_bytes', gzipSync(content, { level: 9 }).length);

writeFigures();

function writeFigures(): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(width)}  ${value}`);
  const jsonFile = arg('--json');
  if (jsonFile) {
    writeFileSync(resolve(process.cwd(), jsonFile), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`bench: figures written to ${jsonFile}`);
  }
}
