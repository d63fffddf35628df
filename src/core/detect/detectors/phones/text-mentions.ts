/**
 * Phone numbers in the visible text, line by line, with the label that stands before (or in brackets
 * after) each one. Handles the ways numbers share digits: "0861 41007 oder 43822", "5816-0" then "-2745".
 */
import type { TextLine } from '../../page';
import { labelAfter, labelBefore, labelOfLabelLine, type Label } from './labels';
import type { Mention } from './mention';
import { parseRun, sharedPrefix, withExtension, type Countries, type ParsedNumber } from './number';
import { DASHES, findRuns, type DigitRun } from './runs';
import { OTHERS, thirdPartyBefore } from '../../context/third-party';

/** Words that join two numbers of the same kind: "0861 41007 oder 43822", "… / 53", "… bzw. …". */
const CONNECTOR = /^\s*(?:oder|or|und|and|ou|et|[-oy/,;&|+]|of|en|eller|bzw\.?|resp\.?|sowie)\s*$/iu;
/** A line this short is a contact entry, not prose: an unlabelled number there is still a phone. */
const CONTACT_LINE_MAX = 64;
const MIN_DIGITS_IN_LINE = 6;
/** "Máster:", "Büro Wien:" right before a number: an entry of a contact list, whatever its name. */
const NAMED_ENTRY = /\p{L}\.?\s?:\s*$/u;

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Glued letters are fine when they are a label written without a space ("Tel.0871 …", "Kontakt069 …"),
 * or any word but a look-alike's label ended by a colon ("Máster:(0501) 482.52.00"): a colon closes a
 * label, it does not join a code to its digits as in "DE123…" or "CH-1234", so the number reads as it
 * would with the space.
 */
function acceptableGlue(run: DigitRun, text: string): boolean {
  if (!run.gluedLeft) return true;
  const label = labelBefore(` ${run.gluedLeft}`);
  if (label === 'other') return false;
  return label !== null || text[run.start - 1] === ':';
}

/** "Fax -2745" after "Tel. +49 2232 5816-0": a bare extension, written with its dash. */
function isBareExtension(text: string, run: DigitRun): boolean {
  const before = text[run.start - 1];
  return run.digits <= 5 && before !== undefined && DASHES.includes(before) && (run.start < 2 || !/[\d\p{L}]/u.test(text[run.start - 2]!));
}

/** Words between a look-alike's label line and its number ("Arnhem nr."): a court or a register's town. */
const MAX_LEAD_UNDER_LABEL = 24;

export function textMentions(lines: readonly TextLine[], thirdParty: readonly boolean[], countries: Countries): Mention[] {
  const out: Mention[] = [];
  let extensionBase: string | null = null;
  let extensionSection = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (countDigits(text) < MIN_DIGITS_IN_LINE && !(extensionBase && line.section === extensionSection)) continue;
    const runs = findRuns(text);
    let prevEnd = 0;
    let prevLabel: Label | null = null;
    let prevRun: string | null = null;
    for (const run of runs) {
      const lead = text.slice(prevEnd, run.start);
      const joined = prevRun !== null && lead.length <= 12 && CONNECTOR.test(lead);
      const bareExtension = extensionBase !== null && line.section === extensionSection && isBareExtension(text, run);
      prevEnd = run.end;
      // Most short figures in prose (years, amounts) can be nothing: skip them before reading labels.
      // A skipped figure stands between the numbers around it, so the next one shares no digits with the
      // one before ("+7 700 998 58 19 … ул. Венецианова, 25, 3 этаж": "3" is a floor, not "…58 13").
      if (run.digits < MIN_DIGITS_IN_LINE && !joined && !bareExtension) {
        prevRun = null;
        continue;
      }
      if (!acceptableGlue(run, text) || run.gluedRight) {
        prevRun = null;
        continue;
      }
      let label = labelAfter(text.slice(run.end)) ?? labelBefore(lead);
      if (label === null && joined) label = prevLabel;
      if (label === null && i > 0 && run === runs[0]) {
        // "KvK" / "Arnhem nr. 09094924": a look-alike's label line marks the number even with words before it.
        const above = labelOfLabelLine(lines[i - 1]!.text);
        if (lead.trim() === '' || (above === 'other' && lead.length <= MAX_LEAD_UNDER_LABEL && !/\d/.test(lead))) label = above;
      }
      if (label === 'other') {
        prevLabel = 'other';
        prevRun = null;
        continue;
      }
      let numbers: ParsedNumber[] = parseRun(run.text, countries);
      if (!numbers.length && joined && prevRun) {
        const shared = sharedPrefix(prevRun, run.text.replace(/\D/gu, ''), countries);
        if (shared) numbers = [shared];
      }
      if (!numbers.length && extensionBase && bareExtension) {
        const extended = withExtension(extensionBase, run.text, countries);
        if (extended) numbers = [extended];
      }
      if (!numbers.length) {
        if (run.digits >= 6) prevRun = null;
        continue;
      }
      const third = thirdParty[i]! || thirdPartyBefore(text.slice(0, run.start), OTHERS);
      const contactLike = label !== null || text.length <= CONTACT_LINE_MAX || text.includes('@') || NAMED_ENTRY.test(lead);
      for (const number of numbers) {
        out.push({ number, raw: run.text, label, method: label ? 'labelled-text' : 'free-text', snippet: text, el: line.block, thirdParty: third, contactLike, visible: true });
      }
      const last = numbers.at(-1)!;
      if (last.extensionBase) {
        extensionBase = last.extensionBase;
        extensionSection = line.section;
      }
      prevLabel = label;
      prevRun = run.text;
    }
  }
  return out;
}
