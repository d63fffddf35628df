/**
 * The last non-ASCII characters of a bundle, in String.raw templates (the detectors' word patterns:
 * "gesch(?:[äa]|ae)ftsführer"), moved into substitutions: String.raw`f${"\u00fc"}hrer` is the same
 * string as String.raw`führer`, written in ASCII. The output charset option escapes every other
 * string but must leave a raw template alone. A script that is all ASCII is decoded and kept as
 * one-byte text: for the 1.9 MB worker that was ~30 ms of every wake (issue 11).
 */
import { parseAst, type Plugin } from 'vite';

const NON_ASCII = /[\u0080-\uffff]+/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Each UTF-16 unit as a \\uXXXX escape (a string literal's, read back as the same text). */
const escape = (text: string): string => Array.from({ length: text.length }, (_, i) => `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/** One raw template part with its non-ASCII runs as substitutions (a backslash escaping a run goes with it). */
export function asciiRaw(raw: string): string {
  let out = '';
  let from = 0;
  for (const m of raw.matchAll(NON_ASCII)) {
    let slashes = 0;
    while (raw[m.index - 1 - slashes] === '\\') slashes++;
    // An odd number of backslashes escapes the run: the last one is part of what the run reads as.
    const escaped = slashes % 2 === 1;
    out += `${raw.slice(from, escaped ? m.index - 1 : m.index)}\${"${escaped ? '\\\\' : ''}${escape(m[0])}"}`;
    from = m.index + m[0].length;
  }
  return out + raw.slice(from);
}

const isStringRaw = (tag: Node): boolean => tag.type === 'MemberExpression' && !tag['computed']
  && (tag['object'] as Node).type === 'Identifier' && (tag['object'] as { name: string }).name === 'String'
  && (tag['property'] as Node).type === 'Identifier' && (tag['property'] as { name: string }).name === 'raw';

/** `code` with the non-ASCII text of its String.raw templates as substitutions; other code unchanged. */
export function asciiRawTemplates(code: string): string {
  if (!HAS_NON_ASCII.test(code)) return code;
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression' && isStringRaw(n['tag'] as Node)) {
      for (const q of (n['quasi'] as { quasis: (Node & { value: { raw: string } })[] }).quasis) {
        const raw = q.value.raw;
        // The part as written in the code (positions of the parser's tree); anything else is left alone.
        const at = code.indexOf(raw, q.start);
        if (at < 0 || at > q.start + 1 || !HAS_NON_ASCII.test(raw)) continue;
        edits.push({ start: at, end: at + raw.length, text: asciiRaw(raw) });
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(parseAst(code));
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function asciiRawPlugin(): Plugin {
  return {
    name: 'leadfill-ascii-raw',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = asciiRawTemplates(chunk.code);
    },
  };
}
