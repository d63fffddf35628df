import { describe, expect, it } from 'vitest';
import { choosePages, fold, kindOfPath, rankAddresses, rankLinks, resolvePageUrl } from '../../../src/core/research/link-ranking';
import { PAGE_WORDS, type Language } from '../../../src/core/research/page-words';

const HOME = 'https://www.beispiel-technik.de/';

describe('fold', () => {
  it('makes umlauts, their spelt-out forms and accents one spelling', () => {
    expect(fold('Über uns')).toBe(fold('ueber-uns'));
    expect(fold('Über uns')).toBe(fold('UBER_UNS'));
    expect(fold('Mentions légales')).toBe('mentions legales');
    expect(fold('Kontakta oss')).toBe('kontakta oss');
    expect(fold('Zespół')).toBe('zespol');
  });
});

describe('rankLinks', () => {
  it('finds each page kind by its link text in every vocabulary language', () => {
    const first = (lang: Language, kind: keyof typeof PAGE_WORDS) => PAGE_WORDS[kind][lang][0]!;
    for (const lang of Object.keys(PAGE_WORDS.imprint) as Language[]) {
      const links = (['imprint', 'contact', 'team'] as const).map((kind, i) => ({ href: `/p${i}`, text: first(lang, kind) }));
      const ranked = rankLinks(links, HOME);
      expect(ranked.map((r) => r.kind).sort(), lang).toEqual(['contact', 'imprint', 'team']);
    }
  });

  it('ranks the imprint above contact, team, about and legal pages', () => {
    const ranked = rankLinks(
      [
        { href: '/datenschutz', text: 'Datenschutz' },
        { href: '/ueber-uns', text: 'Über uns' },
        { href: '/team', text: 'Team' },
        { href: '/kontakt', text: 'Kontakt' },
        { href: '/impressum', text: 'Impressum' },
        { href: '/produkte', text: 'Produkte' },
      ],
      HOME,
    );
    expect(ranked.map((r) => r.kind)).toEqual(['imprint', 'contact', 'team', 'about', 'legal']);
    expect(ranked[0]!.url).toBe('https://www.beispiel-technik.de/impressum');
  });

  it('reads the address when the text says nothing (an icon, an English text on a German path)', () => {
    const ranked = rankLinks([{ href: '/de/impressum.html', text: '' }, { href: '/fale-conosco/', text: 'Write to us' }], HOME);
    expect(ranked.map((r) => [r.kind, r.by])).toEqual([
      ['imprint', 'address'],
      ['contact', 'address'],
    ]);
  });

  it('keeps to the registrable domain: subdomains yes, other domains, mail and phone links no', () => {
    const ranked = rankLinks(
      [
        { href: 'https://shop.beispiel-technik.de/kontakt', text: 'Kontakt' },
        { href: 'https://www.agentur-web.de/impressum', text: 'Impressum der Agentur' },
        { href: 'mailto:info@beispiel-technik.de', text: 'Kontakt' },
        { href: 'tel:+49301234567', text: 'Kontakt' },
        { href: '/impressum.pdf', text: 'Impressum' },
      ],
      HOME,
    );
    expect(ranked.map((r) => r.url)).toEqual(['https://shop.beispiel-technik.de/kontakt']);
  });

  it('lists a page once, without the page itself or pages already read', () => {
    const ranked = rankLinks(
      [
        { href: '/impressum', text: 'Impressum' },
        { href: '/impressum#top', text: 'Impressum' },
        { href: 'https://beispiel-technik.de/impressum/', text: 'Anbieterkennzeichnung' },
        { href: '/', text: 'Kontakt' },
        { href: '/kontakt', text: 'Kontakt' },
      ],
      HOME,
      ['https://www.beispiel-technik.de/kontakt'],
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.kind).toBe('imprint');
  });

  it('weighs a sentence that mentions a word less than a menu entry naming the page', () => {
    const ranked = rankLinks(
      [
        { href: '/blog/1', text: 'Read how our team works with clients' },
        { href: '/das-team', text: 'Unser Team' },
      ],
      HOME,
    );
    expect(ranked[0]!.url).toMatch(/das-team$/);
  });

  it('treats two servers on one machine as two sites', () => {
    expect(rankLinks([{ href: 'http://127.0.0.1:9002/impressum', text: 'Impressum' }], 'http://127.0.0.1:9001/')).toEqual([]);
    expect(rankLinks([{ href: '/impressum', text: 'Impressum' }], 'http://127.0.0.1:9001/')).toHaveLength(1);
  });
});

describe('rankAddresses and kindOfPath', () => {
  it('ranks sitemap addresses by their last path segments', () => {
    const ranked = rankAddresses(
      ['https://b.example.fi/tuotteet/a', 'https://b.example.fi/yritys/yhteystiedot', 'https://b.example.fi/tietosuoja', 'https://b.example.fi/'],
      'https://b.example.fi/',
    );
    expect(ranked.map((r) => [r.url, r.kind])).toEqual([
      ['https://b.example.fi/yritys/yhteystiedot', 'contact'],
      ['https://b.example.fi/tietosuoja', 'legal'],
    ]);
  });
  it('reads the page segment over its folder', () => {
    expect(kindOfPath(new URL('https://a.de/unternehmen/team'))?.kind).toBe('team');
  });
  it('resolves only web pages', () => {
    expect(resolvePageUrl('javascript:void(0)', HOME)).toBeNull();
    expect(resolvePageUrl('/a.jpg', HOME)).toBeNull();
    expect(resolvePageUrl('kontakt#form', HOME)?.href).toBe('https://www.beispiel-technik.de/kontakt');
  });
});

describe('choosePages', () => {
  it('takes the best of every kind before a second page of one kind, up to the budget', () => {
    const ranked = rankLinks(
      [
        { href: '/kontakt-berlin', text: 'Kontakt Berlin' },
        { href: '/kontakt-hamburg', text: 'Kontakt Hamburg' },
        { href: '/kontakt-wien', text: 'Kontakt Wien' },
        { href: '/impressum', text: 'Impressum' },
        { href: '/en/imprint', text: 'Imprint' },
        { href: '/team', text: 'Team' },
      ],
      HOME,
    );
    const chosen = choosePages(ranked, 4);
    // A menu entry naming the team outranks "Kontakt Berlin"; the second contact page comes after every kind's first.
    expect(chosen.map((p) => p.kind)).toEqual(['imprint', 'team', 'contact', 'contact']);
    expect(choosePages(ranked, 10).filter((p) => p.kind === 'contact')).toHaveLength(2);
    expect(choosePages(ranked, 10).filter((p) => p.kind === 'imprint')).toHaveLength(1);
    expect(choosePages([], 6)).toEqual([]);
  });
});
