/**
 * Legal forms of organisations (GmbH, e.V., Ltd, SARL, B.V., ApS, ...), recognised at the end of a name:
 * the one list for the detection engine (a name that ends in a legal form is the registered entity,
 * which is what a careful reader copies when the page shows both a brand and the company behind it)
 * and for leads (the form is kept in its own field, so "Acme GmbH" and "ACME" are one company).
 */

import { trimEnd } from '../text/trim';

/** Forms as usually written, the usual spelling first; the key is the form without dots and spaces, lower-case. */
const FORMS = [
  'GmbH & Co. KG', 'GmbH & Co. KGaA', 'GmbH & Co. OHG', 'UG (haftungsbeschränkt) & Co. KG', 'AG & Co. KG', 'AG & Co. KGaA', 'SE & Co. KG',
  'SE & Co. KGaA', 'Co. KG', 'UG (haftungsbeschränkt)', 'UG (haftungsbeschraenkt)', 'UG', 'gGmbH', 'GmbH', 'mbH', 'gAG', 'AG', 'KGaA',
  'SE', 'KG', 'OHG', 'oHG', 'GbR', 'PartG mbB', 'PartGmbB', 'PartG', 'e.K.', 'e.Kfm.', 'e.Kfr.', 'e.U.', 'e.V.', 'eV', 'eG', 'e.G.',
  'VVaG', 'KdöR', 'AöR', 'gUG', 'GesmbH', 'Ges.m.b.H.', 'GesbR', 'OG', 'KEG',
  'Sàrl', 'Sarl', 'SARL', 'S.à r.l.', 'SAS', 'SASU', 'EURL', 'SA', 'SNC', 'SCI', 'SELARL', 'SCP',
  'B.V.', 'BV', 'N.V.', 'NV', 'VOF', 'V.O.F.', 'CV', 'C.V.', 'BVBA', 'SRL', 'SPRL', 'VZW', 'ASBL', 'CommV',
  'S.L.', 'SL', 'S.L.U.', 'SLU', 'S.A.', 'S.A.U.', 'S.Coop.', 'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.a.s.', 'S.n.c.',
  'AB', 'ApS', 'A/S', 'AS', 'ASA', 'Oy', 'Oyj', 'I/S', 'K/S', 'IVS', 'Sp. z o.o.', 's.r.o.', 'a.s.', 'Kft.', 'Zrt.',
  'Ltd', 'Ltd.', 'Limited', 'PLC', 'plc', 'LLP', 'LP', 'CIC', 'DAC', 'CLG', 'Teoranta',
  'LLC', 'L.L.C.', 'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Co.', 'PLLC', 'P.C.', 'PC', 'APLC', 'APC', 'P.A.',
  'Pvt. Ltd.', 'Pvt Ltd', 'Private Limited', 'Pty Ltd', 'Pty. Ltd.',
  // Central and Eastern Europe, the Nordics and the Baltics
  'z.s.', 'z. s.', 'z.ú.', 'o.p.s.', 'v.o.s.', 'k.s.', 'spol. s r.o.', 'sp. z o.o.', 'sp.j.', 'sp.k.', 'Bt.', 'Nyrt.', 'd.o.o.', 'd.d.',
  'Oy Ab', 'Ky', 'HB', 'KB', 'OÜ', 'UAB', 'SIA', 'ry', 'r.y.', 's.p.', 'd.n.o.', 'k.d.',
  // Iceland: private and public limited companies, partnership, self-owning institution
  'ehf.', 'ehf', 'hf.', 'sf.', 'slf.', 'ses.',
  // Southern Europe
  'EPE', 'Ε.Π.Ε.', 'ΕΠΕ', 'IKE', 'Ι.Κ.Ε.', 'ΙΚΕ', 'Α.Ε.', 'ΑΕ', 'Ο.Ε.', 'Ε.Ε.', 'Lda', 'Lda.', 'Unipessoal Lda',
  // Latin America and Asia
  'Ltda', 'Ltda.', 'S.A.S.', 'S.A.C.', 'E.I.R.L.', 'S.A. de C.V.', 'S. de R.L. de C.V.', 'EIRELI', 'Pte Ltd', 'Pte. Ltd.', 'Sdn Bhd', 'Sdn. Bhd.', 'Bhd',
];

