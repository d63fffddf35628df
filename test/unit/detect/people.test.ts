import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { parseName, readNameList } from '../../../src/core/detect/detectors/people/person-names';
import type { AnyCandidate } from '../../../src/core/detect/types';
import { detectBody, run } from '../../support/detect';

const personNames = (record: ReturnType<typeof detectBody>) => record.people.map((p) => p.value.name);
const layoutPeople = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value);
const layoutNames = (body: string, lang = 'en') => layoutPeople(body, lang).map((p) => p.name);

const names = (body: string, opts: Parameters<typeof run>[2] = {}) =>
  run(peopleDetector, body, opts).record.people.map((c) => c.value.name);

describe('person names', () => {
  it('reads names with titles, particles, hyphens and initials', () => {
    expect(parseName('Dr. med. Jana Lindqvist')?.name).toBe('Dr. med. Jana Lindqvist');
    expect(parseName('Wilhelm aus der Au')?.name).toBe('Wilhelm aus der Au');
    expect(parseName('Hans-Peter Kowalczyk')?.name).toBe('Hans-Peter Kowalczyk');
    expect(parseName('Mw.Prof.dr. Anne-Sophie Peeters')?.name).toBe('Anne-Sophie Peeters');
    expect(parseName('Dipl.-Päd. Werner Falk')?.name).toBe('Werner Falk');
    expect(parseName('Werner Falk Dipl.-Päd.')?.name).toBe('Werner Falk');
    expect(parseName('Weiming LI')?.name).toBe('Weiming LI');
  });

  it('rejects what only looks like a name', () => {
    for (const s of ['Vorname Nachname', '[Name]', 'Max Mustermann', 'Aquarienfreunde Musterstadt e.V.', 'Musterstraße 12', 'Get in touch', 'Facebook Twitter Youtube', 'WESEO Internetagentur', 'Muster GmbH']) {
      expect(parseName(s), s).toBeNull();
    }
  });

  it('splits lists of names', () => {
    expect(readNameList('Dr. Anna Berg und Carl Dorn, Eva Frei')).toEqual(['Dr. Anna Berg', 'Carl Dorn', 'Eva Frei']);
    expect(readNameList('Max Muster Registergericht: Amtsgericht Ulm')).toEqual([]);
  });
});

