import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../src/core/lead/csv-import';
import { IMPORT_TARGETS, isImportTarget, mappingRows, mappingWarnings, previewColumns, setColumnTarget } from '../../../src/options/mapping-model';
import { sampleRows } from '../../../src/options/import-sample';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('mapping table model', () => {
  it('offers every lead field plus house number and full name', () => {
    expect(IMPORT_TARGETS).toContain('companyName');
    expect(IMPORT_TARGETS).toContain('houseNumber');
    expect(IMPORT_TARGETS).toContain('fullName');
    expect(isImportTarget('notes')).toBe(true);
    expect(isImportTarget('')).toBe(false);
    expect(isImportTarget('__proto__')).toBe(false);
  });

  it('gives a target to one column only: the one that had it goes to ignore', () => {
    const m = setColumnTarget(['companyName', 'email', null], 2, 'email');
    expect(m).toEqual(['companyName', null, 'email']);
    expect(setColumnTarget(m, 0, null)).toEqual([null, null, 'email']);
    expect(setColumnTarget(m, 2, 'email')).toEqual(m);
  });

  it('builds rows with header, choice, proposal and examples', () => {
    const file = 'Firma;E-Mail;Bundesland\nAcme GmbH;info@acme.de;Bayern\nBeta AG;;Hessen\nGamma KG;g@gamma.de;\n';
    const preview = previewCsv(bytes(file));
    const sample = sampleRows(bytes(file), 3);
    const rows = mappingRows(preview.headers, setColumnTarget(preview.mapping, 2, 'notes'), preview.proposedMapping, sample);
    expect(rows).toEqual([
      { column: 0, header: 'Firma', target: 'companyName', proposed: 'companyName', examples: ['Acme GmbH', 'Beta AG'] },
      { column: 1, header: 'E-Mail', target: 'email', proposed: 'email', examples: ['info@acme.de', 'g@gamma.de'] },
      { column: 2, header: 'Bundesland', target: 'notes', proposed: null, examples: ['Bayern', 'Hessen'] },
    ]);
  });

  it('reads the sample from Windows-1252 and UTF-16 files too', () => {
    const latin1 = Uint8Array.from([...'Firma;Ort\n', ...'M\xfcller GmbH;K\xf6ln\n'].map((c) => c.charCodeAt(0)));
    expect(sampleRows(latin1)).toEqual([['Müller GmbH', 'Köln']]);
  });

  it('warns when nothing identifies a lead', () => {
    expect(mappingWarnings(['phone', null, 'city'])).toEqual({ noIdentity: true, ignored: 1 });
    expect(mappingWarnings(['fullName', 'phone']).noIdentity).toBe(false);
    expect(mappingWarnings(['personEmail']).noIdentity).toBe(false);
  });

  it('lists the preview columns in form order', () => {
    const preview = previewCsv(bytes('Ort,Firma,Hausnummer,Straße\nBerlin,Acme,5,Hauptstr.\n'));
    expect(previewColumns(preview.rows)).toEqual(['companyName', 'street', 'city']);
    expect(preview.rows[0]?.values.street).toBe('Hauptstr. 5');
  });
});
