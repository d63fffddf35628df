/** File names and types of what the options page downloads. */

export type DownloadKind = 'leads' | 'rejected' | 'data' | 'report';
export type DownloadFormat = 'csv' | 'vcf' | 'json';

export const MIME: Record<DownloadFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  vcf: 'text/vcard;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "leadfill-leads-2025-03-07-1405.csv": local date and time so two exports a day do not overwrite
 * each other, no characters a file system rejects. `label` (an import's file name) is reduced to safe ones.
 */
export function downloadName(kind: DownloadKind, format: DownloadFormat, at: Date, label?: string): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const safe = (label ?? '')
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .split('-')
    .filter(Boolean)
    .join('-')
    .slice(0, 60);
  return ['leadfill', kind, safe, stamp].filter(Boolean).join('-') + `.${format}`;
}
