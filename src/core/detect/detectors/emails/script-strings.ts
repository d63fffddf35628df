/**
 * Strings an inline script assembles from literals, read WITHOUT running it:
 *   document.write('info' + '@' + 'firma.de')
 *   var u = 'info'; var d = 'firma.de'; el.href = 'mailto:' + u + '@' + d;
 *   String.fromCharCode(105, 110, 102, 111)
 * A single linear pass over the source: literals, identifiers and "+" are tokenised; every
 * concatenation of two or more known parts is reported. Nothing is ever evaluated.
 */

type Token = { kind: 'str'; value: string } | { kind: 'id'; value: string } | { kind: 'op'; value: string };

const MAX_SCRIPT_CHARS = 100_000;
const ID_START = /[a-z_$]/i;
const ID_CHAR = /[\w$.]/;

function readString(src: string, start: number, quote: string): { value: string; end: number } | null {
  let value = '';
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i]!;
    if (c === quote) return { value, end: i + 1 };
    if (c === '\n' && quote !== '`') return null;
    if (quote === '`' && c === '$' && src[i + 1] === '{') return null;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (n === 'x' && /^[0-9a-f]{2}$/i.test(src.slice(i + 2, i + 4))) {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 3;
      } else if (n === 'u' && /^[0-9a-f]{4}$/i.test(src.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
        i += 5;
      } else {
        value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        i++;
      }
      continue;
    }
    value += c;
  }
  return null;
}

/** Numbers inside String.fromCharCode( … ), when they are all plain literals. */
function readCharCodes(src: string, open: number): { value: string; end: number } | null {
  const close = src.indexOf(')', open);
  if (close < 0 || close - open > 2000) return null;
  const parts = src.slice(open + 1, close).split(',').map((p) => p.trim());
  if (!parts.every((p) => /^(?:\d{1,6}|0x[0-9a-f]{1,4})$/i.test(p))) return null;
  return { value: String.fromCharCode(...parts.map((p) => Number(p))), end: close + 1 };
}

function tokenise(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const s = readString(src, i, c);
      if (!s) {
        i++;
        continue;
      }
      out.push({ kind: 'str', value: s.value });
      i = s.end;
    } else if (c === '/' && src[i + 1] === '/') {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (ID_START.test(c)) {
      let j = i + 1;
      while (j < src.length && ID_CHAR.test(src[j]!)) j++;
      const id = src.slice(i, j);
      if (id === 'String.fromCharCode' && src[j] === '(') {
        const codes = readCharCodes(src, j);
        if (codes) {
          out.push({ kind: 'str', value: codes.value });
          i = codes.end;
          continue;
        }
      }
      out.push({ kind: 'id', value: id.replace(/^(?:var|let|const)$/, '') || id });
      i = j;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      out.push({ kind: 'op', value: c });
      i++;
    }
  }
  return out;
}

/** Every string the script builds by joining two or more literal parts (directly or via variables). */
export function assembledStrings(source: string): string[] {
  const src = source.length > MAX_SCRIPT_CHARS ? source.slice(0, MAX_SCRIPT_CHARS) : source;
  const tokens = tokenise(src);
  const vars = new Map<string, string>();
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const value = t.kind === 'str' ? t.value : t.kind === 'id' ? vars.get(t.value) : undefined;
    if (value === undefined) {
      i++;
      continue;
    }
    // A chain: part (+ part)*
    let text = value;
    let parts = 1;
    let j = i + 1;
    while (j + 1 < tokens.length && tokens[j]!.kind === 'op' && tokens[j]!.value === '+') {
      const n = tokens[j + 1]!;
      const v = n.kind === 'str' ? n.value : n.kind === 'id' ? vars.get(n.value) : undefined;
      if (v === undefined) break;
      text += v;
      parts++;
      j += 2;
    }
    // "name = chain" (also "var name = chain" and "name += chain") defines a variable.
    const eq = tokens[i - 1];
    const name = tokens[i - 2];
    if (eq?.kind === 'op' && eq.value === '=' && name?.kind === 'id') {
      vars.set(name.value, text);
    } else if (eq?.kind === 'op' && eq.value === '=' && tokens[i - 2]?.value === '+' && tokens[i - 3]?.kind === 'id') {
      const prev = tokens[i - 3]!.value;
      const joined = (vars.get(prev) ?? '') + text;
      vars.set(prev, joined);
      out.push(joined);
    }
    if (parts >= 2 || (t.kind === 'id' && parts >= 1)) out.push(text);
    i = j;
  }
  return out;
}
