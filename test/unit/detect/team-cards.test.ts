import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { cardPeople } from '../../../src/core/detect/detectors/people/card-readers';
import { readListItem } from '../../../src/core/detect/detectors/people/list-items';
import { parseName } from '../../../src/core/detect/detectors/people/person-names';
import { pageOf, run } from '../../support/detect';

const people = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value);
const names = (body: string, lang = 'en') => people(body, lang).map((p) => p.name);

const card = (name: string, role: string, extra = '') => `<div class="member"><h3>${name}</h3><p class="role">${role}</p>${extra}</div>`;
const grid = (cards: string[], heading = 'Our people') => `<section><h2>${heading}</h2><div class="grid">${cards.join('')}</div></section>`;

describe('team cards read by structure', () => {
  it('reads repeated cards whose roles are in no word list (Finnish, Swedish, departments)', () => {
    const body = grid([card('Aino Lehtonen', 'Myyntipäällikkö'), card('Matti Virtanen', 'Projektipäällikkö'), card('Kerstin Ek', 'Kassör'), card('Jonas Berg', 'Backend Development')]);
    expect(people(body)).toEqual([
      { name: 'Aino Lehtonen', role: 'Myyntipäällikkö' },
      { name: 'Matti Virtanen', role: 'Projektipäällikkö' },
      { name: 'Kerstin Ek', role: 'Kassör' },
      { name: 'Jonas Berg', role: 'Backend Development' },
    ]);
  });

  it('reads role-first cards with private contact lines under the name', () => {
    const board = ['Ordförande', 'Sekreterare', 'Kassör'].map(
      (role, i) => `<div class="col"><div class="card-body"><h5>${role}</h5><p>${['Anna Ringsjö', 'Michael Borg', 'Gunilla Åberg'][i]}</p><p>Skogsvägen ${i + 2}</p><p>Tlf: 070-123 45 6${i}</p><p>Epost</p></div></div>`,
    );
    expect(people(grid(board, 'Styrelsen'), 'sv')).toEqual([
      { name: 'Anna Ringsjö', role: 'Ordförande' },
      { name: 'Michael Borg', role: 'Sekreterare' },
      { name: 'Gunilla Åberg', role: 'Kassör' },
    ]);
  });

  it('reads names in capitals where the cards agree where the name stands', () => {
    const doctor = (n: string, degree: string, role: string) => `<section class="doctor"><div class="txt"><h5>Dr. ${n}</h5><h6>${degree}</h6><h6>${role}</h6></div></section>`;
    const body = [doctor('POOJA RANA', 'MBBS', 'MEDICAL DIRECTOR'), doctor('AMINA SOLEH', 'MBBS', 'GENERAL PRACTITIONER'), doctor('RAVI KUMARAN', 'MBBS, MD', 'SPECIALIST INTERNIST')].join('');
    expect(names(body).sort()).toEqual(['Dr. AMINA SOLEH', 'Dr. POOJA RANA', 'Dr. RAVI KUMARAN']);
  });

  it('reads board lists: "Name (Role) – street" items under a group label', () => {
    const body = '<div><strong>Ledamöter:</strong><ul><li>David Lindqvist (Ordförande) - Ekgatan 10</li><li>Vera Nyberg - Ekgatan 10</li><li>Linus Holm – Aspgatan 4</li></ul></div>';
    expect(people(body, 'sv')).toEqual([
      { name: 'David Lindqvist', role: 'Ordförande' },
      { name: 'Vera Nyberg', role: 'Ledamöter' },
      { name: 'Linus Holm', role: 'Ledamöter' },
    ]);
  });

  it('reads table rows of role and holder', () => {
    const row = (role: string, name: string) => `<tr><td>${role}</td><td>${name}</td></tr>`;
    const body = `<table><tbody>${row('President', 'Ian Holt')}${row('Treasurer', 'Janice Moore')}${row('Secretary', 'Karen Walsh')}</tbody></table>`;
    expect(names(body)).toEqual(['Ian Holt', 'Janice Moore', 'Karen Walsh']);
  });

  it('joins a name broken over two lines and reads titles of other countries', () => {
    const body = grid([card('Aldona <br> Domańska', 'Of counsel'), card('dr Edyta Bielak - Jooma', 'Of counsel'), card('Mgr. Nika Horáková', 'Vedoucí'), card('Lic. Santiago Ortega', 'Socio')]);
    expect(names(body).sort()).toEqual(['Aldona Domańska', 'Edyta Bielak-Jooma', 'Nika Horáková', 'Santiago Ortega']);
  });

  it('groups siblings by the shape of their lines when their classes differ', () => {
    const doctor = (cls: string, n: string) => `<section${cls}><h2>Dr ${n}</h2><p>Dr ${n} is an Australian trained ophthalmologist practising in Newcastle since 2009, with a special interest in cataract surgery.</p></section>`;
    expect(names(`<h1>Our Doctors</h1>${doctor(' class="mb-14"', 'Ben Simons')}${doctor('', 'Jeff Dobbs')}`).sort()).toEqual(['Dr Ben Simons', 'Dr Jeff Dobbs']);
  });

  it('needs the repetition: one card alone is not read by structure', () => {
    expect(cardPeople(pageOf(grid([card('Jonas Berg', 'Backend Development')])))).toEqual([]);
  });

  it('reads no placeholders, contact-info boxes, menus or product tiles as people', () => {
    const placeholders = grid([card('Jméno Příjmení', 'Majitelka & Kosmetička'), card('Jméno Příjmení', 'Masérka')], 'Náš tým');
    const infoBoxes = grid([card('General Inquiries', 'Reach out to the right team for your specific needs.'), card('Response Time', 'We respond within 24 hours.'), card('Office Hours', 'Monday - Friday: 9:00 - 17:00')], 'Contact');
    const menu = `<ul>${['Startseite', 'Weitere Verfahren', 'Zur Praxis', 'Aufstehen Heute', 'Impressum'].map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul>`;
    const products = grid([card('Silver Birch', '12,90 €'), card('Golden Oak', '14,50 €'), card('Black Pine', '9,90 €')], 'Shop');
    for (const body of [placeholders, infoBoxes, menu, products]) expect(cardPeople(pageOf(body)), body.slice(0, 60)).toEqual([]);
  });

  it('leaves out testimonials and supporters: people who are not the organisation', () => {
    const quotes = grid([card('Laura Fischer', 'Kundin aus Hamburg'), card('Peter Lang', 'Kunde aus Kiel'), card('Maria Weber', 'Geschäftsführerin, Weber Bau')], 'Kundenstimmen');
    const supporters = grid([card('Christian Hoppe', 'Projektpate'), card('Anna Roth', 'Unterstützung')], 'Unterstützende');
    expect(cardPeople(pageOf(quotes))).toEqual([]);
    expect(cardPeople(pageOf(supporters))).toEqual([]);
  });
});

