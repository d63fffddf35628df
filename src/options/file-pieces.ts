/** A file's text cut into the pieces it is handed over in (options/import-upload.ts). */
import { IMPORT_PIECE_CHARS } from '../shared/messages';

/** Where to cut `text` near `at` without splitting a surrogate pair (a lone half does not survive a message). */
function cutAt(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

export function pieces(text: string, size = IMPORT_PIECE_CHARS): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length || out.length === 0;) {
    const end = cutAt(text, start + size);
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
