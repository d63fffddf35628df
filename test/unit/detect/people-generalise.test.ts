import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { hasKnownGivenName, parseName } from '../../../src/core/detect/detectors/people/person-names';
import { isFirstName } from '../../../src/core/names/first-names';
import { detectBody, run } from '../../support/detect';

// Invented organisations and people: layouts seen on team, board and about pages of many countries.
const people = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value);
const names = (body: string, lang = 'en') => people(body, lang).map((p) => p.name).sort();

describe('names with letters after them', () => {
  it('drops honours and memberships after a comma and "Esq." after the name', () => {
    expect(parseName('Adaeze Okafor, SAN, FCIArb')?.name).toBe('Adaeze Okafor');
    expect(parseName('Tunde Bello, FCIArb (UK), ACIS')?.name).toBe('Tunde Bello');
    expect(parseName('Ngozi Eze Esq.')?.name).toBe('Ngozi Eze');
    expect(parseName('Kemi Ade, Esq., CH.Mc')?.name).toBe('Kemi Ade');
  });

  it('ends the name at degrees written without a comma before them, and drops a short remark in brackets', () => {
    expect(parseName('Bola Ade LL.B., B.L')?.name).toBe('Bola Ade');
    expect(parseName('Prof. Kunle Ojo (SAN) PhD.')?.name).toBe('Prof. Kunle Ojo');
    expect(parseName('Ifeoma Nnaji (MRS) LL.B., B.L.')?.name).toBe('Ifeoma Nnaji');
    expect(parseName('Ada C. R. Eze Esq, LL.B., B.L, ACARB')?.name).toBe('Ada C. R. Eze');
    expect(parseName('Prof. Tolu Bello B.A., M.PHIL., PhD., LL.B., LL.M, B.L.')?.name).toBe('Prof. Tolu Bello');
  });

  it('reads "Mª" as an abbreviated given name and never a heading that opens with an article', () => {
    expect(parseName('Mª Luisa Romero')?.name).toBe('Mª Luisa Romero');
    expect(parseName('Ana Mª Ortega')?.name).toBe('Ana Mª Ortega');
    expect(parseName('La Junta Directiva')).toBeNull();
    expect(parseName('El Equipo Humano')).toBeNull();
  });

  it('does not read a legal form after the comma as letters', () => {
    expect(parseName('Max Muster, GmbH')).toBeNull();
  });

  it('reads a law firm grid whose names carry post-nominals, practice areas beside them', () => {
    const card = (n: string, role: string, focus: string) => `<a class="team-card" href="#"><div class="meta"><div class="name">${n}</div><div class="role">${role}</div><div class="focus">${focus}</div></div></a>`;
    const body = `<h1>Our people</h1><div class="team-grid">${[
      card('Adaeze Okafor, SAN, FCIArb', 'Managing Partner', 'Energy · Arbitration'),
      card('Tunde Bello Esq.', 'Senior Associate', 'Litigation · Regulatory Advisory'),
      card('Ngozi Eze Esq.', 'Associate', 'Corporate · Regulatory · Property'),
      card('Chidi Obi Esq.', 'Associate', 'Debt Recovery'),
    ].join('')}</div>`;
    // "Regulatory" is a practice area, not a regulator: the card after it is no authority's.
    expect(names(body)).toEqual(['Adaeze Okafor', 'Chidi Obi', 'Ngozi Eze', 'Tunde Bello']);
  });
});