describe('list items naming a person', () => {
  it('takes the name first and a bracketed or separated role without digits', () => {
    expect(readListItem('David Lindqvist (Ordförande) - Ekgatan 10')).toEqual({ name: 'David Lindqvist', role: 'Ordförande' });
    expect(readListItem('Jan Novák, jednatel')).toEqual({ name: 'Jan Novák', role: 'jednatel' });
    expect(readListItem('Linus Holm – Aspgatan 4')).toEqual({ name: 'Linus Holm', role: '' });
    expect(readListItem('Ekgatan 10, 12345 Stad')).toBeNull();
  });
});

describe('titles of other countries', () => {
  it('are dropped in front of a name, lower-case Polish "dr" too', () => {
    expect(parseName('Dr hab. n. prawn. Dorota Nowak')?.name).toBe('Dr Dorota Nowak');
    expect(parseName('dr Edyta Bielak')?.name).toBe('Edyta Bielak');
    expect(parseName('Mtra. Dayana Reyes López')?.name).toBe('Dayana Reyes López');
    expect(parseName('Shri Sudhir R Singh')?.name).toBe('Sudhir R Singh');
    expect(parseName('dreams come true')).toBeNull();
    expect(parseName('Dr.Gautam Daftary')?.name).toBe('Dr. Gautam Daftary');
    expect(parseName('Mr.Girish Bakre')?.name).toBe('Mr. Girish Bakre');
  });
});

