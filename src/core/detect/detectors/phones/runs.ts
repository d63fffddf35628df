/**
 * Finds the stretches of a text line that could be a phone number: digits with the separators people
 * put between digit groups. One left-to-right pass per line, no regex over the line, so it stays linear
 * whatever the page throws at it.
 */

export interface DigitRun {
  /** The run as written, trimmed of separators at both ends. */
  text: string;
  start: number;
  end: number;
  digits: number;
  /** Letters glued to the run's left ("DE21", "CH-", "Tel."), lower-case; "" when none. */
  gluedLeft: string;
  /** True when a short letter suffix follows without a space ("36814527-Z", "16MW", "12h"). */
  gluedRight: boolean;
}

/** Hyphens and dashes of every kind, including U+2011 NON-BREAKING HYPHEN and the minus sign. */
export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d';
const SEPARATORS = ` \t\u00a0\u202f\u2009./()${DASHES}`;
/** Runs longer than this are tables of figures or noise, not one phone number with an extension. */
const MAX_RUN_CHARS = 48;
const MAX_RUN_DIGITS = 24;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSeparator(ch: string | undefined): boolean {
  return ch !== undefined && SEPARATORS.includes(ch);
}

const LETTER = /\p{L}/u;
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** The word that ends right before `at`, allowing one joining character (".", "-", ":", "/") in between. */
function gluedWordBefore(line: string, at: number): string {
  let i = at - 1;
  if (i >= 0 && '.-:/'.includes(line[i]!) && (isLetter(line[i - 1]) || isDigit(line[i - 1]))) i--;
  if (isDigit(line[i])) return '0';
  let j = i;
  while (j >= 0 && at - j < 24 && isLetter(line[j])) j--;
  return line.slice(j + 1, i + 1).toLowerCase();
}

/** A unit or code letter stuck to the run's end; a long word glued on is only markup without spaces. */
function hasGluedSuffix(line: string, at: number): boolean {
  let i = at;
  if (DASHES.includes(line[i] ?? ' ') || line[i] === '.') i++;
  let n = 0;
  while (isLetter(line[i + n]) && n < 5) n++;
  if (n === 0) return line[at] === '%' || line[at] === '€' || line[at] === '°' || line[at] === '$';
  return n <= 3 && !isLetter(line[i + n]);
}

export function findRuns(line: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    const opens = isDigit(ch) || ((ch === '+' || ch === '(') && isDigit(line[i + 1])) || (ch === '(' && line[i + 1] === '+');
    if (!opens) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    let j = i + (ch === '+' ? 1 : 0);
    while (j < line.length && (isDigit(line[j]) || isSeparator(line[j]) || (line[j] === '+' && j === start + 1))) {
      if (isDigit(line[j])) digits++;
      j++;
    }
    let end = j;
    while (end > start && isSeparator(line[end - 1]) && line[end - 1] !== ')') end--;
    // A closing bracket at the end belongs to the run only when it closes a bracket inside it.
    if (line[end - 1] === ')' && !line.slice(start, end - 1).includes('(')) end--;
    while (end > start && isSeparator(line[end - 1]) && line[end - 1] !== ')') end--;
    let from = start;
    if (line[from] === '(' && !line.slice(from, end).includes(')')) from++;
    const text = line.slice(from, end);
    if (digits > 0 && text.length <= MAX_RUN_CHARS && digits <= MAX_RUN_DIGITS) {
      runs.push({ text, start: from, end, digits, gluedLeft: gluedWordBefore(line, from), gluedRight: hasGluedSuffix(line, end) });
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}
