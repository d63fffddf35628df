/**
 * Hands a decoded file over to the background for its import job, in pieces: one runtime message
 * carries a few megabytes at most, and a piece lost to a stopped worker is sent again (the next
 * message wakes a new one). The background stores each piece; the job reads the file from there.
 */
import { send } from '../shared/send';
import { pieces } from './file-pieces';

export async function handOver(text: string): Promise<{ upload: string; pieces: number }> {
  const upload = crypto.randomUUID();
  const parts = pieces(text);
  for (const [index, part] of parts.entries()) {
    const request = { type: 'leads.importPiece', upload, index, text: part } as const;
    await send(request).catch(() => send(request));
  }
  return { upload, pieces: parts.length };
}
