import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/core/import/import-file';
import { rejectedRowsCsv } from '../../../src/options/rejected-csv';

const bytes = (s: string) => new TextEncoder().encode(s);
const options = { headers: ['Firma', 'E-Mail', 'Telefon'], rowLabel: 'Zeile', errorsLabel: 'Grund', describe: (e: { code: string }) => e.code, delimiter: ';' as const };

describe('rejectedRowsCsv', () => {
  it('writes row number, reasons and every raw cell of every rejected row', () => {
    const file = 'Firma;E-Mail;Telefon\r\nAcme GmbH;info@acme.de;089 123456\r\nBeta;kein-mail;bitte anrufen\r\n;;\r\nGamma;a@b.de;1;extra\r\n';
    const result = importFile(bytes(file), { defaultCountry: 'DE', at: 0 });
    expect(result.rejected.map((r) => r.row)).toEqual([3, 4, 5]);
    const csv = rejectedRowsCsv(result.rejected, { ...options, headers: result.headers });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.filter((r) => r.length > 1);
    expect(rows[0]).toEqual(['Zeile', 'Grund', 'Firma', 'E-Mail', 'Telefon', '']);
    expect(rows[1]?.slice(0, 2)).toEqual(['3', 'invalid-email | invalid-phone']);
    // Every row is as wide as the widest one, so the columns stay aligned in a spreadsheet.
    expect(rows[1]?.slice(2)).toEqual(['Beta', 'kein-mail', 'bitte anrufen', '']);
    expect(rows[2]).toEqual(['4', 'empty-row', '', '', '', '']);
    // The extra cell of a row with too many columns is kept, under an empty header.
    expect(rows[3]).toEqual(['5', 'column-count', 'Gamma', 'a@b.de', '1', 'extra']);
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    const csv = rejectedRowsCsv([{ row: 2, line: 2, errors: [{ code: 'no-identity', message: '' }], cells: ['=HYPERLINK("http://x")', 'ok'] }], { ...options, headers: ['A', 'B'] });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('quotes cells with the delimiter or line breaks', () => {
    const csv = rejectedRowsCsv([{ row: 2, line: 2, errors: [{ code: 'empty-row', message: '' }], cells: ['a;b', 'c\nd'] }], { ...options, headers: ['A', 'B'] });
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['2', 'empty-row', 'a;b', 'c\nd']);
  });
});
