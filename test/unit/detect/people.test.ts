import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { parseName, readNameList } from '../../../src/core/detect/detectors/person-names';
import type { AnyCandidate } from '../../../src/core/detect/types';
import { run } from './helpers';

const names = (body: string, opts: Parameters<typeof run>[2] = {}) =>
  run(peopleDetector, body, opts).record.people.map((c) => c.value.name);

describe('person names', () => {
  it('reads names with titles, particles, hyphens and initials', () => {
    expect(parseName('Dr. med. Petra Paling')?.name).toBe('Dr. med. Petra Paling');
    expect(parseName('Wilfried aus der Beek')?.name).toBe('Wilfried aus der Beek');
    expect(parseName('Hans-Stefan Kalinowski')?.name).toBe('Hans-Stefan Kalinowski');
    expect(parseName('Mw.Prof.dr. Marie-Francine Moens')?.name).toBe('Marie-Francine Moens');
    expect(parseName('Dipl.-Päd. Werner Bux')?.name).toBe('Werner Bux');
    expect(parseName('Werner Bux Dipl.-Päd.')?.name).toBe('Werner Bux');
    expect(parseName('Lifeng HU')?.name).toBe('Lifeng HU');
  });

  it('rejects what only looks like a name', () => {
    for (const s of ['Vorname Nachname', '[Name]', 'Max Mustermann', 'Aquarienverein Exotica e.V.', 'Musterstraße 12', 'Get in touch', 'Facebook Twitter Youtube', 'WESEO Internetagentur', 'Muster GmbH']) {
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
    expect(names('<p>Geschäftsführer: Hans-Stefan Kalinowski, Markus Müller-Drexel</p>')).toEqual(['Hans-Stefan Kalinowski', 'Markus Müller-Drexel']);
    expect(names('<p>Vertreten durch: (B.Eng) Leonit Bungu</p>')).toEqual(['Leonit Bungu']);
    expect(names('<p>Vertreten durch den Vorstand Karl Heinz Bauer und Jutta Rose</p>')).toEqual(['Karl Heinz Bauer', 'Jutta Rose']);
    expect(names('<p>Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV: Tobias Lang, Hauptstraße 3, 12345 Berlin</p>')).toEqual(['Tobias Lang']);
    expect(names('<p>Directeur de la publication : Lifeng HU</p>', { lang: 'fr' })).toEqual(['Lifeng HU']);
    expect(names('<p>Gérant : Jean-Pierre Martin</p>', { lang: 'fr' })).toEqual(['Jean-Pierre Martin']);
    expect(names('<p>Zaakvoerder: Jan Janssens</p>', { lang: 'nl' })).toEqual(['Jan Janssens']);
    expect(names('<p>Direktør: Lars Hansen</p>', { lang: 'da' })).toEqual(['Lars Hansen']);
    expect(names('<p>Managing Director: Sarah O\'Neill</p>', { lang: 'en' })).toEqual(["Sarah O'Neill"]);
  });

  it('reads a role line followed by names, and team cards', () => {
    expect(names('<p>Geschäftsführung:</p><p>Christian Amstalden</p>')).toEqual(['Christian Amstalden']);
    expect(names('<p>1. Vorsitzender</p><p>Wilfried aus der Beek</p><p>0208 / 432880</p>')).toEqual(['Wilfried aus der Beek']);
    expect(names('<h2>Lars nielsen</h2><p>Brygmester</p><p>Telefon: +45 40431712</p>', { lang: 'da' })).toEqual(['Lars nielsen']);
    const cards = '<div>Bradley Egenberg</div><h3>Attorney</h3><div>Ben Berman</div><h3>Attorney</h3>';
    expect(names(cards, { lang: 'en' }).sort()).toEqual(['Ben Berman', 'Bradley Egenberg']);
  });

  it('reads "Name – Role", name fields and owners behind a profession', () => {
    expect(names('<div>Léo Turpin Bonnet – Avocat fiscaliste</div>', { lang: 'fr' })).toEqual(['Léo Turpin Bonnet']);
    expect(names('<h3>Aanspreekpersoon Integriteit</h3><p>Naam Steffi Distelmans</p>', { lang: 'nl' })).toEqual(['Steffi Distelmans']);
    expect(names('<p>Architekt DI Robert Kraska</p>')).toEqual(['DI Robert Kraska']);
    expect(names('<p>Kanzlei Christina Winter</p>')).toEqual(['Christina Winter']);
  });

  it('reads the person of the § 5 provider block, skipping the organisation', () => {
    expect(names('<h2>Angaben gemäß § 5 TMG</h2><p>Aquarienverein Exotica e.V.</p><p>Karina Rietscher</p><p>Hauptstraße 81b</p>')).toEqual(['Karina Rietscher']);
    expect(names('<h2>Angaben gemäß § 5 TMG</h2><p>Muster Bau GmbH</p><p>Hauptstraße 1</p><p>Erika Roth</p>')).toEqual([]);
  });

  it('reads signatures, self-introductions and contact cards', () => {
    expect(names('<h2>Founder\'s Message</h2><p>Regards,</p><p>Parmeshwar Das Agarwal</p>', { lang: 'en' })).toEqual(['Parmeshwar Das Agarwal']);
    expect(names('<p>Mein Name ist Yvonne Witt, seit 1996 bin ich Logopädin.</p>')).toEqual(['Yvonne Witt']);
    expect(names('<ul><li>Sarah Baker Reg.Mem.BACP</li><li>Telephone Number: 07985 666105</li></ul>', { lang: 'en' })).toEqual(['Sarah Baker']);
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
      { field: 'company', value: { name: 'Technogrips Vienna' }, confidence: 0.8, source: { method: 'free-text', snippet: '' } },
    ];
    expect(names('<p>Angaben gemäß § 5 ECG</p><h2>Technogrips Vienna</h2><div>Gerhard Deimel</div>', { found })).toEqual(['Gerhard Deimel']);
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
