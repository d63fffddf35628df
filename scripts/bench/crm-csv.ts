/**
 * A CRM export of `rows` incomplete leads as a German Excel would write it (`;`, umlauts, a quoted
 * line break now and then), plus one lead for the site at `ownSite`, so the popup has a match.
 */
export function crmCsv(rows: number, ownSite: string): Uint8Array {
  const header = 'Firma;Vorname;Nachname;Position;Telefon;Mobil;E-Mail;Webseite;Straße;PLZ;Ort;Land;USt-IdNr.;Quelle;Notizen';
  const lines = [header, `Musterwerk Maschinenbau GmbH;Katrin;Vogelsang;Vertrieb;;;;${ownSite};;;;Deutschland;;Messe;`];
  for (let i = 1; i < rows; i++) {
    lines.push([
      `Müller & Söhne ${i} GmbH`, 'Anna', `Schäfer${i}`, 'Geschäftsführerin', `089 ${1_000_000 + i}`, i % 3 ? '' : `0171 ${2_000_000 + i}`,
      `anna.schaefer${i}@firma${i}.de`, `https://www.firma${i}.de`, i % 4 ? `Hauptstraße ${i % 200}` : '', String(10_000 + (i % 89_999)), 'München',
      'Deutschland', '', i % 2 ? 'Messe' : 'Webinar', i % 50 === 0 ? '"Rückruf erbeten;\nbitte Montag"' : '',
    ].join(';'));
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}
