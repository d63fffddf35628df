/**
 * Layouts from a fourth round of unseen pages: Swiss UIDs written "CHE-… MWST" or with a non-breaking
 * hyphen, Danish CVR numbers, lines labelled "Phone or Fax", a brand next to its legal name, an
 * imprint paragraph whose line breaks were lost, a domain-spelled brand heading and a sentence
 * pointing to a directory site above the address.
 */
import { detectBody } from '../../support/detect';
import { describe, expect, it } from 'vitest';


const e164s = (list: readonly { value: { e164: string } }[]) => list.map((p) => p.value.e164).sort();

describe('Swiss UID', () => {
  it('reads "CHE-… MWST" as the VAT id even when the same UID is the register number', () => {
    const record = detectBody(
      '<h2>Handelsregister-Eintrag</h2><p>Handelsregister Nr: CHE-116.281.710</p><h2>Mehrwertsteuer</h2><p>CHE-116.281.710 MWST</p>',
      'https://muster-ag.ch/impressum',
    );
    expect(record.vatId?.value).toBe('CHE116281710');
    expect(record.register?.value.number).toBe('CHE-116.281.710');
  });

  it('reads the UID under a "Mehrwertsteuer-Nummer" heading', () => {
    const record = detectBody('<h3>Mehrwertsteuer-Nummer:</h3><p>CHE-116.281.710</p>', 'https://muster-ag.ch/impressum');
    expect(record.vatId?.value).toBe('CHE116281710');
  });

  it('reads a register number written with a non-breaking hyphen (U+2011)', () => {
    const record = detectBody('<h3>Firmennummer</h3><p>CHE\u2011116.281.710\nHandelsregister des Kantons Bern</p>', 'https://muster-ag.ch/impressum');
    expect(record.register?.value.number).toBe('CHE-116.281.710');
  });
});

describe('Danish CVR', () => {
  it('keeps a bare CVR number in the register, not in the VAT id', () => {
    const record = detectBody('<footer><p>Muster ApS<br>CVR-nummer: 32306772</p></footer>', 'https://muster.dk/', 'da', 'Muster');
    expect(record.register?.value.number).toBe('32306772');
    expect(record.vatId).toBeNull();
  });

  it('still reads the VAT id when it is printed with its DK prefix', () => {
    const record = detectBody('<footer><p>Muster ApS<br>CVR: DK32306772</p></footer>', 'https://muster.dk/', 'da', 'Muster');
    expect(record.vatId?.value).toBe('DK32306772');
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
