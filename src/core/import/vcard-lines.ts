/**
 * Older exports (vCard 2.1, some phones' 3.0) write quoted-printable values with "=" soft line breaks
 * and bare type parameters ("TEL;WORK;VOICE:"), which the vCard 3.0/4.0 parser refuses. This turns
 * such lines into their 3.0 form first: decoded values, TYPE= parameters.
 */
import quotedPrintable from 'quoted-printable';

const QP = /;ENCODING=QUOTED-PRINTABLE/i;

/** Joins quoted-printable soft line breaks ("=" at the end of a line) to the next line. */
function joinSoftBreaks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (QP.test(line.split(':', 1)[0] ?? '')) {
      while (line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] as string);
    }
    out.push(line);
  }
  return out;
}

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n');
}

function decodeLine(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 0) return line;
  let head = line.slice(0, colon);
  let value = line.slice(colon + 1);
  if (QP.test(head)) {
    const charset = /;CHARSET=([^;:]+)/i.exec(head)?.[1] ?? 'utf-8';
    const binary = quotedPrintable.decode(value);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0) & 0xff);
    let text: string;
    try {
      text = new TextDecoder(charset).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
    }
    // Structured values (N, ADR) keep their ";" separators; line breaks inside become \n.
    value = escapeText(text);
    head = head.replace(QP, '').replace(/;CHARSET=[^;:]+/i, '');
  }
  // vCard 2.1 bare parameters: "TEL;WORK;VOICE" → "TEL;TYPE=WORK;TYPE=VOICE".
  head = head.split(';').map((p, i) => (i > 0 && p && !p.includes('=') ? `TYPE=${p}` : p)).join(';');
  return `${head}:${value}`;
}

/** vCard text with 2.1-style lines rewritten for a 3.0/4.0 parser; folded lines stay folded. */
export function normaliseVcardLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return joinSoftBreaks(lines).map((l) => (/^\s/.test(l) ? l : decodeLine(l))).join('\r\n');
}
