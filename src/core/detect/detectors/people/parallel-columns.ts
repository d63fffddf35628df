/**
 * Boards set as two parallel columns: one block lists the names, the sibling block beside it lists
 * the offices in the same order ("Ramiro Ortiz / Mario Rappaccioli / …" | "Presidente /
 * Vicepresidente / …"). A reader pairs them by row; so does this reader, when the columns are equally
 * long, one reads as names and the other as short role lines, and more than the shape vouches for it
 * (role words or known first names).
 */
import { isFirstName } from '../../../names/first-names';
import type { Page } from '../../page';
import { givenName, parseName } from './person-names';
import { cleanRole, ROLE_WORD } from './role-labels';
import { inMenu, type PersonHit } from './scan';

export const PARALLEL_CONFIDENCE = 0.75;

/** Fewer rows than this are two lines side by side, not a list. */
const MIN_ROWS = 3;
const MAX_ROWS = 60;
const MAX_ROLE_CHARS = 60;
/** Share of rows that must read as a name in the one column and as a role in the other. */
const MIN_SHARE = 0.75;

function roleCell(text: string): boolean {
  return text.length > 1 && text.length <= MAX_ROLE_CHARS && !/[\d@:]/.test(text) && parseName(text) === null;
}

/** The lines that sit directly in each block's child elements, one per child, by block index. */
function columns(page: Page): Map<number, number[]> {
  const index = new Map(page.blocks.map((b, i) => [b, i] as const));
  const cells = new Map<number, number[]>();
  const spoiled = new Set<number>();
  let lastChild = -1;
  page.lines.forEach((line, i) => {
    const child = index.get(line.block) ?? -1;
    const parent = line.block.parent;
    // One line per child element: a child that holds two lines is no single cell.
    if (parent >= 0 && child === lastChild) spoiled.add(parent);
    lastChild = child;
    if (parent < 0 || spoiled.has(parent)) return;
    const list = cells.get(parent);
    if (list) list.push(i);
    else cells.set(parent, [i]);
  });
  for (const parent of spoiled) cells.delete(parent);
  return cells;
}

export function parallelColumnPeople(page: Page): PersonHit[] {
  const hits: PersonHit[] = [];
  const cells = columns(page);
  const byParent = new Map<number, number[]>();
  for (const [block, lines] of cells) {
    if (lines.length < MIN_ROWS || lines.length > MAX_ROWS) continue;
    const parent = page.blocks[block]!.parent;
    const list = byParent.get(parent);
    if (list) list.push(block);
    else byParent.set(parent, [block]);
  }
  for (const siblings of byParent.values()) {
    for (let s = 0; s + 1 < siblings.length; s++) {
      const names = cells.get(siblings[s]!)!;
      const roles = cells.get(siblings[s + 1]!)!;
      if (names.length !== roles.length || inMenu(page, page.blocks[siblings[s]!]!)) continue;
      const parsed = names.map((i) => parseName(page.lines[i]!.text)?.name ?? null);
      const roleTexts = roles.map((i) => page.lines[i]!.text);
      const named = parsed.filter(Boolean).length;
      const roleLike = roleTexts.filter(roleCell).length;
      if (named < MIN_SHARE * names.length || roleLike < MIN_SHARE * roles.length) continue;
      const evidence = roleTexts.filter((t) => ROLE_WORD.test(t)).length + parsed.filter((n) => n && isFirstName(givenName(n))).length;
      if (evidence < 2) continue;
      parsed.forEach((name, r) => {
        if (name && roleCell(roleTexts[r]!)) hits.push({ name, role: cleanRole(roleTexts[r]!), confidence: PARALLEL_CONFIDENCE, line: names[r]! });
      });
    }
  }
  return hits;
}
