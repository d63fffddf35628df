/**
 * Trimming a set of characters off the ends of a string without a regex: `/[,.]+$/` looks harmless
 * but scans quadratically on long runs of those characters, and page text is hostile input.
 */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}

export function trimBoth(text: string, chars: string): string {
  return trimEnd(trimStart(text, chars), chars);
}

/** Splits on whitespace without a quantified regex. */
export function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}
