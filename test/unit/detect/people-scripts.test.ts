import { describe, expect, it } from 'vitest';
import { peopleDetector } from '../../../src/core/detect/detectors/people';
import { hasKnownGivenName, parseName } from '../../../src/core/detect/detectors/people/person-names';
import { ROLE_WORD } from '../../../src/core/detect/detectors/people/role-labels';
import { isFirstName } from '../../../src/core/names/first-names';
import { run } from '../../support/detect';

// Invented organisations and people: team and board pages written in Cyrillic, Greek, Hangul, Turkish and
// Portuguese, read by the same layouts as Latin pages once the name shape and the role words are known.
const names = (body: string, lang = 'en') => run(peopleDetector, body, { lang }).record.people.map((c) => c.value.name).sort();

describe('name shape by script', () => {
  it('reads Cyrillic and Greek names by their capitals, a maiden name in brackets dropped', () => {
    expect(parseName('Сидоренко Марина Павловна')?.name).toBe('Сидоренко Марина Павловна');
    expect(parseName('Νικόλαος Δημητρίου')?.name).toBe('Νικόλαος Δημητρίου');
    expect(parseName('Ковальова (Ткач) Олена Іванівна')?.name).toBe('Ковальова Олена Іванівна');
  });

  it('finds the given name of an East Slavic name in either order, and of a family-name-first Cyrillic list', () => {
    expect(hasKnownGivenName('Сидоренко Марина Павловна', isFirstName, false)).toBe(true);
    expect(hasKnownGivenName('Марина Павловна Сидоренко', isFirstName, false)).toBe(true);
    expect(hasKnownGivenName('Сидоренко Марина', isFirstName, false)).toBe(true);
    // A Latin heading whose last word is a first name stays a heading outside family-name-first languages.
    expect(hasKnownGivenName('Ekspansi Tim', isFirstName, false)).toBe(false);
  });

  it('takes the stock name of Russian forms for a placeholder, not Nordic names that echo the given name', () => {
    expect(parseName('Петров Пётр Петрович')).toBeNull();
    expect(parseName('Иван Иванов')).toBeNull();
    expect(parseName('Peter Petersen')?.name).toBe('Peter Petersen');
    expect(parseName('Сергей Петров')?.name).toBe('Сергей Петров');
  });

  it('never reads a Greek heading that opens with an article as a name', () => {
    expect(parseName('Η ΟΜΑΔΑ ΜΑΣ', { lenient: true })).toBeNull();
    expect(parseName('Οι Συνεργάτες')).toBeNull();
  });

  it('reads a Korean name from maintained data, role words after it dropped, and nothing that only starts like one', () => {
    expect(parseName('김민서')?.name).toBe('김민서');
    expect(parseName('김민서 대표변호사')?.name).toBe('김민서');
    for (const t of ['정보', '안내 사항', '김민서 정보']) expect(parseName(t), t).toBeNull();
  });
});

describe('role words beyond the Latin script', () => {
  it('knows roles in Cyrillic with their endings, Greek with and without accents, Turkish, Portuguese and Korean', () => {
    for (const t of ['Генеральный директор', 'заместителя директора', 'Голова правління', 'Управител', 'Врач-стоматолог', 'ΔΙΚΗΓΟΡΟΣ', 'Διευθύνουσα Σύμβουλος', 'Υπεύθυνη', 'Kurucu Avukat', 'Yönetim Kurulu Başkanı', 'Sócia fundadora', 'Diretora', '대표변호사']) expect(ROLE_WORD.test(t), t).toBe(true);
  });

  it('does not find a role inside a longer word of the same script', () => {
    for (const t of ['членство', 'Μελοποίηση', '대표적인']) expect(ROLE_WORD.exec(t)?.[0] ?? null, t).toBeNull();
  });
});

