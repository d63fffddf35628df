/** Finds the block an element read after the text walk sits in (a link, an element with data attributes). */
import type { Placed, SnapshotBlock } from './types';

function withPath(placed: Placed, path: string | undefined): Placed {
  if (path !== undefined) placed.path = path;
  return placed;
}

export interface Placer {
  place(el: Element): Placed;
}

/** `blockOf`: the element of every block the walk entered, by block index. */
export function placer(blocks: readonly SnapshotBlock[], elements: readonly Element[], path: (el: Element) => string | undefined): Placer {
  const blockOf = new Map<Element, number>();
  elements.forEach((el, i) => blockOf.set(el, i));
  return {
    place(el) {
      let steps = 0;
      for (let e: Element | null = el; e; e = e.parentElement, steps++) {
        const b = blockOf.get(e);
        if (b !== undefined) return withPath({ block: b, depth: blocks[b]!.depth + steps }, path(el));
      }
      // Not below any block the walk entered (the walk stopped early): depth from the top.
      return withPath({ block: -1, depth: steps - 1 }, path(el));
    },
  };
}
