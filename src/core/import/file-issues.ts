/**
 * What is wrong with a file as a whole, said before anything is imported. Errors stop the import and
 * use the one error shape of the core (an empty file, not text, an Excel workbook, no rows, too many
 * columns for a contact list); notices are shown beside the preview (a skipped preamble, damage from a
 * re-save in the wrong encoding, vCards that could not be read).
 */
import { appError, type AppError } from '../errors';
import { REPLACEMENT } from './header-words';

/** Columns a contact export has at most (Outlook writes 92); beyond this the file is not a lead list. */
export const MAX_COLUMNS = 500;

export type FileError = Extract<AppError, { code: `import-${string}` }>;

export type FileNoticeCode = 'damaged-encoding' | 'preamble-skipped' | 'broken-cards';

export interface FileNotice {
  code: FileNoticeCode;
  params: Record<string, string | number>;
}

export type FileIssue = FileError | FileNotice;

/** Errors stop the import; notices are warnings shown beside the preview. */
export function isBlocking(issue: FileIssue): issue is FileError {
  return issue.code.startsWith('import-');
}

export function tooManyColumns(count: number): FileError | null {
  return count > MAX_COLUMNS ? appError('import-too-many-columns', { count, max: MAX_COLUMNS }) : null;
}

/** Issues visible in the bytes and the decoded text before parsing. */
export function contentIssues(bytes: Uint8Array | null, text: string): FileIssue[] {
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return [appError('import-spreadsheet-file')];
  if (!text.trim()) return [appError('import-empty-file')];
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
  }
  if (control > head.length * 0.02) return [appError('import-binary-file')];
  let damaged = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) damaged++;
  return damaged ? [{ code: 'damaged-encoding', params: { count: damaged } }] : [];
}