describe('what only reads like a name beside a role or a number', () => {
  it('is no person: courses, branch offices, specialties, departments, sentences as roles', () => {
    expect(names('<p>MSc Data Science</p><p>Kontakt</p><p>+41 44 000 00 00</p>', 'de')).toEqual([]);
    expect(names('<p>Zweigniederlassung Allgäu</p><p>Kontakt: 0831 000000</p>', 'de')).toEqual([]);
    expect(names('<p>Contact Palm Grove Neurology</p>')).toEqual([]);
    expect(names('<h3>Investor Relations</h3><p>For analyst queries, document requests, and investor meetings.</p>')).toEqual([]);
    expect(names('<h5>FELLOWSHIP IN CLINICAL HEMATOLOGY</h5><h5>SPECIALIST INTERNIST</h5>')).toEqual([]);
  });

  it('reads a name with the person\'s number on the same line, when a first name vouches for it', () => {
    expect(names('<h4>Telefon</h4><div>Mgr. Nika Horáková +420 604 000 386</div><div>Mgr. Tereza Malá +420 774 000 434</div>', 'cs')).toEqual(['Nika Horáková', 'Tereza Malá']);
    expect(names('<p>VAT registered 123456789</p><p>Auf Anfrage 0171 0000000</p>')).toEqual([]);
  });

  it('keeps the name of a table row apart from its role cell', () => {
    const row = (role: string, name: string) => `<tr><td>${role}</td><td>${name}</td></tr>`;
    const body = `<table><tbody>${row('President', 'Ian Holt')}${row('Committee', 'Keith Andrews')}${row('Adjunct Committee', 'Mark Quint')}</tbody></table>`;
    expect(names(body).sort()).toEqual(['Ian Holt', 'Keith Andrews', 'Mark Quint']);
  });
});

describe('a job title and the words after it, without a colon', () => {
  it('name a person only when a first name vouches for them', () => {
    expect(names('<p>Geschäftsführer Max Lindner</p>', 'de')).toEqual(['Max Lindner']);
    expect(names('<p>Specialist Înființări Firme</p>', 'ro')).toEqual([]);
    expect(names('<p>Geschäftsführer: Ewald Kronthaler</p>', 'de')).toEqual(['Ewald Kronthaler']);
  });
});

describe('names in family-name-first order and roles in more languages', () => {
  it('reads Hungarian team cards: the given name last, a title after a married name', () => {
    const body = grid([card('Szabóné Dr. Kiss Réka', 'fogorvos'), card('Dr. Tóth Gábor', 'fogorvos'), card('Nagy Péter', 'fogtechnikus'), card('Horváth Júlia', 'asszisztens')], 'Csapatunk');
    expect(names(body, 'hu')).toEqual(['Szabóné Dr. Kiss Réka', 'Dr. Tóth Gábor', 'Nagy Péter', 'Horváth Júlia']);
    expect(parseName('Szabóné Dr. Kiss Réka')?.words).toBe(3);
    // A title after the last word is no name.
    expect(parseName('Kiss Dr.')).toBeNull();
  });

  it('reads an owner named with a role word of the Nordic, Baltic and Central European languages', () => {
    expect(people('<h3>Gunnar Einarsson</h3><div>Eigandi og ráðgjafi</div>', 'is')).toEqual([{ name: 'Gunnar Einarsson', role: 'Eigandi og ráðgjafi' }]);
    expect(names('<p>Ügyvezető: Kovács Mária</p>', 'hu')).toEqual(['Kovács Mária']);
    expect(names('<p>Jednatel: Petr Novák</p>', 'cs')).toEqual(['Petr Novák']);
  });
});

describe("cards whose photo's alt text names the person", () => {
  const photoCard = (alt: string, lines: string[]) => `<div class="profile"><img src="p.jpg" alt="${alt}"><div class="info">${lines.map((l, i) => (i ? `<p>${l}</p>` : `<h3>${l}</h3>`)).join('')}</div></div>`;

  it('reads role words written before the name in one heading, where the alt text agrees on the name', () => {
    const body = grid([
      photoCard('Tomasz Wilk', ['Radca Prawny Tomasz Wilk. Wspólnik zarządzający.', 'Prawnik z wieloletnim doświadczeniem w prawie gospodarczym i samorządowym, reprezentuje klientów przed sądami.']),
      photoCard('Ewa Sowa-Lis', ['Radca prawny Ewa Sowa-Lis', 'Prowadzi stałą obsługę prawną klientów kancelarii wraz z reprezentacją sądową w sprawach cywilnych.']),
      photoCard('Marek Dąb', ['Aplikant Radcowski Marek Dąb', 'Absolwent wydziału prawa, zajmuje się prawem zobowiązań i prawem pracy w bieżącej obsłudze firm.']),
    ], 'Nasz zespół');
    expect(people(body, 'pl')).toEqual([
      { name: 'Tomasz Wilk', role: 'Radca Prawny, Wspólnik zarządzający' },
      { name: 'Ewa Sowa-Lis', role: 'Radca prawny' },
      { name: 'Marek Dąb', role: 'Aplikant Radcowski' },
    ]);
  });

  it('reads cards of one line (a name, perhaps with a remark) when the photo names the same person', () => {
    const one = (name: string, remark = '') => `<div class="persoon"><p><img src="x.jpg" alt="${name}"></p><p>${name}${remark}</p></div>`;
    const body = `<h2>Wijkmeesters</h2><div class="wrap">${[one('Pieter Claes', ' (kooklessen)'), one('Luc Peeters'), one('Annelies Wouters'), one('Bart Janssens')].join('')}</div>`;
    expect(names(body, 'nl').sort()).toEqual(['Annelies Wouters', 'Bart Janssens', 'Luc Peeters', 'Pieter Claes']);
  });

  it('does not read a longer visible name as the shorter one in the alt text, nor cards without a photo', () => {
    const longer = (alt: string, line: string) => `<div class="staff"><img alt="${alt}"><h6>${line}</h6></div>`;
    expect(names(`<div>${longer('Wilma de Vries', 'Wilma de Vries Van den Berg assistente')}${longer('Joris Smit', 'Joris Smit Van Dam assistent')}</div>`, 'nl')).toEqual([]);
    // One line per card and no photo: a list of names proves nothing about what they are.
    const bare = ['Pieter Claes', 'Luc Peeters', 'Annelies Wouters'].map((n) => `<div class="persoon"><p>${n}</p></div>`).join('');
    expect(names(`<div>${bare}</div>`, 'nl')).toEqual([]);
  });
});

