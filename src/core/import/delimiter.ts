/**
 * The field separator of a CSV file: the one that splits the most of its first lines into the same
 * number of fields, outside quotes. Looking at several lines, not only the first, finds it behind a
 * preamble (LinkedIn's "Notes:" paragraph).
 */
export type Delimiter = ';' | ',' | '\t';
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/** Per line (outside quotes), how often each separator occurs; at most `maxLines` lines. */
function countPerLine(text: string, maxLines: number): Record<Delimiter, number>[] {
  const lines: Record<Delimiter, number>[] = [];
  let current: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 262144 && lines.length < maxLines; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      lines.push(current);
      current = { ';': 0, ',': 0, '\t': 0 };
    } else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) current[ch]++;
  }
  if (lines.length < maxLines) lines.push(current);
  return lines;
}

export function detectDelimiter(text: string): Delimiter {
  const lines = countPerLine(text, 20);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    // The count most lines share, weighted by how many lines share it.
    const freq = new Map<number, number>();
    for (const line of lines) if (line[d] > 0) freq.set(line[d], (freq.get(line[d]) ?? 0) + 1);
    let score = 0;
    for (const [count, lineCount] of freq) score = Math.max(score, lineCount * 1000 + count);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
