/** What is wrong with a file as a whole is said before Import (issue 13, item 10). */
import { describe, expect, it } from 'vitest';
import { isBlocking } from '../../../src/core/import/file-issues';
import { previewFile } from '../../../src/core/import/import-file';
import { importText, utf8 } from './helpers';

const preview = (bytes: Uint8Array) => previewFile(bytes, { defaultCountry: 'DE' });

describe('file issues', () => {
  it('refuses a 600-column file before Import, with the count', () => {
    const headers = Array.from({ length: 600 }, (_, i) => (i === 0 ? 'Firma' : `Feld ${i}`));
    const file = utf8(`${headers.join(';')}\nAcme GmbH${';x'.repeat(599)}\n`);
    const issues = preview(file).issues;
    expect(issues).toEqual([{ code: 'import-too-many-columns', params: { count: 600, max: 500 } }]);
    expect(issues.every(isBlocking)).toBe(true);
  });

  it('says a file is empty, binary or an Excel workbook instead of asking for a mapping', () => {
    expect(preview(new Uint8Array()).issues).toEqual([{ code: 'import-empty-file' }]);
    expect(preview(utf8(' \r\n\r\n')).issues).toEqual([{ code: 'import-empty-file' }]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 200 }, (_, i) => i % 7)]);
    expect(preview(png).issues).toEqual([{ code: 'import-binary-file' }]);
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...utf8('[Content_Types].xml')]);
    expect(preview(xlsx).issues).toEqual([{ code: 'import-spreadsheet-file' }]);
    expect(preview(utf8('Firma;Ort\n')).issues).toEqual([{ code: 'import-no-rows' }]);
  });

  it('rejects a mapped value over 2,000 characters like a typed one, naming the column; an ignored column does not matter', () => {
    const huge = 'x'.repeat(1_000_000);
    const r = importText(`Firma;Notizen;Unbekannt\n${huge};kurz;a\nAcme GmbH;${'y'.repeat(2001)};b\nBeta AG;ok;${huge}\n`);
    expect(r.rejected.map((x) => [x.row, x.errors])).toEqual([
      [2, [{ code: 'value-too-long', message: 'A value is longer than 2000 characters.', column: 'Firma' }]],
      [3, [{ code: 'value-too-long', message: 'A value is longer than 2000 characters.', column: 'Notizen' }]],
    ]);
    expect(r.leads.map((l) => l.fields.companyName?.value)).toEqual(['Beta AG']);
  });

  it('counts the rows of a 4-line file right after an unterminated quote', () => {
    const r = importText('Firma;Ort\nAcme GmbH;"Köln\nBeta AG;Bonn\nGamma KG;Trier\n');
    expect(r.dataRows).toBe(3);
    expect(r.leads.map((l) => l.fields.companyName?.value)).toEqual(['Beta AG', 'Gamma KG']);
    expect(r.rejected).toMatchObject([{ row: 2, line: 2, errors: [{ code: 'unterminated-quote' }] }]);
  });

  it('keeps counting after a quoted line break and a later unterminated quote', () => {
    const r = importText('Firma;Notiz\n"Acme\nGmbH";a\nBeta AG;"b\nGamma KG;c\n');
    expect(r.dataRows).toBe(3);
    expect(r.rejected.map((x) => [x.row, x.line])).toEqual([[3, 4]]);
    expect(r.leads.map((l) => l.fields.companyName?.value)).toEqual(['Acme\nGmbH', 'Gamma KG']);
  });
});
