/** Walking the snapshot's block tree, which every reader of the page model shares. */
import type { SnapshotBlock } from './snapshot/types';

/** The enclosing blocks of `block`, itself first, while fewer than `maxDepth` elements above `fromDepth`. */
export function* blocksUp(blocks: readonly SnapshotBlock[], block: SnapshotBlock | undefined, fromDepth = block?.depth ?? 0, maxDepth = Infinity): Generator<SnapshotBlock> {
  for (let b = block; b && fromDepth - b.depth < maxDepth; b = b.parent >= 0 ? blocks[b.parent] : undefined) yield b;
}