describe('peopleDetector', () => {
  it('reads "Role: Name, Name" lines in several languages', () => {
    expect(names('<p>Geschäftsführer: Hans-Peter Kowalczyk, Markus Huber-Lindner</p>')).toEqual(['Hans-Peter Kowalczyk', 'Markus Huber-Lindner']);
    expect(names('<p>Vertreten durch: (B.Eng) Leonard Bucher</p>')).toEqual(['Leonard Bucher']);
    expect(names('<p>Vertreten durch den Vorstand Karl Heinz Bauer und Jutta Rose</p>')).toEqual(['Karl Heinz Bauer', 'Jutta Rose']);
    expect(names('<p>Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV: Tobias Lang, Hauptstraße 3, 12345 Berlin</p>')).toEqual(['Tobias Lang']);
    expect(names('<p>Directeur de la publication : Weiming LI</p>', { lang: 'fr' })).toEqual(['Weiming LI']);
    expect(names('<p>Gérant : Jean-Pierre Martin</p>', { lang: 'fr' })).toEqual(['Jean-Pierre Martin']);
    expect(names('<p>Zaakvoerder: Jan Janssens</p>', { lang: 'nl' })).toEqual(['Jan Janssens']);
    expect(names('<p>Direktør: Lars Hansen</p>', { lang: 'da' })).toEqual(['Lars Hansen']);
    expect(names('<p>Managing Director: Sarah O\'Neill</p>', { lang: 'en' })).toEqual(["Sarah O'Neill"]);
  });

  it('reads a role line followed by names, and team cards', () => {
    expect(names('<p>Geschäftsführung:</p><p>Christian Ammann</p>')).toEqual(['Christian Ammann']);
    expect(names('<p>1. Vorsitzender</p><p>Wilhelm aus der Au</p><p>0208 / 432880</p>')).toEqual(['Wilhelm aus der Au']);
    expect(names('<h2>Jens hansen</h2><p>Brygmester</p><p>Telefon: +45 40431712</p>', { lang: 'da' })).toEqual(['Jens hansen']);
    const cards = '<div>Bradley Hartmann</div><h3>Attorney</h3><div>Ben Shapiro</div><h3>Attorney</h3>';
    expect(names(cards, { lang: 'en' }).sort()).toEqual(['Ben Shapiro', 'Bradley Hartmann']);
  });

  it('reads "Name – Role", name fields and owners behind a profession', () => {
    expect(names('<div>Jean Martin Dubois – Avocat fiscaliste</div>', { lang: 'fr' })).toEqual(['Jean Martin Dubois']);
    expect(names('<h3>Aanspreekpersoon Integriteit</h3><p>Naam Els Peeters</p>', { lang: 'nl' })).toEqual(['Els Peeters']);
    expect(names('<p>Architekt DI Karl Brandt</p>')).toEqual(['DI Karl Brandt']);
    expect(names('<p>Kanzlei Eva Roth</p>')).toEqual(['Eva Roth']);
    expect(names('<div>Odvetnica Mira Kranjc</div>', { lang: 'sl' })).toEqual(['Mira Kranjc']);
    expect(names('<div>Adwokat Jan Nowicki</div>', { lang: 'pl' })).toEqual(['Jan Nowicki']);
  });

  it('reads "Role – Name [remark]" lines of a club\'s officers only where a known first name vouches for the name', () => {
    const officers = '<ul><li>Secretary of the Sailing Club - Fiona Ashworth [Enquiries]</li><li>Treasurer – Duncan Pryce</li><li>Editor - Flying Penguin</li></ul>';
    expect(names(officers).sort()).toEqual(['Duncan Pryce', 'Fiona Ashworth']);
  });

  it('reads every "Label: Name" line of a board list once its siblings name members by role words', () => {
    const board = '<h3>Bestuur</h3><ul><li>Erevoorzitter: Jozef Aerts</li><li>Afgevaardigde gemeente: Katrien Smets (schepen)</li><li>Voorzitter: Jan Peeters</li><li>Penningmeester: Lode Wouters</li></ul>';
    expect(names(board, { lang: 'nl' }).sort()).toEqual(['Jan Peeters', 'Jozef Aerts', 'Katrien Smets', 'Lode Wouters']);
    // One role line is not yet a list of members: the other labels stay labels.
    const contact = '<ul><li>Voorzitter: Jan Peeters</li><li>Rekeningnummer: Lode Wouters</li></ul>';
    expect(names(contact, { lang: 'nl' })).toEqual(['Jan Peeters']);
  });

  it('reads the person of the § 5 provider block, skipping the organisation', () => {
    expect(names('<h2>Angaben gemäß § 5 TMG</h2><p>Aquarienfreunde Musterstadt e.V.</p><p>Karina Steinbach</p><p>Ringstraße 27b</p>')).toEqual(['Karina Steinbach']);
    expect(names('<h2>Angaben gemäß § 5 TMG</h2><p>Muster Bau GmbH</p><p>Hauptstraße 1</p><p>Erika Roth</p>')).toEqual([]);
  });

  it('reads signatures, self-introductions and contact cards', () => {
    expect(names('<h2>Founder\'s Message</h2><p>Regards,</p><p>Ramesh Kumar Gupta</p>', { lang: 'en' })).toEqual(['Ramesh Kumar Gupta']);
    expect(names('<p>Mein Name ist Anna Weber, seit 1996 bin ich Logopädin.</p>')).toEqual(['Anna Weber']);
    expect(names('<ul><li>Sarah Miller Reg.Mem.BACP</li><li>Telephone Number: 07985 666105</li></ul>', { lang: 'en' })).toEqual(['Sarah Miller']);
  });

  it('leaves out placeholders, web designers, photographers and supervisory bodies', () => {
    expect(names('<p>Geschäftsführer: [Vorname Nachname des Geschäftsführers]</p>')).toEqual([]);
    expect(names('<p>Redaktionell verantwortlich: [Vorname Nachname]</p>')).toEqual([]);
    expect(names('<p>Webdesign: Michael Roß, Blücherstrasse 17a</p>')).toEqual([]);
    expect(names('<p>Bildnachweis:</p><p>Fotos: Stefan Maurer</p>')).toEqual([]);
    expect(names('<h2>Zuständige Kammer</h2><p>Rechtsanwaltskammer Köln</p><p>Präsident: Hans Richter</p>')).toEqual([]);
    expect(names('<h2>Hosting</h2><p>Geschäftsführer: Anna Host</p>')).toEqual([]);
  });

  it('does not take the company or its street for a person', () => {
    const found: AnyCandidate[] = [
      { field: 'company', value: { name: 'Tecnoform Vienna' }, confidence: 0.8, source: { method: 'free-text', snippet: '' } },
    ];
    expect(names('<p>Angaben gemäß § 5 ECG</p><h2>Tecnoform Vienna</h2><div>Gerhard Pichler</div>', { found })).toEqual(['Gerhard Pichler']);
  });

  it('ends a name at a sole-trader suffix or a contact label', () => {
    expect(names('<p>Inhaber: Max Berger e.K.</p>')).toEqual(['Max Berger']);
    expect(names('<p>Ansprechpartnerin: Erika Roth Telefon 0221 123456</p>')).toEqual(['Erika Roth']);
  });

  it('does not read offices or people of other organisations as the organisation\'s people', () => {
    expect(names('<p>Der Präsident des Landgerichts Landshut</p>')).toEqual([]);
    expect(names('<blockquote><p>Jane Roe, CEO of Acme Inc.</p></blockquote>', { lang: 'en' })).toEqual([]);
    expect(names('<div>Tom Blake</div><div>Geschäftsführer, Kunde AG</div>')).toEqual([]);
  });

  it('reads staff roles on team cards', () => {
    expect(names('<h3>Julia Stein</h3><p>Chief Financial Officer</p><h3>Omar Haddad</h3><p>Senior Consultant</p>', { lang: 'en' })).toEqual(['Julia Stein', 'Omar Haddad']);
  });

  it('reads a name and its role set apart only by markup', () => {
    expect(names('<p><strong>Tobias Lang</strong> Geschäftsführer</p>')).toEqual(['Tobias Lang']);
  });

  it('does not pair menu entries', () => {
    expect(names('<nav><ul><li>Vorstand</li><li>Aktuelle Termine</li><li>Jugend Abteilung</li></ul></nav>')).toEqual([]);
  });

  it('keeps the people of a later block when a third-party label came before it', () => {
    const body = '<p>Zuständige Kammer:</p><p>Ärztekammer Nordrhein</p><p>Verantwortlich für den Inhalt:</p><p>Dr. Lena Vogt</p>';
    expect(names(body)).toEqual(['Dr. Lena Vogt']);
    expect(names('<p>Realisation: Tim Kaiser</p>')).toEqual([]);
    expect(names('<p>Prof. Dr.-Ing. Karl Weber, Geschäftsführer</p>')).toEqual(['Prof. Karl Weber']);
  });

  it('reads several names on the line under a role, but not an affiliation under a name', () => {
    expect(names('<p><strong>Vertreten durch die Geschäftsführer:</strong><br>Dipl.-Ing. Jonas Weidemann-Roth, Carla Iversen</p>'))
      .toEqual(['Jonas Weidemann-Roth', 'Carla Iversen']);
    expect(names('<p><strong>Vorstand</strong><br>Dr. Lena Hartwig<br>Faculteit Techniek, Hogeschool Noordveen</p>')).toEqual(['Dr. Lena Hartwig']);
  });
});

