import { describe, expect, it } from 'vitest';
import { MIME, downloadName } from '../../../src/shared/download-name';
import { exportDefaults } from '../../../src/shared/format';

const at = new Date(2025, 2, 7, 14, 5);

describe('downloadName', () => {
  it('names exports with the local date and time', () => {
    expect(downloadName('leads', 'csv', at)).toBe('leadfill-leads-2025-03-07-1405.csv');
    expect(downloadName('leads', 'vcf', at)).toBe('leadfill-leads-2025-03-07-1405.vcf');
    expect(downloadName('data', 'json', at)).toBe('leadfill-data-2025-03-07-1405.json');
  });

  it('reduces an import file name to safe characters', () => {
    expect(downloadName('rejected', 'csv', at, 'Kunden Müller & Söhne (2024).csv')).toBe('leadfill-rejected-Kunden-Muller-Sohne-2024-2025-03-07-1405.csv');
    expect(downloadName('rejected', 'csv', at, '../../etc/passwd')).toBe('leadfill-rejected-etc-passwd-2025-03-07-1405.csv');
    expect(downloadName('rejected', 'csv', at, '***.csv')).toBe('leadfill-rejected-2025-03-07-1405.csv');
  });

  it('has a type for every format', () => {
    expect(MIME.vcf).toMatch(/^text\/vcard/);
  });
});

describe('exportDefaults', () => {
  it('uses ";" and German headers for German, "," otherwise', () => {
    expect(exportDefaults('de-DE')).toEqual({ language: 'de', delimiter: ';' });
    expect(exportDefaults('de')).toEqual({ language: 'de', delimiter: ';' });
    expect(exportDefaults('en-GB')).toEqual({ language: 'en', delimiter: ',' });
  });
});
