/** The page's links (a[href], area[href]) with their visible text and where they sit. */
import type { Placer } from './place';
import type { SnapshotLink } from './types';

/**
 * Links read per page. A page with more (a directory, a shop) keeps its first and last ones: the
 * header's and the footer's, where the organisation's own contact and profile links sit.
 */
export const MAX_LINKS = 1_000;
const TAIL_LINKS = 300;
const MAX_LINK_TEXT = 300;

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
  const areas = Array.from(doc.getElementsByTagName('area')).filter((a) => a.hasAttribute('href'));
  if (!areas.length) return picked;
  // compareDocumentPosition bit 4: y follows x.
  return [...picked, ...areas].sort((x, y) => (x.compareDocumentPosition(y) & 4 ? -1 : 1));
}

export function readLinks(doc: Document, placer: Placer): SnapshotLink[] {
  const out: SnapshotLink[] = [];
  for (const a of pickLinks(doc, MAX_LINKS)) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const label = [a.textContent ?? '', a.getAttribute('title') ?? '', a.getAttribute('aria-label') ?? '']
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ href, text: label.slice(0, MAX_LINK_TEXT), ...placer.place(a) });
  }
  return out;
}
