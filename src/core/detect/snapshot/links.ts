/** The page's links (a[href], area[href]) with their visible text and where they sit. */
import { SNAPSHOT_LIMITS } from './limits';
import type { Placer } from './place';
import type { SnapshotLink } from './types';

/**
 * A page with more links than the limit (a directory, a shop) keeps its first and last ones: the
 * header's and the footer's, where the organisation's own contact and profile links sit.
 */
const TAIL_LINKS = 300;
const TAIL_AREAS = 100;

/**
 * The a[href] and area[href] elements to read, in page order. A tag-name collection is indexed
 * without building a list of every link, which on a directory page is most of the cost.
 */
function pickLinks(doc: Document, max: number): Element[] {
  const anchors = doc.getElementsByTagName('a');
  const n = anchors.length;
  const picked: Element[] = [];
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const a = anchors[i]!;
      if (a.hasAttribute('href')) picked.push(a);
    }
  };
  if (n <= max) take(0, n);
  else {
    take(0, max - TAIL_LINKS);
    take(n - TAIL_LINKS, n);
  }
  // Image-map areas, first and last ones too: sorting 50,000 of them into page order froze the page.
  const all = doc.getElementsByTagName('area');
  const areas: Element[] = [];
  const takeAreas = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (all[i]!.hasAttribute('href')) areas.push(all[i]!);
  };
  if (all.length <= SNAPSHOT_LIMITS.areas) takeAreas(0, all.length);
  else {
    takeAreas(0, SNAPSHOT_LIMITS.areas - TAIL_AREAS);
    takeAreas(all.length - TAIL_AREAS, all.length);
  }
  if (!areas.length) return picked;
  // compareDocumentPosition bit 4: y follows x.
  return [...picked, ...areas].sort((x, y) => (x.compareDocumentPosition(y) & 4 ? -1 : 1));
}

export function readLinks(doc: Document, placer: Placer): SnapshotLink[] {
  const out: SnapshotLink[] = [];
  for (const a of pickLinks(doc, SNAPSHOT_LIMITS.links)) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.length > SNAPSHOT_LIMITS.hrefChars || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const label = [a.textContent ?? '', a.getAttribute('title') ?? '', a.getAttribute('aria-label') ?? '']
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ href, text: label.slice(0, SNAPSHOT_LIMITS.linkText), ...placer.place(a) });
  }
  return out;
}