describe('team blocks', () => {
  const card = (n: string, role: string) => `<div class="bg-white p-6"><img src="x.jpg" alt="${role}"><div class="p-6"><h3>${n}</h3><p class="role">${role}</p><p>---</p></div></div>`;

  it('gives each person of a block that holds several the role beside them, not a neighbour’s', () => {
    const body = `<h1>Notre équipe</h1><section><h2>Bureau</h2><div class="grid">${[card('KOFFI Ablavi', 'Directrice Exécutive'), card('AMEGAN Paul', 'Assistant Administratif'), card('SODJI Yawa', 'Comptable')].join('')}</div></section>`;
    expect(people(body, 'fr').find((p) => p.name === 'AMEGAN Paul')?.role).toBe('Assistant Administratif');
  });

  it('reads two people who share one card, both with its role', () => {
    const body = `<h1>Notre équipe</h1><div class="grid">${[card('KOFFI Ablavi', 'Trésorière'), card('AMEGAN Paul', 'Secrétaire Général'), card('SODJI Yawa & KPODAR Eli', 'Chargés de mission')].join('')}</div>`;
    expect(names(body, 'fr')).toEqual(['AMEGAN Paul', 'KOFFI Ablavi', 'KPODAR Eli', 'SODJI Yawa']);
  });

  it('reads board offices of the Romance languages and Indonesian as roles', () => {
    const row = (n: string, r: string) => `<div class="member"><h5>${n}</h5><p>${r}</p></div>`;
    const body = `<h1>Struktur Organisasi</h1><div class="row">${[row('Putri Lestari Wijaya', 'Direktur Utama'), row('Rudi Hartono', 'Komisaris'), row('Siti Rahayu', 'Sekretaris Perusahaan')].join('')}</div>`;
    expect(people(body, 'id')).toEqual([
      { name: 'Putri Lestari Wijaya', role: 'Direktur Utama' },
      { name: 'Rudi Hartono', role: 'Komisaris' },
      { name: 'Siti Rahayu', role: 'Sekretaris Perusahaan' },
    ]);
  });

  it('does not read the department after "Manager" as a person', () => {
    const row = (n: string, r: string) => `<div class="member"><h5>${n}</h5><p>${r}</p></div>`;
    const body = `<h1>Struktur Organisasi</h1><div class="row">${[row('Rudi Hartono', 'Manager Perencanaan Tambang'), row('Siti Rahayu', 'Manager Operasional'), row('Putri Wijaya', 'Manager Eksplorasi')].join('')}</div>`;
    expect(names(body, 'id')).toEqual(['Putri Wijaya', 'Rudi Hartono', 'Siti Rahayu']);
  });

  it('drops a card that carries the company’s name where the page names others', () => {
    const col = (n: string, r: string) => `<div class="col"><p><b>${n}<br>${r}</b><br>Bio.</p></div>`;
    const team = `<h3>Executive Team</h3><div class="row">${[col('Mr. Samuel Otieno', 'Country Director'), col('Grace Wanjiru', 'Secretary'), col('Greenway Sanitation', 'Project Engineer')].join('')}</div><footer><p>© 2024 Greenway Sanitation. All Rights Reserved.</p></footer>`;
    const found = detectBody(team, 'https://greenway.example/about', 'en', 'About - Greenway Sanitation').people.map((c) => c.value.name);
    expect(found).not.toContain('Greenway Sanitation');
    expect(found).toContain('Grace Wanjiru');
  });
});

describe('board cards with offices', () => {
  it('reads the words after the office on a card’s role line as its qualifier, not a person', () => {
    const card = (n: string, r: string) => `<div class="junta-card"><div class="junta-avatar">XX</div><div><div class="junta-name">${n}</div><div class="junta-role">${r}</div></div></div>`;
    const body = `<h1>Junta directiva</h1><div class="junta-grid">${[card('Darío Peña Ruiz', 'Presidente'), card('Marta Gil', 'Vicepresidenta'), card('Óscar León', 'Presidente Seccional Cartagena')].join('')}</div>`;
    expect(names(body, 'es')).toEqual(['Darío Peña Ruiz', 'Marta Gil', 'Óscar León']);
  });

  it('reads an office badge above the name ("Presidencia" / name)', () => {
    const card = (r: string, n: string) => `<article class="org-card"><span class="badge">${r}</span><p class="name">${n}</p></article>`;
    const body = `<h2>Junta Directiva</h2><div class="board">${[card('Presidencia', 'Elena Campos Ruiz'), card('Secretaría', 'Pablo Ortega'), card('Tesorería', 'Lucía Romero')].join('')}</div>`;
    expect(people(body, 'es')).toEqual(
      expect.arrayContaining([
        { name: 'Elena Campos Ruiz', role: 'Presidencia' },
        { name: 'Pablo Ortega', role: 'Secretaría' },
      ]),
    );
  });
});

