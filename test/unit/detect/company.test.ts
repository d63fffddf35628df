import { describe, expect, it } from 'vitest';
import { companyDetector } from '../../../src/core/detect/detectors/company';
import { detectBody, readPage } from '../../support/detect';
import { resolve } from '../../../src/core/detect/resolve';
import type { Candidate } from '../../../src/core/detect/types';
import { parseHtml } from '../../../src/node/parse-html';
import { legalFormOf } from '../../../src/core/names/legal-forms';

function company(body: string, opts: { url?: string; title?: string; lang?: string } = {}) {
  const html = `<!doctype html><html lang="${opts.lang ?? 'de'}"><head><title>${opts.title ?? 'Impressum'}</title></head><body>${body}</body></html>`;
  const page = readPage(parseHtml(html), opts.url ?? 'https://www.beispiel.de/impressum');
  const candidates = companyDetector.detect(page, { country: undefined, found: [] }) as Candidate<'company'>[];
  return { candidates, name: resolve(candidates).company?.value.name ?? null };
}

describe('company detector', () => {
  it('takes the name above the imprint address, preferring the one with a legal form over the brand', () => {
    const body = `<h2>Wanderhotel Bergquelle</h2><p>Alm-Bräu HandelsgesmbH</p><p>Almweg 12</p><p>A-8160 Weiz bei Graz</p>
      <h5>Bergquelle</h5><p>Almweg 12</p><p>A-8160 Weiz bei Graz</p><p>© 2026 Bergquelle</p>`;
    expect(company(body, { url: 'https://www.bergquelle.at/kontakt/', title: 'Kontakt — Bergquelle' }).name).toBe('Alm-Bräu HandelsgesmbH');
  });

  it('reads labelled imprint lines', () => {
    expect(company('<p>Firmenname: Beispiel Konrad e.U.</p><p>Inhaber: Konrad Beispiel</p>').name).toBe('Beispiel Konrad e.U.');
    expect(company('<p>Denominación: Clínica Dental Ejemplo</p><p>Domicilio: Calle Olmo, 7 bajo, 45002 Toledo</p>', { lang: 'es', url: 'https://x.es/' }).name).toBe('Clínica Dental Ejemplo');
  });

  it('reads the line after "Medieninhaber:" / "Angaben gemäß § 5 TMG"', () => {
    expect(company('<p>Medieninhaber:</p><p>Architekt DI Max Muster</p><p>Hauptbüro: 1070 Wien, Lindengasse 9</p>', { url: 'https://www.muster.at/' }).name).toBe('Architekt DI Max Muster');
  });

  it('keeps partners\' names set apart by a separator inside the registered name', () => {
    const body = '<h3>Angaben gem. § 5 TMG</h3><p>BERGER | KUHN Steuerberatungsgesellschaft mbH</p><p>Lindenweg 4</p><p>14467 Potsdam</p>';
    expect(company(body, { url: 'https://www.berger-kuhn.example/impressum.html', title: 'Berger | Kuhn Steuerberatung' }).name).toBe('BERGER | KUHN Steuerberatungsgesellschaft mbH');
    // A dash sets off the owner's tagline, which is no part of the name.
    const tagline = '<h3>Angaben gemäß § 5 ECG</h3><p>Anna Berg – Porträt und Bildstrategie e.U.</p><p>Lindengasse 9</p><p>1070 Wien</p>';
    expect(company(tagline, { url: 'https://www.annaberg.example.at/impressum' }).name).not.toContain('Porträt');
  });

  it('prefers the fuller practice name over a bare person name', () => {
    const body = `<h2>Angaben gemäß § 5 TMG:</h2><p>Sabine Beispiel</p><p>Logopädische Praxis</p><p>Lindenweg 14</p><p>24534 Neumünster</p>
      <div>Copyright © 2025 Logopädie Sabine Beispiel – Horizon Theme von ExampleThemes</div>`;
    expect(company(body, { url: 'https://www.beispiel-logopaedie.de/impressum/', title: 'Impressum – Logopädie Sabine Beispiel' }).name).toBe('Logopädie Sabine Beispiel');
  });

  it('joins an organisation-type word above the name', () => {
    expect(company('<h2>Kontakt</h2><div>Verein</div><div>Innovationsnetz Beispiel</div><div>6430 Schwyz</div><p>© 2021 - Innovationsnetz Beispiel</p>').name).toBe('Verein Innovationsnetz Beispiel');
  });

  it('reads the copyright line and the title when nothing else names the organisation', () => {
    expect(company('<p>Copyright © 2015, Norwell Example. All rights reserved.</p>', { title: 'Norwell Example - Contact us', url: 'https://norwellexample.com/', lang: 'en' }).name).toBe('Norwell Example');
    expect(company('<li>© ABCConsultingLtd</li>', { title: 'ABC Consulting Ltd - Contact', lang: 'en', url: 'https://www.xyzadvisoryltd.co.uk/' }).name).toBe('ABC Consulting Ltd');
  });

  it('ends the holder at the full stop after a three-letter word when the rights sentence follows in capitals', () => {
    // Albanian "Të gjitha të drejtat …": no rights phrase of the list, so the sentence's end is what cuts it.
    const body = '<footer>© <span></span> Vula Gas. <span>Të gjitha të drejtat e rezervuara.</span></footer>';
    expect(company(body, { title: 'Rreth Nesh | Vula Gas', lang: 'sq', url: 'https://vula.example/' }).name).toBe('Vula Gas');
  });

  it('never takes the web agency, a label or a social network', () => {
    const body = `<h3>Konzept, Webdesign &amp; technische Umsetzung</h3><h4>PIXELWERK Internetagentur GmbH</h4><p>Agenturweg 1, 8010 Graz</p>
      <div>Facebook</div><div>2800 Mechelen</div>`;
    const { candidates } = company(body);
    expect(candidates.filter((c) => c.confidence >= 0.5).map((c) => c.value.name)).toEqual([]);
  });

  it('uses structured data legalName', () => {
    const ld = { '@type': 'Organization', name: 'ORBIT Energiesysteme', legalName: 'SOLVIA Haustechnik e. K.' };
    const r = company(`<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Hallo</p>`);
    expect(r.name).toBe('SOLVIA Haustechnik e. K.');
    expect(r.candidates.find((c) => c.value.name === 'SOLVIA Haustechnik e. K.')?.value.legalForm).toBe('e. K.');
  });
});

