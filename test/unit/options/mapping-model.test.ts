import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../src/core/import/import-file';
import { IMPORT_TARGETS, isImportTarget, mappingRows, mappingWarnings, previewColumns, setColumnTarget } from '../../../src/options/mapping-model';

const bytes = (s: string) => new TextEncoder().encode(s);
const preview = (s: string | Uint8Array) => previewFile(typeof s === 'string' ? bytes(s) : s, { defaultCountry: 'DE' });

describe('mapping table model', () => {
  it('offers every lead field plus the helper targets', () => {
    expect(IMPORT_TARGETS).toEqual(expect.arrayContaining(['companyName', 'houseNumber', 'fullName', 'address', 'region', 'profileUrl']));
    expect(isImportTarget('notes')).toBe(true);
    expect(isImportTarget('')).toBe(false);
    expect(isImportTarget('__proto__')).toBe(false);
  });

  it('lets several columns share a target; the later ones are marked as alternatives', () => {
    const m = setColumnTarget(['companyName', 'email', null], 2, 'email');
    expect(m).toEqual(['companyName', 'email', 'email']);
    expect(setColumnTarget(m, 0, null)).toEqual([null, 'email', 'email']);
    const p = preview('Firma;E-Mail;Mail 2\nAcme;a@acme.de;b@acme.de\n');
    expect(mappingRows(p.headers, m, p.columns, p.sample).map((r) => r.alternative)).toEqual([false, false, true]);
  });

  it('builds rows with header, choice, proposal, guess and examples', () => {
    const p = preview('Firma;E-Mail;Bundesland;Telefon (Hauptsitz);Privat\nAcme GmbH;info@acme.de;Bayern;089 1;x\nBeta AG;;Hessen;;\nGamma KG;g@gamma.de;;;\n');
    const rows = mappingRows(p.headers, setColumnTarget(p.mapping, 2, 'notes'), p.columns, p.sample);
    expect(rows).toEqual([
      { column: 0, header: 'Firma', target: 'companyName', proposed: 'companyName', guessed: false, alternative: false, examples: ['Acme GmbH', 'Beta AG'] },
      { column: 1, header: 'E-Mail', target: 'email', proposed: 'email', guessed: false, alternative: false, examples: ['info@acme.de', 'g@gamma.de'] },
      { column: 2, header: 'Bundesland', target: 'notes', proposed: 'region', guessed: false, alternative: false, examples: ['Bayern', 'Hessen'] },
      { column: 3, header: 'Telefon (Hauptsitz)', target: 'phone', proposed: 'phone', guessed: true, alternative: false, examples: ['089 1'] },
      { column: 4, header: 'Privat', target: null, proposed: null, guessed: false, ignored: 'private', alternative: false, examples: ['x'] },
    ]);
    expect(mappingWarnings(p.mapping, p.columns)).toEqual({ noIdentity: false, ignored: 1, guessed: 1 });
  });

  it('reads the sample from Windows-1252 files too', () => {
    const latin1 = Uint8Array.from([...'Firma;Ort\n', ...'M\xfcller GmbH;K\xf6ln\n'].map((c) => c.charCodeAt(0)));
    expect(preview(latin1).sample).toEqual([['Müller GmbH', 'Köln']]);
  });

  it('warns when nothing identifies a lead', () => {
    expect(mappingWarnings(['phone', null, 'city'])).toEqual({ noIdentity: true, ignored: 1, guessed: 0 });
    expect(mappingWarnings(['fullName', 'phone']).noIdentity).toBe(false);
    expect(mappingWarnings(['personEmail']).noIdentity).toBe(false);
  });

  it('lists the preview columns in form order', () => {
    const p = preview('Ort,Firma,Hausnummer,Straße\nBerlin,Acme,5,Hauptstr.\n');
    expect(previewColumns(p.rows)).toEqual(['companyName', 'street', 'city']);
    expect(p.rows[0]?.values.street).toBe('Hauptstr. 5');
  });
});
