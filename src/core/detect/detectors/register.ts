/**
 * The organisation's entry in a company register: court (where the page names it) and number.
 * Numbers are read by country-specific patterns (register-patterns.ts); entries of other
 * organisations (hosting provider, general partner of a KG, web agency) are kept below ACCEPT.
 */
import type { Detector } from '../detector';
import { shorten } from '../detector';
import { sourceAt, type Page } from '../page';
import type { AnyCandidate } from '../types';
import { readCourt, REGISTER_READERS, type RegisterHit } from './register/patterns';
import { isNationalIdLabel } from './register/national-ids';
import { AUTHORITY, CREDITS, GENERAL_PARTNER, thirdPartyKinds } from '../context/third-party';
import { isCountingRun, isRepeatedDigit } from '../../text/digit-runs';

/** A line that is only a register label ("Company Number:", "Handelsregister") hands over to the next line. */
const LABEL_ONLY = /(?:register|nummer|number|n[or°]\.?|firmenbuch|kvk|rcs|siren|siret|cvr|cro|companies house):?$/i;
/** How many lines around a number may name its court. */
const COURT_DISTANCE = 3;

const HAS_DIGIT = /\d/;

/** Digits counted up or down that read as a template's number ("12345678"); shorter runs occur in real numbers. */
const MIN_COUNTED = 8;

/** Template numbers: one digit repeated ("Org.nr. 000 000 000") or counted up ("123456789"). */
function isPlaceholderNumber(number: string): boolean {
  const d = number.replace(/\D/g, '');
  return isRepeatedDigit(d, 5) || isCountingRun(d, MIN_COUNTED);
}

const CONFIDENCE = {
  /** A pattern that names its register ("HRB 12345", "FN 123456a", "KvK 12345678"). */
  strong: 0.85,
  /** A bare number behind a looser label ("Company No. 1234567"). */
  weak: 0.55,
  /** The hoster's, the agency's, the general partner's entry. */
  thirdParty: 0.3,
};

function read(text: string): RegisterHit | null {
  for (const reader of REGISTER_READERS) {
    const hit = reader(text);
    if (hit) return hit;
  }
  return null;
}

function courtNearby(page: Page, index: number): string | null {
  const section = page.lines[index]!.section;
  for (let d = 1; d <= COURT_DISTANCE; d++) {
    for (const i of [index - d, index + d]) {
      const line = page.lines[i];
      if (!line || line.section !== section || line.text.length > 300) continue;
      const court = readCourt(line.text);
      if (court) return court;
    }
  }
  return null;
}

function confidence(page: Page, index: number, hit: RegisterHit): number {
  const kinds = thirdPartyKinds(page, index) & (CREDITS | AUTHORITY | GENERAL_PARTNER);
  // A KG prints its general partner's HRB next to its own HRA: only the HRB is the partner's.
  if (kinds && !(kinds === GENERAL_PARTNER && hit.number.startsWith('HRA'))) return CONFIDENCE.thirdParty;
  return hit.strong ? CONFIDENCE.strong : CONFIDENCE.weak;
}

export const registerDetector: Detector = {
  id: 'register',
  detect(page) {
    const out: AnyCandidate[] = [];
    page.lines.forEach((line, index) => {
      // Every register number has digits: lines without any skip the readers' regexes.
      let hit = HAS_DIGIT.test(line.text) ? read(line.text) : null;
      // "Company Number:" on one line, the number on the next.
      const next = page.lines[index + 1];
      if (!hit && next && next.section === line.section && line.text.length < 80 && !/\d/.test(line.text) && (LABEL_ONLY.test(line.text) || isNationalIdLabel(line.text))) {
        hit = read(`${line.text} ${next.text.slice(0, 200)}`);
        // The next line would read the same number on its own.
        if (hit && read(next.text)?.number === hit.number) hit = null;
      }
      if (!hit || isPlaceholderNumber(hit.number)) return;
      out.push({
        field: 'register',
        value: { court: hit.court ?? courtNearby(page, index), number: hit.number },
        confidence: confidence(page, index, hit),
        source: sourceAt({ method: 'labelled-text', snippet: shorten(line.text) }, line.block),
      });
    });
    return out;
  },
};