describe('boards as two parallel columns', () => {
  const columns = (names: string[], roles: string[]) =>
    `<h3>Junta Directiva</h3><div class="name-position"><div class="name">${names.map((n) => `<div>${n}</div>`).join('')}</div><div class="position">${roles.map((r) => `<div>${r}</div>`).join('')}</div></div>`;

  it('pairs the names column with the offices column by row', () => {
    const body = columns(['Lic. Andrés Molina Ruiz', 'Dra. Lucía Herrera Soto', 'Ing. Tomás Vega Prado', 'Sr. Julio Campos Mena'], ['Presidente', 'Vicepresidente', 'Secretario', 'Vocal']);
    expect(people(body, 'es')).toEqual(
      expect.arrayContaining([
        { name: 'Andrés Molina Ruiz', role: 'Presidente' },
        { name: 'Lucía Herrera Soto', role: 'Vicepresidente' },
        { name: 'Ing. Tomás Vega Prado', role: 'Secretario' },
        { name: 'Julio Campos Mena', role: 'Vocal' },
      ]),
    );
  });

  it('does not pair two lists of unequal length or two lists of words', () => {
    expect(people(columns(['Andrés Molina Ruiz', 'Lucía Herrera Soto', 'Tomás Vega Prado'], ['Presidente', 'Vicepresidente']), 'es').map((p) => p.role)).not.toContain('Vicepresidente');
    expect(people(columns(['Productos', 'Servicios', 'Contacto'], ['Inicio', 'Blog', 'Ayuda']), 'es')).toEqual([]);
  });
});

describe('founders named in prose', () => {
  it('reads the founder after "founded by" with a trade or title in front of the name', () => {
    const body = `<h2>Chi siamo</h2><p>La bottega nasce nel 1971, fondata dal Maestro Artigiano <strong>Marco Bellandi</strong>, figura storica della manifattura toscana. Oggi la guida è passata ai figli.</p>`;
    expect(people(body, 'it')).toEqual([{ name: 'Marco Bellandi', role: 'Founder' }]);
  });

  it('reads "founded in YEAR by" and leaves sentences without a known first name alone', () => {
    expect(names('<p>The studio was founded in 1998 by Helen Marsh, who still runs it.</p>')).toEqual(['Helen Marsh']);
    expect(names('<p>The club was founded by Local Enthusiasts in the village hall.</p>')).toEqual([]);
  });
});

describe('headings and labels that read like names', () => {
  it('reads the last word as the given name only where family names come first or stand in capitals', () => {
    expect(hasKnownGivenName('Ekspansi Tim', isFirstName, false)).toBe(false);
    // Indonesian feature cards whose labels end in "Tim" (team) beside one founder card: no people.
    const card = (label: string, text: string) => `<article class="team-card"><div class="photo">${label}</div><span>${label}</span><h3>${text}</h3><p>Penjelasan singkat tentang layanan kami.</p></article>`;
    const body = `<html lang="id"><h1>Profil kami.</h1><div class="grid">${card('Representasi Tim', 'Struktur yang jelas.')}${card('Ekspansi Tim', 'Pertumbuhan firma.')}${card('Kolaborasi Tim', 'Kerja sama erat.')}</div>`;
    expect(names(body, 'id')).toEqual([]);
    expect(hasKnownGivenName('KOFFI Paul', isFirstName, false)).toBe(true);
    expect(hasKnownGivenName('Kovács Eszter', isFirstName, true)).toBe(true);
  });

  it('does not read a topic heading whose text repeats it in lower case as a person with a bio', () => {
    const body = '<title>Kontak | Hapsari Lawyers</title><h3>Alamat Utama</h3><p>Alamat kantor utama yang menjadi titik temu untuk konsultasi.</p>';
    expect(names(body, 'id')).toEqual([]);
  });

  it('does not read the entry after "Contact" in a menu as a person', () => {
    expect(names('<div class="menu-mobile">Portfolio Over Ons Contact Offerte Aanvragen</div>', 'nl')).toEqual([]);
    expect(names('<p>Contact: Kari Lund</p>')).toEqual(['Kari Lund']);
  });
});