function keyOf(form: string): string {
  return form.replace(/[\s.]/g, '').toLowerCase();
}

/** key -> the spellings that count; short forms must match their usual case ("AS", not "as"). */
const BY_KEY = new Map<string, string[]>();
for (const f of FORMS) {
  const k = keyOf(f);
  const list = BY_KEY.get(k);
  if (list) list.push(f);
  else BY_KEY.set(k, [f]);
}

const MAX_FORM_TOKENS = 5;
/** Lower-case forms written without dots: none of them is a word of its own in the languages around them. */
const UNDOTTED_LOWER = new Set(['ry', 'ehf', 'srl', 'ltd', 'llc']);

function matchesCase(written: string, key: string): boolean {
  const compact = written.replace(/[\s.]/g, '');
  if (compact.length >= 4) return true;
  // A lower-case form counts only with its dots: "a.s." is Czech, "as" is a word. The Finnish
  // association's "ry" and the Icelandic "ehf" are written so, and are no words of their own.
  if (compact === compact.toLowerCase() && compact === written) return UNDOTTED_LOWER.has(written);
  // "s.r.l.", "a.s.", "b.v.": a dot after every letter marks an abbreviation, whatever its case.
  if (compact === compact.toLowerCase() && written.replace(/\s/g, '') === compact.split('').map((c) => `${c}.`).join('')) return true;
  const spellings = BY_KEY.get(key) ?? [];
  return spellings.some((s) => s.replace(/[\s.]/g, '') === compact) || compact === compact.toUpperCase();
}

/** Austrian compounds such as "VertriebsgesmbH" carry the form inside the last word. */
const COMPOUND_FORM = /^\p{L}{3,}(gesmbh|gmbh)$/iu;

/** Italian partnerships name a partner after the form: "ACME S.n.c. di Mario Rossi & C.". */
const IT_PARTNERSHIP = /\s(?:S\.?n\.?c\.?|S\.?a\.?s\.?)\s(?:di|dei|del)\s[^&]{2,60}&\s?C\.?$/iu;

/** The legal form a name ends with (or, failing that, opens with), as written, or undefined. */
export function legalFormOf(name: string): string | undefined {
  const it = IT_PARTNERSHIP.exec(name);
  if (it) return name.slice(it.index + 1);
  const tokens = trimEnd(name.trim(), ',;').split(/\s+/);
  if (tokens.length < 2) {
    const only = tokens[0] ?? '';
    const m = COMPOUND_FORM.exec(only);
    return m ? only.slice(only.length - m[1]!.length) : gluedLegalFormOf(only);
  }
  for (let n = Math.min(MAX_FORM_TOKENS, tokens.length - 1); n >= 1; n--) {
    const written = tokens.slice(tokens.length - n).join(' ');
    const key = keyOf(written.replace(/^,/, ''));
    if (BY_KEY.has(key) && matchesCase(written, key)) return written;
  }
  const last = tokens[tokens.length - 1]!;
  const m = COMPOUND_FORM.exec(last);
  return m ? last.slice(last.length - m[1]!.length) : (leadingLegalFormOf(name) ?? gluedLegalFormOf(name));
}

/**
 * Forms of the languages written without spaces between words (Japanese, Chinese, Korean), glued to
 * the name before it ("株式会社Wisteria", "㈱サンプル") or after it ("サンプル工業株式会社", "样本有限公司").
 * The longer form first: "股份有限公司" holds "有限公司".
 */
