/**
 * npm run calibrate [-- --cases DIR[,DIR]] [--write] [--check DIR[,DIR]]
 * Runs the engine on labelled pages (default ../shared/corpus/dev), marks every candidate right or wrong
 * with the scorer's normalisation and prints the calibration table (confidence bucket -> count, share
 * right) for the detectors' own confidences and for the calibrated ones. --write fits one monotone curve
 * per field on these pages and stores it in src/core/detect/calibration/curves.json; --check prints the
 * table for other pages (pages the curves were not fitted on).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { detect } from '../src/core/detect';
import { calibrateConfidence, type Curves, type Outcome } from '../src/core/detect/calibration';
import { fitIsotonic } from './calibration/fit';
import type { AnyCandidate, Field } from '../src/core/detect/types';
import { parseHtml } from '../src/node/parse-html';
import { isRight, phone, text, type Expect } from './calibration/marks';

const ROOT = resolve(import.meta.dirname, '..');
const CURVES_FILE = join(ROOT, 'src/core/detect/calibration/curves.json');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

interface Marked extends Outcome {
  field: Field;
}

function loadCases(dirs: string[]): { id: string; url: string; html: string; expect: Expect }[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && existsSync(join(dir, f.replace(/\.json$/, '.html'))))
      .sort()
      .map((f) => {
        const meta = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; url: string; expect: Expect };
        return { ...meta, html: readFileSync(join(dir, f.replace(/\.json$/, '.html')), 'utf8') };
      }),
  );
}

/** One outcome per distinct value of a field on a page (its best sighting), as the record keeps one. */
function keyOf(c: AnyCandidate): string {
  switch (c.field) {
    case 'phone': return `${c.value.kind === 'fax' ? 'fax' : 'voice'}:${phone(c.value.e164)}`;
    case 'company': return text(c.value.name);
    case 'person': return text(c.value.name);
    case 'social': return c.value.url.toLowerCase();
    case 'register': return c.value.number;
    case 'address': return JSON.stringify(c.value);
    default: return String(c.value).toLowerCase();
  }
}

function mark(dirs: string[]): Marked[] {
  const out: Marked[] = [];
  for (const c of loadCases(dirs)) {
    const { candidates } = detect(parseHtml(c.html), c.url, undefined, undefined, { calibrate: false });
    const best = new Map<string, AnyCandidate>();
    for (const cand of candidates) {
      const k = `${cand.field}|${keyOf(cand)}`;
      const seen = best.get(k);
      if (!seen || cand.confidence > seen.confidence) best.set(k, cand);
    }
    for (const cand of best.values()) out.push({ field: cand.field, confidence: cand.confidence, right: isRight(cand, c.expect) });
  }
  return out;
}

function table(title: string, outcomes: readonly Outcome[]): void {
  console.log(`\n${title}\nbucket      count  right  share right`);
  for (let b = 0; b < 10; b++) {
    const lo = b / 10;
    const inBucket = outcomes.filter((o) => o.confidence >= lo && (b === 9 ? o.confidence <= 1 : o.confidence < lo + 0.1));
    const right = inBucket.filter((o) => o.right).length;
    const share = inBucket.length ? (right / inBucket.length).toFixed(2) : '  – ';
    console.log(`${lo.toFixed(1)}–${(lo + 0.1).toFixed(1)}   ${String(inBucket.length).padStart(5)}  ${String(right).padStart(5)}  ${share}`);
  }
  const brier = outcomes.reduce((s, o) => s + (o.confidence - (o.right ? 1 : 0)) ** 2, 0) / Math.max(1, outcomes.length);
  console.log(`Brier score ${brier.toFixed(3)} over ${outcomes.length} candidates`);
}

function perField(outcomes: readonly Marked[]): void {
  console.log('\nfield       count  mean conf  share right');
  for (const f of [...new Set(outcomes.map((o) => o.field))].sort()) {
    const os = outcomes.filter((o) => o.field === f);
    const mean = os.reduce((s, o) => s + o.confidence, 0) / os.length;
    console.log(`${f.padEnd(10)} ${String(os.length).padStart(6)}  ${mean.toFixed(2).padStart(9)}  ${(os.filter((o) => o.right).length / os.length).toFixed(2).padStart(11)}`);
  }
}

const calibrated = (os: readonly Marked[], curves?: Curves): Marked[] => os.map((o) => ({ ...o, confidence: calibrateConfidence(o.field, o.confidence, curves) }));

const dirs = (arg('--cases') ?? join(ROOT, '../shared/corpus/dev')).split(',');
const outcomes = mark(dirs);
table(`Detector confidences on ${dirs.map((d) => basename(d)).join(', ')}`, outcomes);
perField(outcomes);

let curves: Curves | undefined;
if (args.includes('--write')) {
  curves = {};
  for (const f of [...new Set(outcomes.map((o) => o.field))].sort()) curves[f] = fitIsotonic(outcomes.filter((o) => o.field === f));
  const fittedOn = `${loadCases(dirs).length} pages (${dirs.map((d) => basename(d)).join(', ')})`;
  writeFileSync(CURVES_FILE, `${JSON.stringify({ fittedOn, curves }, null, 2)}\n`);
  console.log(`\nwrote ${CURVES_FILE} (fitted on ${fittedOn})`);
}
table('Calibrated confidences on the same pages', calibrated(outcomes, curves));

const check = arg('--check');
if (check) {
  const other = mark(check.split(','));
  table(`Detector confidences on ${check.split(',').map((d) => basename(d)).join(', ')} (not fitted on)`, other);
  table('Calibrated confidences on those pages', calibrated(other, curves));
}
