/**
 * What is wrong with a file as a whole, said before anything is imported: empty, not text (a binary
 * or an Excel workbook), no rows, too many columns to be a contact list, or damaged by a re-save in
 * the wrong encoding. Each issue is a code with parameters; the options page words it in the rep's
 * language.
 */
import { REPLACEMENT } from './header-words';

/** Columns a contact export has at most (Outlook writes 92); beyond this the file is not a lead list. */
export const MAX_COLUMNS = 500;

export type FileIssueCode = 'empty-file' | 'binary-file' | 'spreadsheet-file' | 'no-rows' | 'too-many-columns' | 'damaged-encoding'
  | 'preamble-skipped' | 'broken-cards';

export interface FileIssue {
  code: FileIssueCode;
  params: Record<string, string | number>;
}

/** Issues that stop the import; the others are warnings shown beside the preview. */
const BLOCKING: ReadonlySet<FileIssueCode> = new Set(['empty-file', 'binary-file', 'spreadsheet-file', 'no-rows', 'too-many-columns']);

export function isBlocking(issue: FileIssue): boolean {
  return BLOCKING.has(issue.code);
}

/** Issues visible in the bytes and the decoded text before parsing. */
export function contentIssues(bytes: Uint8Array | null, text: string): FileIssue[] {
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return [{ code: 'spreadsheet-file', params: {} }];
  if (!text.trim()) return [{ code: 'empty-file', params: {} }];
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
  }
  if (control > head.length * 0.02) return [{ code: 'binary-file', params: {} }];
  let damaged = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) damaged++;
  return damaged ? [{ code: 'damaged-encoding', params: { count: damaged } }] : [];
}
