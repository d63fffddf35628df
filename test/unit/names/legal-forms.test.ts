import { describe, expect, it } from 'vitest';
import { legalFormOf, splitLegalForm } from '../../../src/core/names/legal-forms';

describe('legalFormOf', () => {
  it.each([
    ['Muster GmbH & Co. KG', 'GmbH & Co. KG'],
    ['SOLVIA Haustechnik e. K.', 'e. K.'],
    ['Beispiel UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)'],
    ['Alm-Bräu HandelsgesmbH', 'gesmbH'],
    ['Hartley, APLC', 'APLC'],
    ['Vejle Bryggeri ApS', 'ApS'],
    ['Acme Pvt. Ltd.', 'Pvt. Ltd.'],
    ['Dupont SARL', 'SARL'],
    ['Szabó Péter e.U.', 'e.U.'],
    ['Strojírna Vzor a.s.', 'a.s.'],
    ['Vzor technik s.r.o.', 's.r.o.'],
    ['Minta Kft.', 'Kft.'],
    ['Domino Projekt z.s.', 'z.s.'],
    ['Wzór sp. z o.o.', 'sp. z o.o.'],
    ['Esimerkki Oy Ab', 'Oy Ab'],
    ['Exemplo Comércio Ltda.', 'Ltda.'],
    ['Ejemplo S.A. de C.V.', 'S.A. de C.V.'],
    ['Esimerkkiseura Tampere ry', 'ry'],
    ['Dæmi ráðgjöf ehf.', 'ehf.'],
    ['Dæmi ráðgjöf ehf', 'ehf'],
    ['Dæmi banki hf.', 'hf.'],
    ['Delta Metal EPE', 'EPE'],
    ['Παράδειγμα Ο.Ε.', 'Ο.Ε.'],
    ['Exemplo Comércio Lda', 'Lda'],
    ['Primer Storitve d.o.o.', 'd.o.o.'],
    ['株式会社Sample', '株式会社'],
    ['サンプル工業株式会社', '株式会社'],
    ['㈱サンプル', '㈱'],
    ['样本科技股份有限公司', '股份有限公司'],
    ['주식회사 샘플', '주식회사'],
  ])('%s', (name, form) => expect(legalFormOf(name)).toBe(form));

  it('does not read ordinary words as forms', () => {
    expect(legalFormOf('Kanzlei Eva Roth')).toBeUndefined();
    expect(legalFormOf('so was as')).toBeUndefined();
    expect(legalFormOf('Keep it dry')).toBeUndefined();
    expect(legalFormOf('Reisebüro Prag')).toBeUndefined();
    // A heading about companies is no company: the form must stand beside a name.
    expect(legalFormOf('株式会社')).toBeUndefined();
    expect(legalFormOf('会社概要')).toBeUndefined();
  });
});

describe('splitLegalForm', () => {
  it('splits the form off, in its usual spelling', () => {
    expect(splitLegalForm('Acme Maschinenbau GmbH & Co. KG')).toEqual({ name: 'Acme Maschinenbau', legalForm: 'GmbH & Co. KG' });
    expect(splitLegalForm('Acme, Inc.')).toEqual({ name: 'Acme', legalForm: 'Inc.' });
    expect(splitLegalForm('acme gmbh')).toEqual({ name: 'acme', legalForm: 'GmbH' });
    expect(splitLegalForm('Vzor technik s.r.o.')).toEqual({ name: 'Vzor technik', legalForm: 's.r.o.' });
    expect(splitLegalForm('Muster Holding GmbH,')).toEqual({ name: 'Muster Holding', legalForm: 'GmbH' });
  });

  it('leaves names without a separate form whole', () => {
    expect(splitLegalForm('Reisebüro Prag')).toEqual({ name: 'Reisebüro Prag' });
    expect(splitLegalForm('GmbH')).toEqual({ name: 'GmbH' });
    expect(splitLegalForm('Alm-Bräu HandelsgesmbH')).toEqual({ name: 'Alm-Bräu HandelsgesmbH' });
  });

  it('knows every form the engine knows (one list)', () => {
    for (const [name, form] of [['Muster VVaG', 'VVaG'], ['Muster Oyj', 'Oyj'], ['Muster Private Limited', 'Private Limited']]) {
      expect(splitLegalForm(name!).legalForm).toBe(form);
      expect(legalFormOf(name!)).toBe(form);
    }
  });
});
