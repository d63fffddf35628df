/**
 * Country formats and check digits of European VAT numbers (and the Spanish NIF, which Spanish
 * sole traders print as their tax id). A value that fits the format but fails the check digit is
 * a typo or a placeholder; real imprints almost never print an invalid number.
 */

export type VatCheck = 'valid' | 'format-only' | 'invalid';

const digits = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0) - 48);

/** Sum of digit × weight, for the many "weighted mod 11" schemes. */
function weighted(ds: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (ds[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

export function luhn(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = s.charCodeAt(s.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 11,10 (German USt-IdNr.). */
function mod11_10(s: string): boolean {
  let product = 10;
  const ds = digits(s);
  for (let i = 0; i < ds.length - 1; i++) {
    let sum = ((ds[i] ?? 0) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = (11 - product) % 10;
  return check === ds[ds.length - 1];
}

/** Big-number mod 97 over a string of digits, without BigInt (older engines). */
function mod97(num: string): number {
  let r = 0;
  for (const c of num) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  return r;
}

function checkAT(d: string): boolean {
  const ds = digits(d);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const v = ds[i] ?? 0;
    if (i % 2 === 0) sum += v;
    else {
      const p = v * 2;
      sum += Math.floor(p / 10) + (p % 10);
    }
  }
  return (10 - ((sum + 4) % 10)) % 10 === ds[7];
}

/** Check digit 11 - (weighted sum mod 11) in the ninth place, where 10 never occurs (CH UID, NO org.nr). */
function mod11Ninth(d: string, weights: readonly number[]): boolean {
  const ds = digits(d);
  const c = (11 - (weighted(ds, weights) % 11)) % 11;
  return c !== 10 && c === ds[8];
}

/** Swiss UID. */
export const checkCH = (d: string): boolean => mod11Ninth(d, [5, 4, 3, 2, 7, 6, 5, 4]);

function checkFR(key: string, siren: string): VatCheck {
  if (!luhn(siren) && !/^\d{2}$/.test(key)) return 'invalid';
  if (!/^\d{2}$/.test(key)) return 'format-only'; // new-style alphanumeric keys
  return (12 + 3 * (Number(siren) % 97)) % 97 === Number(key) ? 'valid' : 'invalid';
}

function checkNL(body: string, suffix: string): boolean {
  const ds = digits(body);
  const old = weighted(ds, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  if (old === ds[8]) return true;
  // Sole traders since 2020: mod 97 over "NL" + number + "B" + suffix with letters as 10..35.
  return mod97(`2321${body}11${suffix}`) === 1;
}

/** Belgian enterprise number (KBO/BCE), which is also the VAT id. */
export function checkBE(d: string): boolean {
  return 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8));
}

function checkGB(d: string): boolean {
  const ds = digits(d);
  const total = weighted(ds, [8, 7, 6, 5, 4, 3, 2]) + Number(d.slice(7, 9));
  return total % 97 === 0 || (total + 55) % 97 === 0;
}

/** Danish CVR number. */
export function checkDK(d: string): boolean {
  return weighted(digits(d), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

function checkIT(d: string): boolean {
  return luhn(d);
}

/** Norwegian organisation number. */
export const checkNO = (d: string): boolean => mod11Ninth(d, [3, 2, 7, 6, 5, 4, 3, 2]);

function checkPL(d: string): boolean {
  const ds = digits(d);
  return weighted(ds, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === ds[9];
}

function checkPT(d: string): boolean {
  const ds = digits(d);
  const c = 11 - (weighted(ds, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c >= 10 ? 0 : c) === ds[8];
}

function checkFI(d: string): boolean {
  const ds = digits(d);
  const r = weighted(ds, [7, 9, 10, 5, 8, 4, 2]) % 11;
  return r !== 1 && (r === 0 ? 0 : 11 - r) === ds[7];
}

function checkLU(d: string): boolean {
  return Number(d.slice(0, 6)) % 89 === Number(d.slice(6));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish NIF: DNI (8 digits + letter), NIE (X/Y/Z + 7 digits + letter) or CIF (letter + 7 digits + control). */
export function checkES(v: string): boolean {
  if (/^\d{8}[A-Z]$/.test(v)) return DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v[8];
  if (/^[XYZ]\d{7}[A-Z]$/.test(v)) return DNI_LETTERS[Number(`${'XYZ'.indexOf(v[0]!)}${v.slice(1, 8)}`) % 23] === v[8];
  if (/^[A-HJNP-SUVW]\d{7}[0-9A-J]$/.test(v)) {
    const ds = digits(v.slice(1, 8));
    let sum = 0;
    ds.forEach((d, i) => {
      if (i % 2 === 1) sum += d;
      else {
        const p = d * 2;
        sum += Math.floor(p / 10) + (p % 10);
      }
    });
    const c = (10 - (sum % 10)) % 10;
    const last = v[8]!;
    return last === String(c) || last === 'JABCDEFGHI'[c];
  }
  return false;
}

type Rule = [RegExp, (m: RegExpExecArray) => VatCheck];

const ok = (b: boolean): VatCheck => (b ? 'valid' : 'invalid');
const formatOnly = (): VatCheck => 'format-only';

/** Compact upper-case VAT ids with their country prefix. */
const RULES: Record<string, Rule> = {
  DE: [/^DE(\d{9})$/, (m) => ok(mod11_10(m[1]!))],
  AT: [/^ATU(\d{8})$/, (m) => ok(checkAT(m[1]!))],
  CH: [/^CHE(\d{9})(?:MWST|TVA|IVA|VAT)?$/, (m) => ok(checkCH(m[1]!))],
  FR: [/^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/, (m) => checkFR(m[1]!, m[2]!)],
  IT: [/^IT(\d{11})$/, (m) => ok(checkIT(m[1]!))],
  NL: [/^NL(\d{9})B(\d{2})$/, (m) => ok(checkNL(m[1]!, m[2]!))],
  BE: [/^BE([01]\d{9})$/, (m) => ok(checkBE(m[1]!))],
  GB: [/^(?:GB|XI)(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, (m) => (/^\d/.test(m[1]!) ? ok(checkGB(m[1]!)) : 'format-only')],
  DK: [/^DK(\d{8})$/, (m) => ok(checkDK(m[1]!))],
  ES: [/^ES([0-9A-Z]\d{7}[0-9A-Z])$/, (m) => ok(checkES(m[1]!))],
  NO: [/^NO(\d{9})(?:MVA)?$/, (m) => ok(checkNO(m[1]!))],
  PL: [/^PL(\d{10})$/, (m) => ok(checkPL(m[1]!))],
  PT: [/^PT(\d{9})$/, (m) => ok(checkPT(m[1]!))],
  FI: [/^FI(\d{8})$/, (m) => ok(checkFI(m[1]!))],
  LU: [/^LU(\d{8})$/, (m) => ok(checkLU(m[1]!))],
  SE: [/^SE(\d{10})01$/, (m) => ok(luhn(m[1]!))],
  IE: [/^IE(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/, formatOnly],
  CZ: [/^CZ\d{8,10}$/, formatOnly],
  SK: [/^SK\d{10}$/, formatOnly],
  HU: [/^HU\d{8}$/, formatOnly],
  SI: [/^SI\d{8}$/, formatOnly],
  HR: [/^HR\d{11}$/, formatOnly],
  RO: [/^RO\d{2,10}$/, formatOnly],
  BG: [/^BG\d{9,10}$/, formatOnly],
  EL: [/^EL\d{9}$/, formatOnly],
  CY: [/^CY\d{8}[A-Z]$/, formatOnly],
  EE: [/^EE\d{9}$/, formatOnly],
  LV: [/^LV\d{11}$/, formatOnly],
  LT: [/^LT(?:\d{9}|\d{12})$/, formatOnly],
  MT: [/^MT\d{8}$/, formatOnly],
};

/** The country whose prefix a compact id starts with ("CHE…" → CH, "ATU…" → AT, "XI…" → GB). */
export function vatPrefixCountry(compact: string): string | null {
  if (compact.startsWith('CHE')) return 'CH';
  if (compact.startsWith('XI')) return 'GB';
  const cc = compact.slice(0, 2);
  return cc in RULES ? cc : null;
}

/** Checks a compact, upper-case id that carries its country prefix. */
export function checkVat(compact: string): VatCheck {
  const cc = vatPrefixCountry(compact);
  const rule = cc ? RULES[cc] : undefined;
  if (!rule) return 'invalid';
  const m = rule[0].exec(compact);
  return m ? rule[1](m) : 'invalid';
}

/** Prefix a country puts in front of a bare national number to make it its VAT id. */
export const VAT_PREFIX: Record<string, string> = { AT: 'ATU', CH: 'CHE', GR: 'EL' };