describe('company names', () => {
  it('keeps "di … & C." as part of an Italian partnership’s legal form', () => {
    expect(legalFormOf('ESEMPIO S.n.c. di Mario Rossi & C.')).toBe('S.n.c. di Mario Rossi & C.');
    expect(legalFormOf('Mario Rossi & C.')).toBeUndefined();
  });

  it('reads a lower-case brand with a legal form above register lines and the address', () => {
    const record = detectBody(
      '<p>beispieldruck e.U.</p><p>Rechtsform: eingetragenes Einzelunternehmen</p><p>Firmenbuchnummer: FN123456a</p><p>Firmenbuchgericht: Landesgericht Wiener Neustadt</p><p>Hauptplatz 1</p><p>2700 Wiener Neustadt</p>',
      'https://beispieldruck.at/impressum',
    );
    expect(record.company?.value.name).toBe('beispieldruck e.U.');
    expect(record.register?.value).toEqual({ court: 'Landesgericht Wiener Neustadt', number: 'FN 123456a' });
  });

  it('takes the company that owns the site’s brand, but not the owner of another firm’s mark', () => {
    const own = detectBody(
      '<footer><p>© 2020 Ex Logic. All rights reserved. Ex Logic is a registered trademark of Example Logic Ltd. Registered in England and Wales.</p></footer>',
      'https://www.exlogic.co.uk/',
      'en',
      'Ex Logic - IT support',
    );
    expect(own.company?.value.name).toBe('Example Logic Ltd');
    const other = detectBody('<footer><p>© 2020 Ex Logic. Mac is a trademark of Fruit Inc.</p></footer>', 'https://www.exlogic.co.uk/', 'en', 'Ex Logic');
    expect(other.company?.value.name).not.toBe('Fruit Inc');
  });

  it('reads a partnership without a legal form from a heading', () => {
    const record = detectBody(
      '<h2>Ravi Example &amp; Associates</h2><h2>CHARTERED ACCOUNTANTS</h2><p>Email: info@example.in</p>',
      'https://example.github.io/ca-ravi/contact.html',
      'en',
      'Contact Us',
    );
    expect(record.company?.value.name).toBe('Ravi Example & Associates');
  });
});

