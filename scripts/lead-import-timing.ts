/**
 * Timing check for the CSV import (not a test): builds a 100,000-row CRM export in memory and imports it.
 * Run: npx tsx scripts/lead-import-timing.ts [rows]
 */
import { importCsv } from '../src/core/lead/csv-import';

const rows = Number(process.argv[2] ?? 100_000);
const header = 'Firma;Vorname;Nachname;Position;Telefon;Mobil;E-Mail;Webseite;Straße;PLZ;Ort;Land;USt-IdNr.;Quelle;Notizen';
const lines = [header];
for (let i = 0; i < rows; i++) {
  lines.push([
    `Müller & Söhne ${i} GmbH`, 'Anna', `Schäfer${i}`, 'Geschäftsführerin', `089 ${1_000_000 + i}`, `0171 ${2_000_000 + i}`,
    `anna.schaefer${i}@firma${i}.de`, `https://www.firma${i}.de`, `Hauptstraße ${i % 200}`, String(10_000 + (i % 89_999)), 'München',
    'Deutschland', `DE${String(100_000_000 + i)}`, 'Messe', i % 50 === 0 ? '"Rückruf erbeten;\nbitte Montag"' : '',
  ].join(';'));
}
const bytes = new TextEncoder().encode(lines.join('\r\n'));
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = importCsv(bytes, { at: Date.now(), newId: (() => { let n = 0; return () => `l${n++}`; })() });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(`${rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (${result.leads.length} leads, ${result.rejected.length} rejected, ${result.encoding}, "${result.delimiter}")`);
