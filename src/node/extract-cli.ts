/**
 * The detection engine on saved HTML, in Node.
 *   npm run extract -- page.html --url https://example.de/impressum   readable JSON of one page
 *   npm run -s extract -- --jsonl                                      {"id","url","html"} lines in, expect-shaped lines out
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { detect } from '../core/detect';
import { toExpect } from '../core/detect/to-expect';
import { parseHtml } from './parse-html';

function usage(): never {
  console.error('usage: extract PAGE.html [--url URL] | extract --jsonl < pages.jsonl');
  process.exit(2);
}

async function jsonl() {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: unknown;
    try {
      const { url, html } = JSON.parse(line) as { url?: string; html?: string };
      out = toExpect(detect(parseHtml(html ?? ''), url ?? '').record);
    } catch (err) {
      // One bad page must not shift the answers for the pages after it.
      console.error(`extract: ${err instanceof Error ? err.message : String(err)}`);
      out = { error: String(err) };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

function single(file: string, url: string) {
  const html = readFileSync(file, 'utf8');
  const result = detect(parseHtml(html), url);
  console.log(JSON.stringify({ url, elapsedMs: Math.round(result.elapsedMs * 100) / 100, record: result.record, expect: toExpect(result.record) }, null, 2));
}

const args = process.argv.slice(2);
if (args.includes('--jsonl')) await jsonl();
else {
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--url');
  const urlIndex = args.indexOf('--url');
  if (!file) usage();
  single(file, urlIndex >= 0 ? (args[urlIndex + 1] ?? '') : `file://${file}`);
}