describe('company', () => {
  it('prefers the legal name in the footer to the brand in the title', () => {
    const record = detectBody(
      '<main><h1>Nordlicht Media</h1></main><footer><p>Nordlicht Media Limited, Registered in England and Wales.</p></footer>',
      'https://www.nordlichtmedia.co.uk/',
      'en',
      'Nordlicht Media',
    );
    expect(record.company?.value.name).toBe('Nordlicht Media Limited');
  });

  it('reads the name at the start of an imprint paragraph whose line breaks were lost', () => {
    const record = detectBody(
      '<h3>Anschrift</h3><p>Beispiel Holding AG\nSeestrasse 12\n8002 Zürich\nSchweiz\nTelefon: +41 44 000 00 00</p>',
      'https://www.beispiel.ch/impressum/',
    );
    expect(record.company?.value.name).toBe('Beispiel Holding AG');
  });

  it('takes a brand heading spelled like the domain when nothing better names the firm', () => {
    const record = detectBody('<h1>TAXWELL</h1><p>Taxwell prepares income tax returns since 1990.</p>', 'http://www.taxwell.ca/?action=aboutus', 'en', 'About Us');
    expect(record.company?.value.name).toBe('TAXWELL');
  });

  it('does not take a heading that is not the domain', () => {
    const record = detectBody('<h1>Welcome to our firm</h1><p>We prepare income tax returns.</p>', 'http://www.taxwell.ca/', 'en', 'About Us');
    expect(record.company).toBeNull();
  });

  it('never takes a sentence pointing to a directory site for the name above the address', () => {
    const record = detectBody(
      '<h2>Forretningsadresse</h2><p>Sjekk gjerne <a href="https://example.org/x">katalog.no</a></p><pre>Borettslaget Solbakken 12\nc/o advokat Kari Nordmann\nStorgata 5, 0155 Oslo\n</pre>',
      'https://solbakken.example.io/kontakt.html',
      'nb',
      'Kontakt',
    );
    expect(record.company?.value.name).toBe('Borettslaget Solbakken 12');
  });
});

describe('company detector: what names a section, an office or another link', () => {
  const nav = '<nav><a href="/">Start</a><a href="kontakt.html">Yhteystiedot</a><a href="team.html">Nuestro Equipo</a><a href="index.html#top">Kivi Oy</a></nav>';

  it('does not take a title or heading that is the text of a menu link to another page of the site', () => {
    expect(company(`${nav}<h1>Yhteystiedot</h1><p>Sähköposti: info@example.fi</p>`, { title: 'Yhteystiedot', url: 'https://kivi.example.fi/kontakt.html', lang: 'fi' }).name).not.toBe('Yhteystiedot');
    expect(company(`${nav}<h1>Nuestro Equipo</h1>`, { title: 'Nuestro Equipo', url: 'https://example.co/team.html', lang: 'es' }).name).not.toBe('Nuestro Equipo');
  });

  it('still reads a name linked to the front page with a fragment', () => {
    expect(company(`${nav}<p>Kivi on perheyritys.</p>`, { title: 'Kivi Oy', url: 'https://kivi.example.fi/', lang: 'fi' }).name).toBe('Kivi Oy');
  });

  it('reads the copyright holder from its own part of a footer split by markup, up to a link glued to it', () => {
    const footer = '<div class="legal"><span>© Vektor Logos · Ariadni Legal Partners</span><span>Piraeus · Athens</span></div>';
    expect(company(`<nav><a href="logos.html">Vektor Logos</a></nav>${footer}`, { title: 'Contact', url: 'https://example.gr/contact.html', lang: 'en' }).name).toBe('Ariadni Legal Partners');
    const glued = '<p>© 2026 Delta Metal EPE<a href="privacy.html">Privacy policy</a> · info@example.gr</p>';
    expect(company(glued, { title: 'Contact', url: 'https://example.gr/contact.html', lang: 'en' }).name).toBe('Delta Metal EPE');
  });

  it('does not take the heading above an address for the firm when it is the address\'s own town', () => {
    const body = '<h3>Thessaloniki</h3><p>Egnatia 12</p><p>546 30 Thessaloniki</p><p>© 2026 Delta Metal EPE</p>';
    expect(company(body, { title: 'Contact', url: 'https://example.gr/contact.html', lang: 'en' }).name).toBe('Delta Metal EPE');
  });
});