describe('tables with a name column, flat runs of headings, professional titles', () => {
  it('keeps to the name column of a table: a name cell that carries the role, no affiliation cell read as a name', () => {
    const row = (nameCell: string, affiliation: string, term: string) => `<tr><td>${nameCell}</td><td>${affiliation}</td><td>${term}</td></tr>`;
    const table = `<h2>Board Members</h2><table><thead><tr><th>Name</th><th>Affiliation</th><th>Term Ends</th></tr></thead><tbody>${[
      row('<span>Charles Ward</span> <span>Chairperson</span>', 'Owner, Blue Door Bakery', '10/31/28'),
      row('<span>Valerie Stone</span> <span>Secretary</span>', 'Lakeside Resident', '10/31/27'),
      row('<span>Martin Hale</span>', 'Owner, Hale Hardware', '10/31/27'),
      row('<span>Joseph Brook</span>', 'Lakeside Resident', '10/31/29'),
      row('<span>Dennis Cole</span>', 'Owner, Cole Distilling Company', '10/31/28'),
    ].join('')}</tbody></table>`;
    expect(names(table).sort()).toEqual(['Charles Ward', 'Dennis Cole', 'Joseph Brook', 'Martin Hale', 'Valerie Stone']);
    expect(people(table).find((p) => p.name === 'Charles Ward')?.role).toBe('Chairperson');
  });

  it('reads people set as flat runs of a name heading, a role line and a bio, without a wrapper per person', () => {
    const run3 = [['Kovács Anna', 'Irodavezető'], ['Szabó Péter', 'Jogsegélyszervező'], ['Tóth Eszter', 'Ügyfélszolgálati vezető']]
      .map(([n, r]) => `<h1>${n}</h1><p>${r}</p><p>${n!.split(' ')[1]} felel a szervezet ügyeinek intézéséért, a beérkező esetek utókövetéséért és a kapcsolattartásért.</p>`)
      .join('');
    expect(names(`<section><h2>Csapat</h2>${run3}</section>`, 'hu').sort()).toEqual(['Kovács Anna', 'Szabó Péter', 'Tóth Eszter']);
    // Article sections with headings that are no names stay nobody.
    const article = ['Our History', 'Our Mission', 'Our Values'].map((h) => `<h2>${h}</h2><p>Some text about the ${h.toLowerCase()} of the club.</p>`).join('');
    expect(names(`<main>${article}</main>`)).toEqual([]);
  });

  it('reads a name behind an Italian professional title, and no owner behind a practice word and a firm type', () => {
    expect(people('<h1>Avvocati</h1><p><strong>Avv. Chiara Bassi</strong></p><p>in aggiornamento</p>', 'it')).toEqual([{ name: 'Chiara Bassi', role: 'Avv.' }]);
    expect(names('<title>Avvocati — Studio Legale Ferretti</title><h1>Studio Legale Ferretti</h1>', 'it')).toEqual([]);
    expect(names('<p>Kanzlei Eva Roth</p>', 'de')).toEqual(['Eva Roth']);
  });
});
