/**
 * One line that is one person with a remark: a list item or a row of a board list, "Anna Ringh
 * (Ordförande) – Klockrike", "Jan Novák, jednatel", "Linus Lindvall – Surtsögatan 4". The name comes
 * first; a bracketed remark or a short part after a separator is the role, a part with digits (a
 * street, a phone number) is not.
 */
import { parseName, postNominal } from './person-names';
import { cleanRole } from './role-labels';

const SEPARATOR = /\s\(|\s[-–—|]\s|,\s|:\s/;
const MAX_ITEM_CHARS = 160;
const MAX_ROLE_WORDS = 6;

export interface ListItemReading {
  name: string;
  /** The role the item itself states, '' when it states none. */
  role: string;
}

/** Where the item's name part ends and the rest starts: the first separator, past a degree after a comma. */
function nameEnd(text: string): { at: number; sep: string } | null {
  const cut = SEPARATOR.exec(text);
  if (!cut) return null;
  // "Hrozinková Renáta, DiS – sestra": a degree after the comma is the name's, the role comes after it.
  if (cut[0] === ', ') {
    const from = cut.index + cut[0].length;
    const next = SEPARATOR.exec(text.slice(from));
    if (postNominal(text.slice(from, next ? from + next.index : text.length))) return next ? { at: from + next.index, sep: next[0] } : null;
  }
  return { at: cut.index, sep: cut[0] };
}

export function readListItem(text: string): ListItemReading | null {
  if (text.length > MAX_ITEM_CHARS) return null;
  const cut = nameEnd(text);
  const head = cut ? text.slice(0, cut.at) : text;
  const name = parseName(head);
  if (!name) return null;
  const rest = cut ? text.slice(cut.at + cut.sep.length) : '';
  const close = rest.indexOf(')');
  const bracket = cut?.sep === ' (' && close > 0 ? rest.slice(0, close) : '';
  const next = SEPARATOR.exec(rest);
  const after = cut && cut.sep !== ' (' ? rest.slice(0, next ? next.index : rest.length) : '';
  const role = [bracket, after].find((r) => r && !/\d|@/.test(r) && r.split(' ').length <= MAX_ROLE_WORDS) ?? '';
  return { name: name.name, role: cleanRole(role) };
}