describe('company detector: a known name written out with its legal form', () => {
  it('takes the name of the logo heading as the text writes it with its legal form', () => {
    const body = '<h1 class="logo"><a href="/seura/etusivu.html">TAMPEREEN KEILASEURA</a></h1><nav><a href="/seura/tapahtumat.html">Tapahtumat</a></nav><p>Tampereen Keilaseura TKS ry kunnioittaa yksityisyyttäsi.</p>';
    expect(company(body, { title: 'Yhteystiedot', url: 'https://example.github.io/seura/yhteystiedot.html', lang: 'fi' }).name).toBe('Tampereen Keilaseura TKS ry');
  });

  it('does not join a lower-case word or a sentence to the name', () => {
    const body = '<h1>Nordlicht</h1><p>Nordlicht and Partner Consulting GmbH are our clients.</p>';
    expect(company(body, { title: 'Nordlicht', url: 'https://nordlicht.example/', lang: 'en' }).name).not.toBe('Nordlicht and Partner Consulting GmbH');
  });
});

describe('company detector: the logo and phrases above an address', () => {
  it('counts the logo\'s alt text, even in lower case, as agreeing with the title', () => {
    const body = '<img src="/img/logo.png" alt="novak in kranjc logo"><div class="heading">Lokacija pisarne</div><div>Celovška cesta 18, 1000 Ljubljana</div>';
    expect(company(body, { title: 'Novak in Kranjc', url: 'https://example.github.io/pisarna/', lang: 'sl' }).name).toBe('Novak in Kranjc');
  });

  it('reads a line above an address that goes on in lower-case words as a phrase, weaker than a name', () => {
    const { candidates } = company('<p>Lokacija pisarne</p><p>Celovška cesta 18, 1000 Ljubljana</p>', { title: 'Kontakt', url: 'https://example.si/kontakt', lang: 'sl' });
    const phrase = candidates.find((c) => c.value.name === 'Lokacija pisarne');
    expect(phrase === undefined || phrase.confidence < 0.5).toBe(true);
  });
});

