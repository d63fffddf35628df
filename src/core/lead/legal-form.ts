/**
 * Legal forms at the end of a company name. Split off so "Acme GmbH" and "ACME" are one company for
 * matching, and so the lead keeps the legal form in its own field.
 */

const FORMS = [
  'UG (haftungsbeschränkt) & Co. KG', 'GmbH & Co. KGaA', 'GmbH & Co. KG', 'GmbH & Co. OHG', 'AG & Co. KGaA', 'AG & Co. KG',
  'SE & Co. KGaA', 'SE & Co. KG', 'UG (haftungsbeschränkt)', 'UG (haftungsbeschraenkt)', 'Ges.m.b.H.', 'GesmbH', 'gGmbH',
  'GmbH', 'mbH', 'KGaA', 'AG', 'KG', 'OHG', 'GbR', 'PartG mbB', 'PartGmbB', 'PartG', 'e.K.', 'e.Kfm.', 'e.Kfr.', 'e.V.',
  'eG', 'e.G.', 'SE', 'UG', 'Ltd.', 'Ltd', 'Limited', 'LLC', 'L.L.C.', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation',
  'PLC', 'plc', 'LLP', 'LP', 'S.A.S.', 'SAS', 'S.A.', 'SA', 'SARL', 'S.à r.l.', 'S.r.l.', 'Srl', 'S.p.A.', 'SpA',
  'B.V.', 'BV', 'N.V.', 'NV', 'AB', 'Oy', 'A/S', 'ApS', 'AS', 'Sp. z o.o.', 's.r.o.', 'a.s.', 'Kft.', 'Zrt.', 'S.L.',
  'SL', 'Pty Ltd', 'Pty. Ltd.', 'Co. KG', 'KEG', 'OG',
];

// Longest first, so "GmbH & Co. KG" wins over "KG"; compared case-insensitively with collapsed spaces.
const SORTED = [...FORMS].sort((a, b) => b.length - a.length).map((form) => ({ form, lower: form.toLowerCase() }));

/** Strips trailing characters from `chars` (a loop: a regex anchored at the end would be quadratic). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

export interface SplitName {
  name: string;
  legalForm?: string;
}

/** "Acme Maschinenbau GmbH & Co. KG" → { name: "Acme Maschinenbau", legalForm: "GmbH & Co. KG" }. */
export function splitLegalForm(companyName: string): SplitName {
  const name = companyName.replace(/\s+/g, ' ').trim();
  const lower = name.toLowerCase();
  for (const { form, lower: f } of SORTED) {
    if (lower.length <= f.length || !lower.endsWith(f)) continue;
    const before = name[name.length - f.length - 1];
    // A legal form is its own word: "Prag" does not end in the form "AG".
    if (before !== ' ' && before !== ',') continue;
    const rest = trimEnd(name.slice(0, name.length - f.length), ' ,');
    if (rest) return { name: rest, legalForm: form };
  }
  return { name };
}