const GLUED_FORMS = [
  // Japan: stock, limited, limited-liability, partnership companies; associations, foundations, NPOs, medical, school and welfare corporations
  '株式会社', '有限会社', '合同会社', '合資会社', '合名会社', '一般社団法人', '一般財団法人', '公益社団法人', '公益財団法人',
  '特定非営利活動法人', 'NPO法人', '医療法人社団', '医療法人', '社会福祉法人', '学校法人', '(株)', '（株）', '㈱', '(有)', '（有）', '㈲',
  // China, Taiwan, Hong Kong
  '股份有限公司', '有限责任公司', '有限責任公司', '有限公司',
  // Korea
  '주식회사', '유한회사', '(주)', '㈜',
];

function gluedLegalFormOf(name: string): string | undefined {
  const t = name.trim();
  return GLUED_FORMS.find((f) => t.length > f.length && (t.startsWith(f) || t.endsWith(f)));
}

/**
 * Forms written BEFORE the name, as post-Soviet, Indonesian and some other registers write them:
 * "ТОО «Allsapa Group»" (KZ), "ООО «Ромашка»" (RU), "ТОВ «Світанок»" (UA), "PT Maju Jaya" (ID).
 * The name after the form is quoted or capitalised.
 */
const LEADING_FORMS = [
  // Russia
  'ООО', 'ОАО', 'ЗАО', 'ПАО', 'НАО', 'АО', 'ИП', 'МУП', 'ГУП', 'ФГУП', 'АНО', 'НКО',
  // Ukraine
  'ТОВ', 'ПрАТ', 'ПАТ', 'ПП', 'ФОП', 'КП',
  // Kazakhstan, Belarus, Uzbekistan, Kyrgyzstan
  'ТОО', 'ОДО', 'ЧУП', 'УП', 'ЧП', 'ОсОО', 'МЧЖ',
  // Bulgaria (written before or after), Indonesia
  'ЕООД', 'ООД', 'PT', 'CV',
];
const LEADING = new Set(LEADING_FORMS);
const AFTER_LEADING_FORM = /^[«"“„'\p{Lu}]/u;

/** The legal form a name opens with ("ТОО" in "ТОО «Allsapa Group»"), or undefined. */
export function leadingLegalFormOf(name: string): string | undefined {
  const t = name.trim();
  const space = t.indexOf(' ');
  if (space < 0) return undefined;
  const first = t.slice(0, space);
  return LEADING.has(first) && AFTER_LEADING_FORM.test(t.slice(space + 1)) ? first : undefined;
}

/** Organisation-type words that, standing before a name, are part of it ("Verein Digital Cluster Uri"). */
export const ORG_TYPE_WORD = /^(?:verein|förderverein|stiftung|genossenschaft|vereniging|stichting|association|fondation|fundación|fondazione|forening|förening|foreningen)$/iu;

export interface SplitName {
  name: string;
  legalForm?: string;
}

/** The usual spelling of a form as written ("gmbh" -> "GmbH"); a listed spelling stays as written. */
function usualSpelling(written: string): string {
  const spellings = BY_KEY.get(keyOf(written));
  return !spellings || spellings.includes(written) ? written : spellings[0]!;
}

/**
 * "Acme Maschinenbau GmbH & Co. KG" -> { name: "Acme Maschinenbau", legalForm: "GmbH & Co. KG" }.
 * Only a form written as its own word is split off: "VertriebsgesmbH" stays one name.
 */
export function splitLegalForm(companyName: string): SplitName {
  const name = trimEnd(companyName.replace(/\s+/g, ' ').trim(), ',;');
  const form = legalFormOf(name);
  if (!form || !name.endsWith(form)) return { name };
  const before = name[name.length - form.length - 1];
  if (before !== ' ' && before !== ',') return { name };
  const rest = trimEnd(name.slice(0, name.length - form.length), ' ,');
  return rest ? { name: rest, legalForm: usualSpelling(form) } : { name };
}