describe('role words', () => {
  it('reads "Geschaeftsfuehrer" under a "Vertreten durch" heading without taking the heading for a person', () => {
    const record = detectBody('<h3>Vertreten durch</h3>Geschaeftsfuehrer Dr. Max Lindner<h3>Kontakt</h3>', 'https://beispiel.de/impressum');
    expect(personNames(record)).toEqual(['Dr. Max Lindner']);
  });

  it('reads Italian "Soci amministratori" with names split by an em dash', () => {
    const record = detectBody(
      '<table><tr><th>Denominazione</th><td>ESEMPIO S.n.c. di Mario Rossi &amp; C.</td></tr><tr><th>Sede legale</th><td>Via Roma 1, 12100 Cuneo (CN)</td></tr>' +
        '<tr><th>Numero REA</th><td>CN – 123456</td></tr><tr><th>Soci amministratori</th><td>Mario Rossi — Anna Bianchi</td></tr></table><p>© 2026 ESEMPIO S.n.c.</p>',
      'https://www.esempio.it/note-legali',
      'it',
      'Note legali',
    );
    expect(personNames(record)).toEqual(['Mario Rossi', 'Anna Bianchi']);
    expect(record.company?.value.name).toBe('ESEMPIO S.n.c. di Mario Rossi & C.');
    expect(record.register?.value.number).toBe('CN 123456');
  });

  it('reads a team card with degrees after a comma and the role in the next heading', () => {
    const record = detectBody(
      '<h1>Our Team</h1><h3>Jane Example, CPA</h3><h4>Managing Director</h4><p>Email: jane@example.com</p>',
      'https://www.example.com/contact',
      'en',
      'Contact',
    );
    expect(personNames(record)).toEqual(['Jane Example']);
    expect(parseName('Jane Roe, MBA, PhD')?.name).toBe('Jane Roe');
  });
});

