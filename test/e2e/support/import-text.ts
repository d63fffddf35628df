/**
 * Imports a CSV text as the options page does: the text handed over in one piece, then the durable
 * import job, awaited until it is done. For tests and benches that need imported leads to start from.
 */

/** Sends one request from an extension page and returns its data (throws on an error reply). */
export type Ask = <T>(message: Record<string, unknown>) => Promise<T>;

export interface ImportRequest {
  text: string;
  mapping: (string | null)[];
  batch: string;
  defaultCountry?: string;
  /** What the file was decoded from (the options page passes decodeCsv's finding). */
  encoding?: string;
}

interface JobState {
  id: string;
  state: string;
}

export async function importText(ask: Ask, { text, mapping, batch, defaultCountry = 'DE', encoding = 'utf-8' }: ImportRequest, timeoutMs = 60_000): Promise<{ added: number; known: number }> {
  // Named as the options page names an upload: the batch name ("fair.csv") is no valid upload id.
  const upload = crypto.randomUUID();
  await ask({ type: 'leads.importPiece', upload, index: 0, text });
  const job = await ask<JobState>({ type: 'leads.importStart', upload, pieces: 1, encoding, mapping, batch, defaultCountry });
  const until = Date.now() + timeoutMs;
  for (;;) {
    const current = (await ask<JobState[]>({ type: 'jobs.list' })).find((j) => j.id === job.id);
    if (current?.state === 'done') break;
    if (current && current.state !== 'running') throw new Error(`import job ${current.state}`);
    if (Date.now() > until) throw new Error(`import job not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const result = await ask<{ added: number; known: number } | null>({ type: 'leads.importResult', job: job.id });
  if (!result) throw new Error('import job left no result');
  return result;
}
