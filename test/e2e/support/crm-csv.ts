/**
 * The CRM export the lead-flow test imports: German headers, ";" and Windows-1252 bytes, as German
 * Excel saves a CSV. The demo company's row names its website as {{DEMO_SITE}}, replaced at test time
 * by the static server's origin (its port is random), so the lead belongs to the page the rep visits.
 * To edit the fixture: `iconv -f windows-1252 -t utf-8 FILE > x.csv`, edit, `iconv -f utf-8 -t windows-1252 x.csv > FILE`
 * (keep the CRLF line ends and the Windows-1252-only characters – „ “ €, which prove the decoding).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './extension-copy';

export const CRM_CSV_FIXTURE = join(ROOT, 'test/fixtures/crm/leads-incomplete-windows-1252.csv');

/** The fixture's bytes with the demo company's website set to `demoOrigin`; every other byte unchanged. */
export function crmCsvBytes(demoOrigin: string): Buffer {
  // latin1 maps each byte to one char and back, so the Windows-1252 bytes survive the replacement.
  const text = readFileSync(CRM_CSV_FIXTURE).toString('latin1');
  if (!text.includes('{{DEMO_SITE}}')) throw new Error(`${CRM_CSV_FIXTURE} lacks the {{DEMO_SITE}} placeholder`);
  return Buffer.from(text.replace('{{DEMO_SITE}}', demoOrigin), 'latin1');
}
