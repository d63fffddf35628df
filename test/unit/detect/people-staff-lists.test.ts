import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { readListItem } from '../../../src/core/detect/detectors/people/list-items';
import { parseName } from '../../../src/core/detect/detectors/people/person-names';
import { run } from '../../support/detect';

// Invented practices and people: staff lists of clinics and small firms as Nordic, Dutch and Czech pages set them.
const people = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value);
const names = (body: string, lang = 'en') => people(body, lang).map((p) => p.name).sort();

describe('initials for the given names', () => {
  it('reads initials in front of one family name as a name, with or without a particle', () => {
    expect(parseName('K.L. Brouwer')?.name).toBe('K.L. Brouwer');
    expect(parseName('T.J.M. van Leeuwen')?.name).toBe('T.J.M. van Leeuwen');
    expect(parseName('Dr. H. Vos')?.name).toBe('Dr. H. Vos');
  });

  it('reads no postal box, bare initials or a particle alone as a name', () => {
    for (const t of ['P.O. Box', 'K.L.', 'K.L. van', 'H. Vos GmbH']) expect(parseName(t), t).toBeNull();
  });

  it('reads "initials surname | role" lines of a practice team', () => {
    const body = '<h2>Medewerkers</h2><div class="row"><div class="col"><h6>K.L. Brouwer | huisarts</h6></div><div class="col"><h6>T.J. Smit | huisarts</h6></div></div>';
    expect(names(body, 'nl')).toEqual(['K.L. Brouwer', 'T.J. Smit']);
  });
});

describe('a degree after the name in a list item', () => {
  it('keeps the degree with the name and takes the part after it as the role', () => {
    expect(readListItem('Dvořáková Eva, DiS – dětská sestra – Opava')).toEqual({ name: 'Dvořáková Eva', role: 'dětská sestra' });
    expect(readListItem('Tomas Berg, MBA – Daglig leder')).toEqual({ name: 'Tomas Berg', role: 'Daglig leder' });
    // A plain comma still separates name and role.
    expect(readListItem('Jan Malý, jednatel')).toEqual({ name: 'Jan Malý', role: 'jednatel' });
  });
});

describe('name and role glued in one line', () => {
  it('reads a card line where the role follows the name with nothing between them', () => {
    const cell = (text: string) => `<div class="col"><img src="x.jpg"><h6>${text}</h6></div>`;
    const body = `<h2>Medewerkers</h2><div class="row">${cell('Ingrid van den Heuvel Van der Pol doktersassistente')}${cell('Sanne Kok <br> praktijkmanager')}${cell('Joost Meijer <br> huisarts')}</div>`;
    expect(names(body, 'nl')).toEqual(['Ingrid van den Heuvel Van der Pol', 'Joost Meijer', 'Sanne Kok']);
  });

  it('reads no glued line whose first word is no known given name', () => {
    const cell = (text: string) => `<div class="col"><h6>${text}</h6><p>Open ma–vr</p></div>`;
    const body = `<div class="row">${cell('Kantoor Zuid Praktijkmanager')}${cell('Locatie Noord Praktijkmanager')}</div>`;
    expect(names(body, 'nl')).toEqual([]);
  });
});

describe('staff lists in clinics', () => {
  it('reads "Name – role" items under a staff heading of another language, roles in no office word list', () => {
    const body = '<h2>Ansatte</h2><ul><li>Camilla Aas – Spesialist i allmennmedisin</li><li>Chun-Li Wang – Spesialist i allmennmedisin</li><li>Oddvar Rise – Turnuslege</li></ul>';
    expect(names(body, 'nb')).toEqual(['Camilla Aas', 'Chun-Li Wang', 'Oddvar Rise']);
  });

  it('reads the same items under a heading that says nothing of staff only with role words', () => {
    const body = '<h2>Åpningstider</h2><ul><li>Mandag – Fredag</li><li>Lørdag – Stengt</li></ul>';
    expect(names(body, 'nb')).toEqual([]);
  });

  it('reads a lone doctor card and a nurses list written family name first', () => {
    const body =
      '<div class="panel"><h3>MUDr. Horák Pavel</h3><p>Praktický lékař pro dospělé</p></div>' +
      '<div class="panel"><h3>Zdravotní sestry</h3><ul><li>Malá Jana – všeobecná sestra – Ostrava</li><li>Bílá Petra, DiS – všeobecná sestra – Karviná</li></ul></div>';
    expect(people(body, 'cs')).toEqual(
      expect.arrayContaining([
        { name: 'Horák Pavel', role: 'Praktický lékař pro dospělé' },
        { name: 'Malá Jana', role: expect.stringContaining('všeobecná sestra') },
        { name: 'Bílá Petra', role: expect.stringContaining('všeobecná sestra') },
      ]),
    );
    expect(names(body, 'cs')).toHaveLength(3);
  });

  it('reads name headings with a Polish title in lower case, each above its bio', () => {
    expect(parseName('mgr Ewa Lis')?.name).toBe('Ewa Lis');
    expect(parseName('lek. Adam Wrona')?.name).toBe('Adam Wrona');
    const bio = (n: string) => `<div class="member-row"><div class="left"><h2>${n}</h2><p>Absolwentka Akademii Wychowania Fizycznego. W swojej pracy zajmuję się terapią manualną i rehabilitacją po urazach sportowych.</p></div></div>`;
    expect(names(`<h1>Nasz zespół</h1>${bio('mgr Ewa Lis')}${bio('mgr Adam Wrona')}`, 'pl')).toEqual(['Adam Wrona', 'Ewa Lis']);
  });
});
