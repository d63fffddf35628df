/**
 * The shape of a page snapshot as the content script sends it, every list and string capped by the
 * same limits the snapshot reader keeps (core/detect/snapshot/limits.ts). The page controls what the
 * snapshot says; this check makes sure it is the shape the engine expects, of a size it can read.
 */
import * as v from 'valibot';
import { SNAPSHOT_LIMITS as L } from '../core/detect/snapshot/limits';
import type { PageSnapshot } from '../core/detect/snapshot/types';

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const List = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const Index = v.pipe(v.number(), v.integer(), v.minValue(-1));
const Depth = v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(1_000_000));

const Block = v.object({
  tag: Str(40),
  parent: Index,
  depth: Depth,
  cls: v.optional(Str(L.classChars)),
  role: v.optional(Str(L.roleChars)),
  path: v.optional(Str(L.pathChars)),
  label: v.optional(Str(L.labelChars)),
  cells: v.optional(List(Str(L.cellChars), L.cells)),
});

const Placed = { block: Index, depth: Depth, path: v.optional(Str(L.pathChars)) };

const ItemMethod = v.picklist(['microdata', 'rdfa', 'hcard']);
const Item = v.object({
  types: List(Str(200), 20),
  props: v.record(Str(200), List(v.union([Str(2_000), v.object({ ref: v.pipe(v.number(), v.integer(), v.minValue(0)) })]), L.itemProps)),
  method: ItemMethod,
  snippet: Str(L.snippetChars),
  nested: v.optional(v.literal(true)),
});

const Shape = v.object({
  url: Str(L.urlChars),
  title: Str(L.titleChars),
  lang: Str(35),
  meta: v.object({ canonical: v.optional(Str(L.metaChars)), ogUrl: v.optional(Str(L.metaChars)), siteName: v.optional(Str(L.metaChars)) }),
  blocks: List(Block, L.blocks),
  lines: List(v.object({ text: Str(L.lineChars), block: Index, section: v.pipe(v.number(), v.integer(), v.minValue(0)) }), L.lines),
  truncated: v.boolean(),
  links: List(v.object({ href: Str(L.hrefChars), text: Str(L.linkText), ...Placed }), L.links + L.areas),
  jsonLd: v.pipe(List(Str(L.jsonLdChars), L.jsonLdBlocks), v.check((t) => t.reduce((n, s) => n + s.length, 0) <= L.jsonLdTotalChars)),
  items: List(Item, 2 * L.items),
  dataElements: List(v.object({ attrs: v.record(Str(40), Str(L.attributeChars)), ...Placed }), L.dataElements),
  scripts: v.pipe(List(v.object({ text: Str(L.scriptChars), path: v.optional(Str(L.pathChars)) }), L.scripts), v.check((s) => s.reduce((n, x) => n + x.text.length, 0) <= L.scriptTotalChars)),
  hidden: v.optional(v.object({ blocks: List(Block, L.hiddenBlocks), lines: List(v.object({ text: Str(L.lineChars), block: Index, section: v.pipe(v.number(), v.integer(), v.minValue(0)) }), L.hiddenLines) })),
  readMs: v.number(),
  readAt: v.number(),
});

/**
 * Indices that point where they may: a block's parent comes before it (the engine walks up parents,
 * so a cycle would never end), lines, links and elements name existing blocks, item references
 * existing items. Item properties total at most the reader's limit.
 */
function consistent(s: v.InferOutput<typeof Shape>): boolean {
  const nBlocks = s.blocks.length;
  if (s.blocks.some((b, i) => b.parent >= i)) return false;
  const inRange = (x: { block: number }) => x.block < nBlocks;
  if (!s.lines.every((l) => l.block >= 0 && inRange(l)) || !s.links.every(inRange) || !s.dataElements.every(inRange)) return false;
  if (s.hidden) {
    const h = s.hidden;
    if (h.blocks.some((b, i) => b.parent >= i) || !h.lines.every((l) => l.block >= 0 && l.block < h.blocks.length)) return false;
    if (h.lines.reduce((n, l) => n + l.text.length, 0) > L.hiddenChars) return false;
  }
  let values = 0;
  for (const item of s.items) {
    for (const list of Object.values(item.props)) {
      values += list.length;
      if (list.some((x) => typeof x !== 'string' && x.ref >= s.items.length)) return false;
    }
  }
  return values <= L.itemProps + L.items * (L.hCardValues + 1);
}

export const PageSnapshotShape = v.pipe(Shape, v.check(consistent, 'The snapshot points outside itself.'));

/** The snapshot, or null when it is not one the engine may read. */
export function acceptSnapshot(answer: unknown): PageSnapshot | null {
  const parsed = v.safeParse(PageSnapshotShape, answer);
  return parsed.success ? (parsed.output as PageSnapshot) : null;
}