describe('company detector: names in the ways post-Soviet and other registers write them', () => {
  it('reads a legal form written before the quoted name, and prefers the legalName that carries it', () => {
    expect(legalFormOf('ТОО «Пример Групп»')).toBe('ТОО');
    expect(legalFormOf('ООО "Ромашка"')).toBe('ООО');
    expect(legalFormOf('PT Maju Jaya')).toBe('PT');
    expect(legalFormOf('ИП')).toBeUndefined();
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"ПРИМЕР — завод блоков","legalName":"ТОО «Пример Групп»"}</script>';
    expect(company(ld, { url: 'https://primer.example.kz/kontakty.html', title: 'Контакты', lang: 'ru' }).name).toBe('ТОО «Пример Групп»');
  });

  it('reads a Japanese name whose legal form is glued to it, from structured data and the company table', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"株式会社サンプル","legalName":"株式会社サンプル","alternateName":"Sample Co., Ltd."}</script>';
    const body = `${ld}<dl><dt>会社名</dt><dd>株式会社サンプル / Sample Co., Ltd.</dd><dt>所在地</dt><dd>〒150-0001 東京都渋谷区神宮前1-2-3</dd></dl>`;
    expect(company(body, { url: 'https://www.sample.example.jp/company/', title: '会社概要｜株式会社サンプル', lang: 'ja' }).name).toBe('株式会社サンプル');
  });

  it('leaves a register number set off by a dash out of the name', () => {
    expect(company('<footer><p>© 2026 Hydra Handel A/S - CVR 12 34 56 78</p></footer>', { url: 'https://www.hydrahandel.example.dk/', lang: 'da' }).name).toBe('Hydra Handel A/S');
  });

  it('reads a copyright holder written as the domain by the name in it', () => {
    const body = '<p>Oficina Principal: Caracas.</p><footer><p>copyright © 2009 <a href="index.html">Medallas.com.ve</a>. All Rights Reserved</p></footer>';
    expect(company(body, { url: 'https://www.medallas.com.ve/contacto.html', title: 'Medallas', lang: 'es' }).name).toBe('Medallas');
  });

  it('reads an event\'s name from a title with its year', () => {
    expect(company('<h2>Styret</h2><p>Leder</p>', { url: 'https://karrieredagen.example.no/kontakt.html', title: 'Karrieredagen 2025 - Kontakt oss', lang: 'no' }).name).toBe('Karrieredagen');
  });

  it('keeps a name in guillemets whole instead of splitting the title at them', () => {
    expect(company('<p>Наши услуги</p>', { url: 'https://yacht.example.ru/', title: 'Яхт-сервис «Бриз»', lang: 'ru' }).name).toBe('Яхт-сервис «Бриз»');
  });

  it('takes no title that spells the page address, in any script, for the organisation', () => {
    expect(company('<p>Тел. +380 44 000 00 00</p>', { url: 'https://beton.example.ua/kontakty.html', title: 'Контакти', lang: 'uk' }).name).toBeNull();
    expect(company('<p>Bize ulaşın</p>', { url: 'https://havuz.example.tr/iletisim.html', title: 'İletişim - Mavi Havuz', lang: 'tr' }).name).toBe('Mavi Havuz');
  });

  it('takes no address label above an address for the name', () => {
    expect(company('<h3>Adres</h3><p>Yalı, Güneş Cad No:12/3, 35310 Güzelbahçe/İzmir</p>', { url: 'https://havuz.example.tr/iletisim.html', title: 'İletişim - Mavi Havuz', lang: 'tr' }).name).toBe('Mavi Havuz');
  });
});

describe('company detector: the names of a site\'s pages in many languages', () => {
  it('takes no page name of the research vocabulary ("Ons team", "Nuestro equipo") for the organisation', () => {
    expect(company('<h1>Ons team</h1><p>Wij zorgen voor u.</p>', { url: 'https://zorg.example.be/team.html', title: 'Ons team', lang: 'nl' }).name).toBeNull();
    expect(company('<h1>Nuestro equipo</h1>', { url: 'https://abogados.example.co/equipo.html', title: 'Nuestro equipo | Ruiz Abogados', lang: 'es' }).name).toBe('Ruiz Abogados');
  });
});

describe('company detector: declared brands and footer headings', () => {
  it('takes a lower-case declared name that spells the domain, and no lower-case word that does not', () => {
    const ld = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"${name}"}</script>`;
    expect(company(ld('kneeclinic'), { url: 'https://www.kneeclinic.gr/epikoinonia.html', title: 'Επικοινωνία', lang: 'el' }).name).toBe('kneeclinic');
    expect(company(ld('kontakt'), { url: 'https://www.kneeclinic.gr/epikoinonia.html', title: 'Επικοινωνία', lang: 'el' }).name).toBeNull();
  });

  it('reads the holder after "© 2020 Copyright:" and a footer heading that is a name with its legal form', () => {
    expect(company('<footer><p>© 2020 Copyright: <a href="#">Sinar Jaya Bandung</a></p></footer>', { url: 'https://sinar.example.id/', title: 'Hubungi Kami', lang: 'id' }).name).toBe('Sinar Jaya Bandung');
    expect(company('<footer><h5>PT SINAR JAYA ABADI</h5><p>© 2020 Copyright: <a href="#">Sinar Jaya Bandung</a></p></footer>', { url: 'https://sinar.example.id/', title: 'Hubungi Kami', lang: 'id' }).name).toBe('PT SINAR JAYA ABADI');
  });
});
