/**
 * Detection runs on small invented pages as soon as the engine's context starts (an imprint here, more
 * in warmup-pages.ts): the engine's first run compiles its code and regular expressions and loads the
 * phone metadata, which costs several times a warm run. Chrome starts the worker for every event (a tab that loads is one),
 * so by the time the rep opens the popup the engine usually runs warm.
 */
import type { PageSnapshot } from '../core/detect/snapshot/types';
import { detectPage, engineHasRun } from './engine';
import { WARMUP_PAGES } from './warmup-pages';

/** Long enough for the event that woke the worker (a popup's request) to be served first. */
export const WARMUP_DELAY_MS = 250;
/** While requests are being served, the warm-up looks again this much later. */
export const WARMUP_RETRY_MS = 100;

const LINES = [
  'Impressum', 'Angaben gemäß § 5 DDG', 'Beispiel Technik GmbH', 'Musterstraße 12', '12345 Musterstadt', 'Deutschland',
  'Telefon: +49 30 1234567', 'Fax: +49 30 1234568', 'Mobil: 0171 2345678', 'E-Mail: info [at] beispiel-technik.example',
  'Vertreten durch den Geschäftsführer Jonas Lindqvist', 'Registergericht: Amtsgericht Musterstadt', 'Registernummer: HRB 12345',
  'Umsatzsteuer-Identifikationsnummer: DE123456789', 'Team', 'Erika Brandt', 'Leiterin Vertrieb', '© 2026 Beispiel Technik GmbH',
];

export const WARMUP_SNAPSHOT: PageSnapshot = {
  url: 'https://www.beispiel-technik.example/impressum',
  title: 'Impressum – Beispiel Technik GmbH',
  lang: 'de',
  meta: { siteName: 'Beispiel Technik' },
  blocks: [
    { tag: 'HTML', parent: -1, depth: 0 },
    { tag: 'BODY', parent: 0, depth: 1 },
    { tag: 'H1', parent: 1, depth: 2 },
    { tag: 'P', parent: 1, depth: 2, cells: ['Jonas Lindqvist'] },
    { tag: 'FOOTER', parent: 1, depth: 2 },
  ],
  lines: LINES.map((text, i) => ({ text, block: i === 0 ? 2 : i === LINES.length - 1 ? 4 : 3, section: i === 14 ? 2 : 1 })),
  truncated: false,
  links: [
    { href: 'mailto:info@beispiel-technik.example', text: 'info@beispiel-technik.example', block: 3, depth: 3 },
    { href: 'tel:+49301234567', text: '+49 30 1234567', block: 3, depth: 3 },
    { href: 'https://www.linkedin.com/company/beispiel-technik', text: 'LinkedIn', block: 4, depth: 3 },
  ],
  jsonLd: ['{"@context":"https://schema.org","@type":"Organization","name":"Beispiel Technik GmbH","telephone":"+49 30 1234567","address":{"@type":"PostalAddress","streetAddress":"Musterstraße 12","postalCode":"12345","addressLocality":"Musterstadt"}}'],
  items: [],
  dataElements: [{ attrs: { 'data-user': 'vertrieb', 'data-domain': 'beispiel-technik.example' }, block: 3, depth: 3 }],
  scripts: [],
  readMs: 0,
  readAt: 0,
};

/**
 * Rounds of the warm-up, each over the invented imprint and the pages of warmup-pages.ts, one page per
 * task. The first round compiles the code; later ones let the engine's often-run functions be
 * optimised, which happens only once they have run a few times. In Node, the first dev page read in a
 * fresh process after the imprint alone took 81 ms (median of 15 pages), after one round over all
 * invented pages 34 ms, after three rounds 19 ms.
 */
export const WARMUP_ROUNDS = 3;

/** The pages one round reads, in order. */
export const WARMUP_SNAPSHOTS: readonly PageSnapshot[] = [WARMUP_SNAPSHOT, ...WARMUP_PAGES];

/**
 * Runs the engine on the warm-up's `step`th page (rounds follow each other). Also after a real
 * detection (a popup's request woke the worker): the next page the rep opens still gains. Returns
 * whether further steps are worth running; a failure only means the next real run is colder.
 */
export function warmEngine(step = 0): boolean {
  try {
    detectPage(WARMUP_SNAPSHOTS[step % WARMUP_SNAPSHOTS.length]!);
    return true;
  } catch {
    return false;
  }
}

/**
 * Warms the engine once no request is being served, one page per task, so a request waits at most
 * for one page: a request that woke the worker and takes longer than the delay (the lead list's first
 * search loads 100,000 rows) would otherwise wait for the warm-up in the middle of its own work.
 */
export function warmEngineWhenIdle(busy: () => boolean, warm: (step: number) => boolean = warmEngine, later: (run: () => void, ms: number) => unknown = setTimeout): void {
  const steps = WARMUP_ROUNDS * WARMUP_SNAPSHOTS.length;
  let step = 0;
  const attempt = () => {
    if (busy()) later(attempt, WARMUP_RETRY_MS);
    else if (warm(step) && ++step < steps) later(attempt, 0);
  };
  later(attempt, WARMUP_DELAY_MS);
}

/**
 * Runs the invented imprint through the engine if it has not run in this context yet, and returns the
 * milliseconds that took (0 when it had run). Called while a page is being read for the engine: a popup's
 * request that woke the worker otherwise waits for the page and then for the engine's first run
 * (compiling its code and expressions, several times a warm run); the imprint pays part of that while the
 * page is still on its way, so the page meets a warmer engine.
 */
export function warmBeforeFirstRun(warm: (step: number) => boolean = warmEngine, hasRun: () => boolean = engineHasRun, now: () => number = () => performance.now()): number {
  if (hasRun()) return 0;
  const started = now();
  warm(0);
  return now() - started;
}