describe('people on unseen layouts', () => {
  it('splits a role written before the name off the name', () => {
    expect(layoutPeople('<h2>Fjordposten</h2><p>Redaktør Odd Haugland</p><p>e-post: red@fjordposten.example</p>', 'no'))
      .toEqual([{ name: 'Odd Haugland', role: 'Redaktør' }]);
    expect(layoutPeople('<p>Daglig leder Kari Nordmann</p><p>Telefon: 22 33 44 55</p>', 'no')).toEqual([{ name: 'Kari Nordmann', role: 'Daglig leder' }]);
    expect(layoutPeople('<p>Directeur Jan de Vries</p><p>Telefoon: 020 123 4567</p>', 'nl')).toEqual([{ name: 'Jan de Vries', role: 'Directeur' }]);
  });

  it('reads the members listed under a group heading, each keeping a role of their own', () => {
    const board = '<h2>Øvrige styremedlemmer i Lagets AS</h2><ul><li>Nestleder: Åse Brekke</li><li>Per Olav Dahl</li><li>Mona Rud</li>'
      + '<li>Møtende varamedlem: Tor Lie</li></ul><h2>Om oss</h2><p>Vi gir ut bøker.</p>';
    expect(layoutNames(board, 'no').sort()).toEqual(['Mona Rud', 'Per Olav Dahl', 'Tor Lie', 'Åse Brekke']);
    const remarks = '<h2>Styremedlemmer 2030</h2><ul><li>Eva Berg (styreleder, blokk B)</li><li>Lise Holm (blokk A)</li></ul>'
      + '<h3>Varamedlemmer</h3><ul><li>Jon Aas (blokk C)</li></ul><h2>Adresse</h2><p>Storgata 1</p>';
    expect(layoutNames(remarks, 'no').sort()).toEqual(['Eva Berg', 'Jon Aas', 'Lise Holm']);
    const many = '<h3>Board members</h3><p>Anna Clark</p><p>Ben Hart</p><p>Cora Price</p><p>Dan Moss</p><p>Eve Nash</p><p>Finn Ortiz</p><h3>Legal Notes</h3>';
    expect(layoutNames(many)).toHaveLength(6);
    expect(layoutPeople('<h3>Lid</h3><ul><li>Sanne Bakker</li></ul>', 'nl')).toEqual([{ name: 'Sanne Bakker', role: 'Lid' }]);
    expect(layoutNames('<h2>Bestuursleden</h2><ul><li>Pieter Smits</li><li>Els de Wit</li></ul>', 'nl')).toEqual(['Pieter Smits', 'Els de Wit']);
  });

  it('reads a labelled contact person followed by her e-mail', () => {
    expect(layoutNames('<h2>Contact persons</h2><p>Orders and subscriptions: Kari Lund</p><p>e-mail: kari@lund.example</p>')).toEqual(['Kari Lund']);
  });

  it('takes a bio heading only where the bio or the page states the role', () => {
    const bios = '<h1>About Us</h1><h4>Mark Fenn</h4><p>Mark Fenn is a co-founder of Taxly. He has taught for 20 years.</p>'
      + '<h4>Rita Cole</h4><p>Rita Cole joined the Taxly team in 2012. Rita was a district manager at a bank.</p>';
    expect(layoutPeople(bios)).toEqual([{ name: 'Mark Fenn', role: 'co-founder' }]);
    const team = '<h1>Meet the team</h1><h2>Nora Pike</h2><p>Nora has worked with families for ten years.</p>';
    expect(layoutNames(team)).toEqual(['Nora Pike']);
  });

  it('does not read a list of product or site links as people', () => {
    const related = '<h3>Related Sites</h3><ul><a href="https://a.example">Granite Dust Mills</a><br><a href="https://b.example">Carbon Grey Pellets</a></ul>'
      + '<div>Acme Minerals • info@acme.example</div>';
    expect(layoutNames(related)).toEqual([]);
  });
});
