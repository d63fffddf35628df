import { describe, expect, it } from 'vitest';
import { splitPersonName } from '../../../src/core/names/person-name';

describe('splitPersonName', () => {
  it('keeps titles and salutations out of the given names and particles with the surname', () => {
    expect(splitPersonName('Dr. Anna Maria Berger')).toEqual({ salutation: 'Dr.', firstName: 'Anna Maria', lastName: 'Berger' });
    expect(splitPersonName('Herr Prof. Dr. Max von der Heide')).toEqual({ salutation: 'Herr Prof. Dr.', firstName: 'Max', lastName: 'von der Heide' });
    expect(splitPersonName('Ludwig van Beethoven')).toEqual({ salutation: '', firstName: 'Ludwig', lastName: 'van Beethoven' });
    expect(splitPersonName('DI Karl Brandt')).toEqual({ salutation: 'DI', firstName: 'Karl', lastName: 'Brandt' });
    expect(splitPersonName('Di Stefano Marco')?.firstName).toBe('Di Stefano');
  });

  it('reads surname-first and post-nominal forms', () => {
    expect(splitPersonName('Mustermann, Max')).toEqual({ salutation: '', firstName: 'Max', lastName: 'Mustermann' });
    expect(splitPersonName('van Dijk, Jan')).toEqual({ salutation: '', firstName: 'Jan', lastName: 'van Dijk' });
    expect(splitPersonName('Erika Musterfrau, MBA')).toEqual({ salutation: '', firstName: 'Erika', lastName: 'Musterfrau' });
    expect(splitPersonName('Krüger')).toEqual({ salutation: '', firstName: '', lastName: 'Krüger' });
  });

  it('refuses what is not a name', () => {
    expect(splitPersonName('Musterstraße 12')).toBeNull();
    expect(splitPersonName('info@example.de')).toBeNull();
    expect(splitPersonName('A, B, C')).toBeNull();
    expect(splitPersonName('Eins Zwei Drei Vier Fünf Sechs Sieben')).toBeNull();
  });
});
