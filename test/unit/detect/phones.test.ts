import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { findPhones } from '../../../src/core/detect/detectors/phones';
import { detectBody, pageOf, readPage } from '../../support/detect';
import { labelAfter, labelBefore } from '../../../src/core/detect/detectors/phones/labels';
import { parseRun } from '../../../src/core/detect/detectors/phones/number';
import { findRuns } from '../../../src/core/detect/detectors/phones/runs';
import type { CountryCode } from 'libphonenumber-js/mobile';
import { parseHtml } from '../../../src/node/parse-html';

const e164s = (list: readonly { value: { e164: string } }[]) => list.map((p) => p.value.e164).sort();

function page(body: string, url = 'https://www.example.de/impressum', head = '', lang = 'de') {
  return readPage(parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`), url);
}

/** Accepted numbers as the record would list them. */
function accepted(body: string, countries: CountryCode[] = ['DE'], opts: { url?: string; head?: string } = {}) {
  const found = findPhones(page(body, opts.url, opts.head), countries);
  const ok = found.filter((c) => c.confidence >= 0.5);
  return {
    phones: ok.filter((c) => c.value.kind !== 'fax').map((c) => c.value.e164),
    faxes: ok.filter((c) => c.value.kind === 'fax').map((c) => c.value.e164),
    all: found,
  };
}

describe('digit runs', () => {
  it('keeps separators inside a number and drops them at its ends', () => {
    expect(findRuns('Tel.: (0221) 123 45-67, Fax').map((r) => r.text)).toEqual(['(0221) 123 45-67']);
  });
  it('marks runs glued to letters', () => {
    const [iban] = findRuns('IBAN: DE89 3704 0044 0532 0130 00');
    expect(iban!.gluedLeft).toBe('de');
    expect(findRuns('N.I.F. 36814527-Z')[0]!.gluedRight).toBe(true);
    expect(findRuns('A-8160 Weiz')[0]!.gluedLeft).toBe('a');
  });
});

describe('number parsing', () => {
  it('reads switchboard extensions as part of the number', () => {
    expect(parseRun('+49 2232 5816-0', ['DE']).map((n) => n.e164)).toEqual(['+49223258160']);
    expect(parseRun('+49 2232 5816-2745', ['DE']).map((n) => n.e164)).toEqual(['+49223258162745']);
  });
  it('splits "0755 - 2561847 / 53" into two lines sharing the prefix', () => {
    expect(parseRun('0755 - 2561847 / 53', ['IN']).map((n) => n.e164)).toEqual(['+917552561847', '+917552561853']);
  });
  it('splits two whole numbers listed with a spaced dash, the second without its country code', () => {
    expect(parseRun('+58 414 325 42 31 - 414 246 86 65', ['VE']).map((n) => n.e164)).toEqual(['+584143254231', '+584142468665']);
    // An area code set off by a spaced dash stays one number.
    expect(parseRun('0211 - 4567890', ['DE']).map((n) => n.e164)).toEqual(['+492114567890']);
  });
  it('keeps a slash after the area code as one number', () => {
    expect(parseRun('04321 / 588 31 46', ['DE']).map((n) => n.e164)).toEqual(['+4943215883146']);
  });
  it('rejects dates, year ranges, decimals and national numbers without trunk prefix', () => {
    expect(parseRun('27.12.2020', ['DE'])).toEqual([]);
    expect(parseRun('2010-2018', ['DK'])).toEqual([]);
    expect(parseRun('47.5316824', ['FR'])).toEqual([]);
    expect(parseRun('736 829 144', ['FR'])).toEqual([]);
    expect(parseRun('08.00 - 12.00', ['DE'])).toEqual([]);
  });
  it('reads dots as digit groups after a + sign, where a figure cannot be a decimal', () => {
    expect(parseRun('+49(0)30.98765432', ['DE']).map((n) => n.e164)).toEqual(['+493098765432']);
    expect(parseRun('30.98765432', ['DE'])).toEqual([]);
  });
  it('reads the North American shape without a page country', () => {
    expect(parseRun('(504) 555-0147', []).map((n) => n.e164)).toEqual(['+15045550147']);
  });
  it('treats U+2011 and en-dashes as hyphens, "(0)" after the country code as trunk', () => {
    expect(parseRun('+1 (352) 555\u20110129', []).map((n) => n.e164)).toEqual(['+13525550129']);
    expect(parseRun('0941 \u2013 5 63 17 28', ['DE']).map((n) => n.e164)).toEqual(['+499415631728']);
    expect(parseRun('+49 (0) 89 1234567', []).map((n) => n.e164)).toEqual(['+49891234567']);
  });
  it('tries fallback countries for numbers impossible in the first', () => {
    expect(parseRun('0755 - 2561847', ['US', 'IN']).map((n) => n.e164)).toEqual(['+917552561847']);
  });
});

describe('labels', () => {
  it('takes the label nearest to the number', () => {
    expect(labelBefore('Tel. 0123 456, Fax ')).toBe('fax');
    expect(labelBefore('Telefon (Mobil): ')).toBe('mobile');
    expect(labelBefore('Tel./Fax: ')).toBe('both');
    expect(labelBefore('T: ')).toBe('voice');
    expect(labelBefore('F: ')).toBe('fax');
    expect(labelBefore('IBAN: ')).toBe('other');
  });
  it('reads a label in brackets after the number', () => {
    expect(labelAfter(' (Fax und Telefon) erreichbar')).toBe('both');
    expect(labelAfter(' (mobil)')).toBe('mobile');
  });
});

describe('phones detector', () => {
  it('tells phone, mobile and fax apart by label', () => {
    const r = accepted('<p>Telefon: 0861 41007</p><p>Mobil: 0160 – 9372615</p><p>Fax: 0861 41659</p>');
    expect(r.phones).toEqual(['+4986141007', '+491609372615']);
    expect(r.faxes).toEqual(['+4986141659']);
    expect(r.all.find((c) => c.value.e164 === '+491609372615')!.value.kind).toBe('mobile');
  });
  it('reads "oder 43822" as a second number sharing the area code', () => {
    expect(accepted('<p>Telefon: 0861 41007 oder 43822</p>').phones).toEqual(['+4986141007', '+4986143822']);
  });
  it('completes a bare fax extension from the number before it', () => {
    const r = accepted('<p>Tel. +49 2232 5816-0<br>Fax -2745</p>');
    expect(r.phones).toEqual(['+49223258160']);
    expect(r.faxes).toEqual(['+49223258162745']);
  });
  it('lists a "Fax und Telefon" line as both', () => {
    const r = accepted('<p>Im Büro unter 0203-4619275 (Fax und Telefon) erreichbar.</p>');
    expect(r.phones).toEqual(['+492034619275']);
    expect(r.faxes).toEqual(['+492034619275']);
  });
  it('ignores incomplete numbers', () => {
    expect(accepted('<p>Henrik Feldmann</p><p>0203 /</p>').phones).toEqual([]);
  });
  it('takes the label from a label-only line above the number', () => {
    const r = accepted('<div>Fax Number:</div><div>+1 (365) 555-0182</div><div>Phone</div><div>(504) 555-0147</div>', ['US']);
    expect(r.faxes).toEqual(['+13655550182']);
    expect(r.phones).toEqual(['+15045550147']);
  });
  it('keeps a number labelled fax a fax even where a tel: link shows it', () => {
    const r = accepted('<h3>Fax Number:</h3><div><a href="tel:+13655550182">+1 (365) 555-0182</a></div>', ['CA']);
    expect(r.faxes).toEqual(['+13655550182']);
    expect(r.phones).toEqual([]);
  });
  it('decodes entity- and URL-encoded tel: links and repairs "+0…"', () => {
    expect(accepted('<a href="tel:&#43;41%2076%20512%2038%2046"><i class="icon"></i></a>', ['CH']).phones).toEqual(['+41765123846']);
    expect(accepted('<a href="tel:+0164523719">01 64 52 37 19</a>', ['FR']).phones).toEqual(['+33164523719']);
    expect(accepted('<a href="tel:069–74218365">Jetzt anrufen</a>').phones).toEqual(['+496974218365']);
  });
  it('prefers the visible number over a structured-data typo', () => {
    const ld = '<script type="application/ld+json">{"@type":"Organization","telephone":"+49 167 59274318"}</script>';
    const r = accepted('<p>Telefon (Mobil): 0176 59274318</p>', ['DE'], { head: ld });
    expect(r.phones).toEqual(['+4917659274318']);
  });
  it('keeps structured numbers that no visible number contradicts', () => {
    const ld = '<script type="application/ld+json">{"@type":"LocalBusiness","telephone":"+49 89 7473440","faxNumber":"+49 89 7473449"}</script>';
    const r = accepted('<p>Willkommen</p>', ['DE'], { head: ld });
    expect(r.phones).toEqual(['+49897473440']);
    expect(r.faxes).toEqual(['+49897473449']);
  });
  it('does not take a structured fax for a typo of the shown phone it differs from in two digits', () => {
    const ld = '<script type="application/ld+json">{"@type":"MedicalClinic","telephone":"+1-561-555-0100","faxNumber":"+1-561-555-0187"}</script>';
    const r = accepted('<p>Call <a href="tel:5615550100">561-555-0100</a></p>', ['US'], { head: ld });
    expect(r.phones).toEqual(['+15615550100']);
    expect(r.faxes).toEqual(['+15615550187']);
  });
  it('puts numbers in web-agency credits and under supervisory authorities below ACCEPT', () => {
    const body = `<h1>Impressum</h1><p>Muster GmbH</p><p>Tel.: 089 1234567</p>
      <h3>Web</h3><h4>Konzept, Webdesign &amp; Umsetzung</h4><h4>Agentur X</h4><p>Tel.: +43 800 318 274</p>
      <h2>Aufsichtsbehörden:</h2><p>Notarkammer Musterland</p><p>Telefon: 089 4712300</p><p>Fax: 089 47123099</p>
      <p>Websiteanpassungen:</p><p>Max Roß, Ahornstrasse 17a, 24534 Neumünster, 04321/58830</p>`;
    const r = accepted(body);
    expect(r.phones).toEqual(['+49891234567']);
    expect(r.faxes).toEqual([]);
    expect(r.all.filter((c) => c.confidence < 0.5).length).toBeGreaterThanOrEqual(4);
  });
  it('does not take a "Web: www…" field as a credits block', () => {
    expect(accepted('<p>Web: www.example.de</p><p>Tel. 089 1234567</p>').phones).toEqual(['+49891234567']);
  });
  it('inline credits: "Diseñado por" before a number', () => {
    expect(accepted('<p>© 2026 Clínica · Diseñado por agencia.com · 943 111 222</p>', ['ES']).phones).toEqual([]);
  });
  it('ignores IBAN, BIC, VAT, register numbers, GLN, dates and postcodes', () => {
    const body = `<p>IBAN: DE89 3704 0044 0532 0130 00</p><p>SWIFT-BIC: MUSTDEFFXXX</p><p>USt-IdNr.: DE276418357</p>
      <p>AG Bonn HRB 41 736</p><p>GLN: 4012345000009</p><p>RCS Nanterre B 736 829 144</p><p>gegründet am 14.03.2019</p>
      <p>A-8160 Weiz</p><p>Steuernummer: 21/815/08154</p><p>Company Number: 09184627</p><p>Kundennummer 0221 123456</p>`;
    expect(accepted(body, ['DE']).all).toEqual([]);
  });
  it('keeps unlabelled numbers in prose below ACCEPT but accepts them on contact lines', () => {
    const prose = '<p>Wir haben diese Erklärung verfasst und die Version 0123 456789 gilt seit langem für alle Besucherinnen und Besucher der Seite.</p>';
    expect(accepted(prose).phones).toEqual([]);
    expect(accepted('<p>Max Muster</p><p>0203 / 518724</p>').phones).toEqual(['+49203518724']);
  });
});

describe('engine', () => {
  it('uses the page country for national numbers and +prefixed numbers for generic TLDs', () => {
    const doc = parseHtml('<html lang="en"><body><p>Head office: +44 20 7946 0000</p><p>Sales: 020 7946 0001</p></body></html>');
    const r = detect(doc, 'https://example.com/contact');
    expect(r.record.phones.map((c) => c.value.e164)).toEqual(['+442079460000', '+442079460001']);
  });
});

describe('phone look-alikes and bracketed codes', () => {
  it('reads "(+91) 98xxxxxxxx" with the country code in brackets', () => {
    const found = findPhones(pageOf('<p>Contact No.: (+91) 9812345678, (+91) 9912345678</p>', 'https://www.example.in/contact', 'en'), ['IN']);
    expect(found.filter((c) => c.confidence >= 0.5).map((c) => c.value.e164).sort()).toEqual(['+919812345678', '+919912345678']);
  });

  it('does not take an Italian REA number for a phone', () => {
    const found = findPhones(pageOf('<p>REA MI – 123456</p><p>Numero REA: 654321</p>', 'https://www.esempio.it/', 'it'), ['IT']);
    expect(found.filter((c) => c.confidence >= 0.5)).toEqual([]);
  });
});

describe('phone and fax on one label', () => {
  it('gives "Phone or Fax:" to both lists', () => {
    const record = detectBody('<h5>Phone or Fax: 519-555-0143</h5><h5>Phone: 519-555-0177 Fax: 519-555-0188</h5>', 'https://example.ca/about', 'en', 'About');
    expect(e164s(record.phones)).toEqual(['+15195550143', '+15195550177']);
    expect(e164s(record.faxes)).toEqual(['+15195550143', '+15195550188']);
  });

  it('reads "Telefon oder Fax" the same way', () => {
    const record = detectBody('<p>Telefon oder Fax: 030 12345678</p>', 'https://muster.de/kontakt');
    expect(e164s(record.phones)).toEqual(['+493012345678']);
    expect(e164s(record.faxes)).toEqual(['+493012345678']);
  });
});

describe('placeholder numbers', () => {
  it('keeps template placeholders below acceptance and real numbers above', async () => {
    const { isPlaceholderNumber } = await import('../../../src/core/detect/detectors/phones/placeholder');
    expect(isPlaceholderNumber('8475555555')).toBe(true);
    expect(isPlaceholderNumber('790000000')).toBe(true);
    expect(isPlaceholderNumber('3655550182')).toBe(false);
    expect(isPlaceholderNumber('3050360714')).toBe(false);
    expect(accepted('<p>Tel: <a href="tel:+41790000000">079 000 00 00</a></p>', ['CH']).phones).toEqual([]);
  });
});

describe('numbers a link dials and shows', () => {
  it('lists both when a tel: link dials another number than it shows', () => {
    const r = accepted('<p>Call <a href="tel:+61249430000">(02) 4106 5555</a></p>', ['AU']);
    expect(r.phones.sort()).toEqual(['+61241065555', '+61249430000']);
  });

  it('keeps only the shown number when the dialled one is a typo of it', () => {
    const r = accepted('<p>Call <a href="tel:+61241065556">(02) 4106 5555</a></p>', ['AU']);
    expect(r.phones).toEqual(['+61241065555']);
  });

  it('does not read a North American unit and house number ("#744-1641 Main Ave.") as a phone', () => {
    expect(accepted('<p>#744-1641 Main Ave. North Vale, BC V7M 1A1</p>', ['CA']).phones).toEqual([]);
  });
});

describe('phones: numbers beside post-Soviet requisites and short figures', () => {
  it('does not join a floor number to a phone across a figure in between', () => {
    const got = accepted('<div><a href="tel:+77000000019">+7 700 000 00 19</a>WhatsApp<span>г. Алматы, ул. Примерная, 25, 3 этаж</span></div>', ['KZ'], { url: 'https://primer.example.kz/' });
    expect(got.phones).toEqual(['+77000000019']);
  });

  it('reads no ИНН, ОГРН or БИН under or beside its label as a phone, and reads Cyrillic phone labels', () => {
    expect(accepted('<p>ИНН</p><p>7734708858</p>', ['RU'], { url: 'https://yacht.example.ru/' }).phones).toEqual([]);
    expect(accepted('<p>БИН 260240031386</p>', ['KZ'], { url: 'https://primer.example.kz/' }).phones).toEqual([]);
    expect(labelBefore('Тел./факс: ')).toBe('both');
    expect(labelBefore('Моб. ')).toBe('mobile');
    expect(labelBefore('Факс ')).toBe('fax');
  });
});

describe('phones: the country a number is valid in', () => {
  it('reads a number in the first pointed-at country it is valid in, not the first it is merely possible in', () => {
    expect(parseRun('0470 12 34 56', ['NL', 'BE'])[0]?.e164).toBe('+32470123456');
    expect(parseRun('020 123 4567', ['NL', 'BE'])[0]?.e164).toBe('+31201234567');
  });
  it('knows fixed lines are valid too, so a Brussels number on a page pointing at NL and BE is Belgian', () => {
    expect(parseRun('02 511 22 33', ['NL', 'BE'])[0]?.e164).toBe('+3225112233');
    expect(parseRun('030 2847 1022', ['DE'])[0]?.valid).toBe(true);
  });
  it('reads a "+" before a national number without its country code in the page country', () => {
    expect(accepted('<p>Numer: +533 654 033</p>', ['PL']).phones).toEqual(['+48533654033']);
    // A valid international number stays what it says, whatever the page country.
    expect(accepted('<p>London office: +44 20 7946 0321</p>', ['PL']).phones).toEqual(['+442079460321']);
  });
});

describe('phones: one mobile written with and without its mobile digit', () => {
  it('merges "+54 (0343) 6 987 274" into the WhatsApp mobile +54 9 343 698 7274', () => {
    const body = '<p>📱 +54 (0343) 6 987 274</p><p><a href="https://wa.me/5493436987274">WhatsApp</a></p>';
    expect(accepted(body, ['AR']).phones).toEqual(['+5493436987274']);
  });
  it('keeps a fixed line that only shares digits with a mobile', () => {
    const body = '<p>Tel. (0343) 407 7684</p><p><a href="https://wa.me/5493436987274">WhatsApp</a></p>';
    expect(accepted(body, ['AR']).phones.sort()).toEqual(['+543434077684', '+5493436987274']);
  });
});

describe('phones: other organisations a page lists', () => {
  it('keeps the numbers under bare "Hospitals" / "Surgery Centers" headings below ACCEPT', () => {
    const body = `<h3>Offices</h3><p>Hobart Office<br>Phone: (219) 947-1000<br>Fax: 219-947-1001</p>
      <h3>SURGERY CENTERS</h3><p>Lakeside Surgery Center<br>Phone (219) 662-1234</p>
      <h3>HOSPITALS</h3><p>St. Example Medical Center<br>Phone (219) 942-2345</p>`;
    const r = accepted(body, ['US'], { url: 'https://www.example-surgeons.com/contact/' });
    expect(r.phones).toEqual(['+12199471000']);
    expect(r.faxes).toEqual(['+12199471001']);
  });
  it('still takes "Our hospitals" as the organisation\'s own', () => {
    const body = '<h3>Our hospitals</h3><p>North Campus<br>Phone (219) 942-2345</p>';
    expect(accepted(body, ['US'], { url: 'https://www.example-health.com/' }).phones).toEqual(['+12199422345']);
  });
  it('keeps the stand-in practice of a doctor below ACCEPT', () => {
    const body = `<ul><li>Praxis: <a href="tel:+497111234567">0711 1234567</a></li>
      <li>Urlaubsvertretung: <a href="tel:+497117654321">0711 7654321</a></li></ul>
      <ul><li>Havířov: <a href="tel:+420773100200">+420 773 100 200</a></li><li>Zástup: <a href="tel:+420596100200">+420 596 100 200</a></li></ul>`;
    expect(accepted(body, ['DE', 'CZ']).phones).toEqual(['+497111234567', '+420773100200']);
  });
});
