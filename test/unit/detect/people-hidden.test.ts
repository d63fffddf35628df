import { describe, expect, it } from 'vitest';
import { acceptSnapshot } from '../../../src/background/snapshot-shape';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { parseName } from '../../../src/core/detect/detectors/people/person-names';
import { takeSnapshot } from '../../../src/core/detect/snapshot';
import { SNAPSHOT_LIMITS } from '../../../src/core/detect/snapshot/limits';
import { parseHtml } from '../../../src/node/parse-html';
import { htmlPage, run } from '../../support/detect';

// Invented organisations and people: teams a script shows (tab panels, templates), people of others
// under a section heading, long Iberian names.
const names = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value.name).sort();
const card = (n: string, role: string) => `<div class="card"><h3>${n}</h3><p>${role}</p></div>`;

describe('teams the page holds but does not show yet', () => {
  it('reads a hidden tab panel and a template a script fills the page from, as the page holds them', () => {
    const tabs = `<h1>Our team</h1><ul class="tabs"><li>Board</li><li>Staff</li></ul>
      <div class="tab-pane">${card('Peter Lang', 'Chairman')}${card('Sara Hill', 'Treasurer')}</div>
      <div class="tab-pane" style="display:none">${card('Tom Reed', 'Office Manager')}${card('Julia Stone', 'Accountant')}</div>`;
    expect(names(tabs)).toEqual(['Julia Stone', 'Peter Lang', 'Sara Hill', 'Tom Reed']);
    const template = `<h1>Team</h1><div id="team"></div><template id="members">${card('Tom Reed', 'Managing Director')}${card('Julia Stone', 'Accountant')}</template>`;
    expect(names(template)).toEqual(['Julia Stone', 'Tom Reed']);
  });

  it('keeps hidden text out of the visible lines and marks the hidden readings as less sure', () => {
    const snapshot = takeSnapshot(parseHtml(htmlPage(`<p>Visible</p><section hidden>${card('Tom Reed', 'Office Manager')}${card('Julia Stone', 'Accountant')}</section>`, 'en')), 'https://www.example.org/team');
    expect(snapshot.lines.map((l) => l.text)).toEqual(['Visible']);
    expect(snapshot.hidden?.lines.map((l) => l.text)).toEqual(['Tom Reed', 'Office Manager', 'Julia Stone', 'Accountant']);
    const visible = run(peopleDetector, `${card('Tom Reed', 'Office Manager')}${card('Julia Stone', 'Accountant')}`).candidates;
    const hidden = run(peopleDetector, `<section hidden>${card('Tom Reed', 'Office Manager')}${card('Julia Stone', 'Accountant')}</section>`).candidates;
    expect(Math.max(...hidden.map((c) => c.confidence))).toBeLessThan(Math.max(...visible.map((c) => c.confidence)));
  });

  it('reads hidden text within its limits, and the background accepts it only when it points inside itself', () => {
    const many = Array.from({ length: 400 }, (_, i) => `<div style="display:none"><p>${'x'.repeat(90)} ${i}</p></div>`).join('');
    const snapshot = takeSnapshot(parseHtml(htmlPage(`<p>Visible</p>${many}`, 'en')), 'https://www.example.org/');
    const chars = snapshot.hidden!.lines.reduce((n, l) => n + l.text.length, 0);
    expect(chars).toBeLessThanOrEqual(SNAPSHOT_LIMITS.hiddenChars);
    expect(acceptSnapshot(snapshot)).not.toBeNull();
    expect(acceptSnapshot({ ...snapshot, hidden: { ...snapshot.hidden!, lines: [{ text: 'x', block: 9_999, section: 0 }] } })).toBeNull();
    expect(acceptSnapshot({ ...snapshot, hidden: { lines: [{ text: 'x', block: 0, section: 0 }], blocks: [{ tag: 'DIV', parent: 0, depth: 1 }] } })).toBeNull();
  });
});

describe('people of others under a section heading', () => {
  it('does not take testimonial authors or former members for the organisation\'s people, whatever layout names them', () => {
    const body = `<h1>About us</h1>${card('Tom Reed', 'Managing Director')}${card('Julia Stone', 'Accountant')}
      <h2>What our clients say</h2><div class="t"><p>"They saved our project in a week."</p><p>Lisa Grant</p><p>Director, Grant &amp; Co</p></div>
      <h2>Former team members</h2>${card('Oliver Stark', 'Designer')}${card('Emma Blake', 'Developer')}`;
    expect(names(body)).toEqual(['Julia Stone', 'Tom Reed']);
  });

  it('does not take a bio set as a heading for the section\'s name', () => {
    const body = `<h1>Board of Directors</h1><h2>Ravi Menon</h2><h3>Ravi Menon was the former Chairman of a shipping line and advises the board on strategy and governance.</h3><h2>Anil Kapoor</h2><h3>Anil Kapoor is a Director of the company with two decades in finance.</h3>`;
    expect(names(body)).toContain('Anil Kapoor');
  });
});

describe('long Iberian names', () => {
  it('reads five name words when two known given names open them, not a five-word heading', () => {
    expect(parseName('Ángel Luis Felipe Suárez Puente')?.name).toBe('Ángel Luis Felipe Suárez Puente');
    expect(parseName('María del Carmen Ortega y Gasset')?.name).toBe('María del Carmen Ortega y Gasset');
    expect(parseName('Grace Hopper Award Winners Announced')).toBeNull();
  });
});

describe('roles said only to a pointer or a screen reader', () => {
  it('reads the role from the photo\'s alt text or the card\'s title when the card shows only the name', () => {
    const byAlt = (n: string, role: string) => `<div class="member"><div class="photo"><img src="x.jpg" alt="${n}, ${role}"></div><div class="body"><h3>${n}</h3></div></div>`;
    const people = run(peopleDetector, `<h1>Our team</h1>${byAlt('Laura Méndez', 'Managing Director')}${byAlt('Tomás Rivas', 'Head of Sales')}${byAlt('Inés Calvo', 'Office Manager')}`).record.people.map((c) => c.value);
    expect(people).toEqual(expect.arrayContaining([
      { name: 'Laura Méndez', role: 'Managing Director' },
      { name: 'Tomás Rivas', role: 'Head of Sales' },
      { name: 'Inés Calvo', role: 'Office Manager' },
    ]));
    const byTitle = (n: string, role: string) => `<div class="m" title="${role}"><h3>${n}</h3></div>`;
    expect(names(`<h1>Team</h1>${byTitle('Anna Vogt', 'Geschäftsführerin')}${byTitle('Jonas Keller', 'Prokurist')}`, 'de')).toEqual(['Anna Vogt', 'Jonas Keller']);
  });

  it('keeps a photo\'s alt text out of the visible lines, and needs a role word in it', () => {
    const snapshot = takeSnapshot(parseHtml(htmlPage('<div class="m"><img src="x.jpg" alt="Laura Méndez, Managing Director"><h3>Laura Méndez</h3></div>', 'en')), 'https://www.example.org/');
    expect(snapshot.lines.map((l) => l.text)).toEqual(['Laura Méndez']);
    const noRole = (n: string) => `<div class="member"><img src="x.jpg" alt="${n} smiling"><h3>${n}</h3></div>`;
    expect(names(`<h1>Gallery</h1>${noRole('Laura Méndez')}${noRole('Tomás Rivas')}`)).toEqual([]);
  });
});