describe('team pages in other scripts, read by their structure', () => {
  it('reads a Cyrillic staff grid of "Surname Name Patronymic" headings with a description under each', () => {
    const card = (n: string, d: string) => `<div class="views-row"><div class="photo"><img alt="" src="x.jpg"></div><div class="body"><h2><a href="#">${n}</a></h2><p>${d}</p><ul><li>Преподаватель</li></ul></div></div>`;
    const body = `<h1>Наша команда</h1><div class="view">${[
      card('Сидоренко Марина Павловна', 'Налоговый консультант, аудитор'),
      card('Головко Андрей Викторович', 'Ведущий бухгалтер'),
      card('Лысенко (Бойко) Ольга Сергеевна', 'Эксперт по вопросам ВЭД'),
      card('Мельник Игорь', 'Бизнес-тренер'),
    ].join('')}</div>`;
    expect(names(body, 'ru')).toEqual(['Головко Андрей Викторович', 'Лысенко Ольга Сергеевна', 'Мельник Игорь', 'Сидоренко Марина Павловна']);
  });

  it('reads "Role: Surname Name Patronymic" lines and a Greek name above its role', () => {
    expect(names('<p><span>Генеральный директор: </span>Сидоренко Марина Павловна</p><p>Заместитель генерального директора: Головко Андрей Викторович</p>', 'ru')).toEqual(['Головко Андрей Викторович', 'Сидоренко Марина Павловна']);
    expect(names('<h1>Η ομάδα μας</h1><h2>Νικόλαος Δημητρίου<br>Δικηγόρος</h2><p>Απόφοιτος της Νομικής Σχολής.</p><h2>Ελένη Παπαδοπούλου<br>Δικηγόρος</h2><p>Μέλος του Δικηγορικού Συλλόγου.</p>', 'el')).toEqual(['Ελένη Παπαδοπούλου', 'Νικόλαος Δημητρίου']);
  });

  it('reads a double surname spaced like a dash under its role badge', () => {
    expect(names('<div class="lead"><span class="role">Επιστημονικά Υπεύθυνη</span><h2>Ελένη Δήμου - Κάππου</h2><p>Ιατρός Βιοπαθολόγος</p></div>', 'el')).toEqual(['Ελένη Δήμου-Κάππου']);
  });

  it('reads Korean lawyer profiles whose heading glues the role to the name', () => {
    const card = (role: string, n: string) => `<div class="lawyer-profile"><img alt="${n}" src="x.jpg"><div class="info"><div class="lawyer-role">${role}</div><h3 class="lawyer-name">${n}</h3><p>"법과 원칙을 지킵니다."</p></div></div>`;
    expect(names(`<h1>변호사 소개</h1>${card('Managing Partner', '김민서 대표변호사')}${card('Partner Attorney', '이서준 변호사')}`, 'ko')).toEqual(['김민서', '이서준']);
  });

  it('reads a Person in structured data whose name carries a title abbreviation', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Person', name: 'Av. Zeynep Arslan Kaya', jobTitle: 'Kurucu Avukat' };
    expect(names(`<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Hukuk bürosu</p>`, 'tr')).toEqual(['Zeynep Arslan Kaya']);
  });

  it('takes the role of name-only cards from a plural section heading once one card shows evidence of its own', () => {
    const card = (n: string) => `<div class="socio-block"><img alt="${n}" src="x.jpg"><div class="bio"><h2>${n}</h2><p>OAB/MG 123.456</p><p>Advogado com mais de uma década de experiência na advocacia, atuando de forma estratégica.</p></div></div>`;
    const body = (h: string) => `<h1>${h}</h1>${card('Rafael Moura Lima Teixeira')}${card('Thaynara Prates Coelho')}`;
    expect(names(body('Nossos Sócios'), 'pt')).toEqual(['Rafael Moura Lima Teixeira', 'Thaynara Prates Coelho']);
    // Without a heading that names a role, one known given name is no evidence for the other card.
    expect(names(body('Conheça o escritório'), 'pt')).toEqual([]);
    // "Partners" and "Contact" head sections of anything.
    expect(names(body('Our Partners'), 'en')).toEqual([]);
  });

  it('does not take a title-case heading under a heading that starts with a role word for a person', () => {
    expect(names('<h1>Avukat Kadromuz</h1><p>Ana Sayfa › Ekibimiz</p><h2>Deneyimli Hukuk Kadromuz</h2><p>İstanbul\'da faaliyet gösteren büromuzda avukatlarımız müvekkillerimizin yanında yer almaktadır.</p>', 'tr')).toEqual([]);
  });
});
