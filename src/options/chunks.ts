/** The background takes at most 5000 leads a message; smaller chunks keep each write short and the progress bar moving. */
export const IMPORT_CHUNK = 2000;

export function chunk<T>(items: readonly T[], size = IMPORT_CHUNK): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Chunk size must be a positive integer, not ${size}.`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sends chunk after chunk, in order, reporting how many items are done; stops at the first failure. */
export async function sendInChunks<T, R>(
  items: readonly T[],
  sendChunk: (items: T[]) => Promise<R>,
  onProgress: (done: number, total: number) => void,
  size = IMPORT_CHUNK,
): Promise<R[]> {
  const results: R[] = [];
  let done = 0;
  onProgress(0, items.length);
  for (const part of chunk(items, size)) {
    results.push(await sendChunk(part));
    done += part.length;
    onProgress(done, items.length);
  }
  return results;
}
