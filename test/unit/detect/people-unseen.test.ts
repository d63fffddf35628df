import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { run } from '../../support/detect';

const people = (body: string, lang = 'en') =>
  run(peopleDetector, body, { lang }).record.people.map((c) => c.value);
const names = (body: string, lang = 'en') => people(body, lang).map((p) => p.name);

describe('people on unseen layouts', () => {
  it('splits a role written before the name off the name', () => {
    expect(people('<h2>Fjordposten</h2><p>Redaktør Odd Haugland</p><p>e-post: red@fjordposten.example</p>', 'no'))
      .toEqual([{ name: 'Odd Haugland', role: 'Redaktør' }]);
    expect(people('<p>Daglig leder Kari Nordmann</p><p>Telefon: 22 33 44 55</p>', 'no')).toEqual([{ name: 'Kari Nordmann', role: 'Daglig leder' }]);
    expect(people('<p>Directeur Jan de Vries</p><p>Telefoon: 020 123 4567</p>', 'nl')).toEqual([{ name: 'Jan de Vries', role: 'Directeur' }]);
  });

  it('reads the members listed under a group heading, each keeping a role of their own', () => {
    const board = '<h2>Øvrige styremedlemmer i Lagets AS</h2><ul><li>Nestleder: Åse Brekke</li><li>Per Olav Dahl</li><li>Mona Rud</li>'
      + '<li>Møtende varamedlem: Tor Lie</li></ul><h2>Om oss</h2><p>Vi gir ut bøker.</p>';
    expect(names(board, 'no').sort()).toEqual(['Mona Rud', 'Per Olav Dahl', 'Tor Lie', 'Åse Brekke']);
    const remarks = '<h2>Styremedlemmer 2030</h2><ul><li>Eva Berg (styreleder, blokk B)</li><li>Lise Holm (blokk A)</li></ul>'
      + '<h3>Varamedlemmer</h3><ul><li>Jon Aas (blokk C)</li></ul><h2>Adresse</h2><p>Storgata 1</p>';
    expect(names(remarks, 'no').sort()).toEqual(['Eva Berg', 'Jon Aas', 'Lise Holm']);
    const many = '<h3>Board members</h3><p>Anna Clark</p><p>Ben Hart</p><p>Cora Price</p><p>Dan Moss</p><p>Eve Nash</p><p>Finn Ortiz</p><h3>Legal Notes</h3>';
    expect(names(many)).toHaveLength(6);
    expect(people('<h3>Lid</h3><ul><li>Sanne Bakker</li></ul>', 'nl')).toEqual([{ name: 'Sanne Bakker', role: 'Lid' }]);
    expect(names('<h2>Bestuursleden</h2><ul><li>Pieter Smits</li><li>Els de Wit</li></ul>', 'nl')).toEqual(['Pieter Smits', 'Els de Wit']);
  });

  it('reads a labelled contact person followed by her e-mail', () => {
    expect(names('<h2>Contact persons</h2><p>Orders and subscriptions: Kari Lund</p><p>e-mail: kari@lund.example</p>')).toEqual(['Kari Lund']);
  });

  it('takes a bio heading only where the bio or the page states the role', () => {
    const bios = '<h1>About Us</h1><h4>Mark Fenn</h4><p>Mark Fenn is a co-founder of Taxly. He has taught for 20 years.</p>'
      + '<h4>Rita Cole</h4><p>Rita Cole joined the Taxly team in 2012. Rita was a district manager at a bank.</p>';
    expect(people(bios)).toEqual([{ name: 'Mark Fenn', role: 'co-founder' }]);
    const team = '<h1>Meet the team</h1><h2>Nora Pike</h2><p>Nora has worked with families for ten years.</p>';
    expect(names(team)).toEqual(['Nora Pike']);
  });

  it('does not read a list of product or site links as people', () => {
    const related = '<h3>Related Sites</h3><ul><a href="https://a.example">Granite Dust Mills</a><br><a href="https://b.example">Carbon Grey Pellets</a></ul>'
      + '<div>Acme Minerals • info@acme.example</div>';
    expect(names(related)).toEqual([]);
  });
});
