import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createLead } from '../../../src/core/lead/lead';
import { importFile } from '../../../src/core/import/import-file';
import { FORMULA_CELL, unescapeFormula } from '../../../src/core/lead/csv-formula';
import { csvText } from './helpers';

const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });

describe('formula escaping in CSV', () => {
  it.each(['=HYPERLINK("http://evil")', '@SUM(A1)', '+SUM(A1:A9)', '-2+3', '\tcmd', '+49 89 1234|calc'])('escapes %j', (cell) => {
    expect(FORMULA_CELL.test(cell)).toBe(true);
  });

  it.each(['+49 89 4711280', '+49 (0)89 4711280-19', '-20', 'Müller GmbH', 'info@musterwerk.de'])('leaves %j as it is', (cell) => {
    expect(FORMULA_CELL.test(cell)).toBe(false);
  });

  it('exports phone numbers readable and round-trips escaped cells through the import', async () => {
    const lead = { ...createLead('a', 1), fields: { companyName: typed('=cmd|calc'), phone: typed('+49 89 4711280') } };
    const csv = await csvText([lead], { language: 'en', bom: false });
    const [, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(row).toContain('+49 89 4711280');
    expect(row).toContain("'=cmd|calc");
    const back = importFile(new TextEncoder().encode(csv), { defaultCountry: 'DE', at: 2 });
    expect(back.leads[0]?.fields.phone?.value).toBe('+49 89 4711280');
    expect(back.leads[0]?.fields.companyName?.value).toBe('=cmd|calc');
  });

  it('removes only an apostrophe that escaping added', () => {
    expect(unescapeFormula("'=1+1")).toBe('=1+1');
    expect(unescapeFormula("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });
});

describe('the full CSV export', () => {
  it('carries the stage, score, need and next step in the rep\u2019s language', async () => {
    const lead = {
      ...createLead('a', 1),
      fields: { companyName: typed('Musterwerk GmbH') },
      qualification: { stage: 'qualified' as const, need: { text: 'Neue Fräse', at: 1 }, nextStep: { date: '2027-03-05', channel: 'meeting' as const, note: 'Vor Ort' } },
      summary: { completeness: 100, score: 70, ready: true, stage: 'qualified' as const, search: '', company: '' },
    };
    const [header, row] = Papa.parse<string[]>((await csvText([lead], { language: 'de', bom: false })).trim()).data;
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect([cell('Phase'), cell('Score'), cell('Bedarf'), cell('Nächster Schritt am'), cell('Nächster Schritt per'), cell('Nächster Schritt')])
      .toEqual(['Qualifiziert', '70', 'Neue Fräse', '2027-03-05', 'Termin', 'Vor Ort']);
  });
});
