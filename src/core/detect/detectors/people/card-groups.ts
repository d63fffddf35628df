/**
 * Where a page repeats one block per person: sibling blocks of the same tag and class (or of the same
 * shape of lines), each with the lines under it. A table row's cells are its texts; a name broken
 * over two lines of one element is made whole again. The reading is card-readers.ts's.
 */
import type { Block, Page } from '../../page';

/** Blocks further up than this from a line are not its card: a card is a small subtree. */
const MAX_CARD_DEPTH = 7;
/** The tags of a block's first lines make its shape (a heading, then a paragraph). */
const SHAPE_LINES = 3;
/** A card's first lines hold its name and role; the rest is a bio or contact data. */
const CARD_HEAD_LINES = 8;
const MAX_CARD_LINES = 40;

export interface Card {
  texts: string[];
  /** Page line index of each text (cells of one row share their line). */
  lines: number[];
  block: Block;
  /** A table row: its texts are cells, and a column holds one kind of text in every row. */
  row?: boolean;
  /** A heading and the lines up to the next one: nothing but the run of headings marks it as a card. */
  run?: boolean;
}

function signature(b: Block): string {
  // The first class names the component ("team-card"); modifiers after it ("team-card--lead") vary.
  const first = (b.cls ?? '').trim().split(/\s+/)[0] ?? '';
  return `${b.tag}.${first.replace(/\d+/g, '#')}`;
}

/** The lines under each block, for blocks up to MAX_CARD_DEPTH above a line. */
function linesUnder(page: Page, index: Map<Block, number>): Map<number, number[]> {
  const under = new Map<number, number[]>();
  page.lines.forEach((line, i) => {
    let k = index.get(line.block) ?? -1;
    for (let up = 0; k >= 0 && up < MAX_CARD_DEPTH; up++, k = page.blocks[k]!.parent) {
      const list = under.get(k);
      if (list) list.push(i);
      else under.set(k, [i]);
    }
  });
  return under;
}

const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/** A card's lines, with a name broken over two lines of one element ("Aldona<br>Domańska") made whole again. */
function joinBrokenNames(page: Page, lines: number[], block: Block): Card {
  const card: Card = { texts: [], lines: [], block };
  for (const i of lines) {
    const line = page.lines[i]!;
    const last = card.texts.length - 1;
    const prev = last >= 0 ? page.lines[card.lines[last]!]! : null;
    if (prev && prev.block === line.block && ONE_WORD.test(card.texts[last]!) && ONE_WORD.test(line.text)) card.texts[last] += ` ${line.text}`;
    else {
      card.texts.push(line.text);
      card.lines.push(i);
    }
  }
  return card;
}

/** Groups of sibling blocks of one signature, each with its lines; a table row's cells are its texts. */
export function cardGroups(page: Page): Card[][] {
  const index = new Map(page.blocks.map((b, i) => [b, i] as const));
  const under = linesUnder(page, index);
  const bySignature = new Map<string, number[]>();
  const add = (key: string, k: number) => {
    const list = bySignature.get(key);
    if (list) list.push(k);
    else bySignature.set(key, [k]);
  };
  for (const [k, lines] of under) {
    const b = page.blocks[k]!;
    if (b.parent < 0) continue;
    add(`${b.parent} ${signature(b)}`, k);
    // Siblings styled apart ("section.mb-14" and a last "section") still repeat one shape of lines.
    add(`${b.parent} ${b.tag} ${lines.slice(0, SHAPE_LINES).map((i) => page.lines[i]!.block.tag).join(',')}`, k);
  }
  const groups: Card[][] = [];
  for (const members of bySignature.values()) {
    if (members.length < 2) continue;
    const cards: Card[] = [];
    for (const k of members) {
      const lines = under.get(k)!;
      if (lines.length > MAX_CARD_LINES) continue;
      const block = page.blocks[k]!;
      const cells = lines.length === 1 && block.cells && block.cells.length > 1 ? block.cells : null;
      if (cells) cards.push({ texts: cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean), lines: cells.map(() => lines[0]!), block, row: true });
      else cards.push(joinBrokenNames(page, lines.slice(0, CARD_HEAD_LINES), block));
    }
    if (cards.length >= 2) groups.push(cards);
  }
  groups.push(...headingRuns(page, under));
  return groups;
}

const HEADING_TAG = /^H[1-6]$/;

/**
 * People set as flat runs with no wrapper per person: `<h3>Name</h3><p>Role</p><p>Bio</p><h3>…`. Sibling
 * headings of one level under one parent each open a card that runs to the next of them.
 */
function headingRuns(page: Page, under: Map<number, number[]>): Card[][] {
  const byParent = new Map<string, number[]>();
  page.lines.forEach((line, i) => {
    if (!HEADING_TAG.test(line.block.tag) || line.block.parent < 0) return;
    const key = `${line.block.parent} ${line.block.tag}`;
    const list = byParent.get(key);
    if (list) list.push(i);
    else byParent.set(key, [i]);
  });
  const groups: Card[][] = [];
  for (const [key, heads] of byParent) {
    if (heads.length < 2) continue;
    const inParent = new Set(under.get(Number(key.split(' ')[0])) ?? []);
    const cards = heads.map((h, n) => {
      const end = Math.min(heads[n + 1] ?? page.lines.length, h + CARD_HEAD_LINES);
      const lines: number[] = [];
      for (let i = h; i < end && inParent.has(i); i++) lines.push(i);
      return { ...joinBrokenNames(page, lines, page.lines[h]!.block), run: true };
    });
    groups.push(cards);
  }
  return groups;
}
