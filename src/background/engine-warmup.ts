/**
 * A first detection run on a small invented imprint as soon as the engine's context starts: the
 * engine's first run compiles its code and regular expressions and loads the phone metadata, which
 * costs several times a warm run. Chrome starts the worker for every event (a tab that loads is one),
 * so by the time the rep opens the popup the engine usually runs warm.
 */
import type { PageSnapshot } from '../core/detect/snapshot/types';
import { detectPage, hasDetected } from './engine';

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
 * Runs the engine once on the invented imprint, unless a real detection came first (then the engine
 * is warm already, and a worker woken by the popup's own request must not spend its first moments
 * here). A failure only means the first real run is cold.
 */
export function warmEngine(): void {
  if (hasDetected()) return;
  try {
    detectPage(WARMUP_SNAPSHOT);
  } catch {
    // Nothing depends on it.
  }
}

/**
 * Warms the engine once no request is being served: a request that woke the worker and takes longer
 * than the delay (the lead list's first search loads 100,000 rows) would otherwise wait for the
 * engine's first run in the middle of its own work.
 */
export function warmEngineWhenIdle(busy: () => boolean, warm: () => void = warmEngine, later: (run: () => void, ms: number) => unknown = setTimeout): void {
  const attempt = () => {
    if (busy()) later(attempt, WARMUP_RETRY_MS);
    else warm();
  };
  later(attempt, WARMUP_DELAY_MS);
}
