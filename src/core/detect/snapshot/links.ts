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

/** The first and last `max` elements of a list, or all of it. */
function ends<T>(list: ArrayLike<T>, max: number, tail: number, keep: (x: T) => boolean): T[] {
  const out: T[] = [];
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (keep(list[i]!)) out.push(list[i]!);
  };
  if (list.length <= max) take(0, list.length);
  else {
    take(0, max - tail);
    take(list.length - tail, list.length);
  }
  return out;
}

const hasHref = (el: Element) => el.hasAttribute('href');

/**
 * The a[href] and area[href] elements to read, in page order. A tag-name collection is indexed
 * without building a list of every link, which on a directory page is most of the cost. Image maps
 * are rare: only then is the document walked once for the order of links and areas (sorting 50,000
 * areas by their document position froze the page).
 */
function pickLinks(doc: Document): Element[] {
  const anchors = doc.getElementsByTagName('a');
  if (!doc.getElementsByTagName('area').length) return ends(anchors, SNAPSHOT_LIMITS.links, TAIL_LINKS, hasHref);
  const all = doc.querySelectorAll('a[href], area[href]');
  return ends(all, SNAPSHOT_LIMITS.links + SNAPSHOT_LIMITS.areas, TAIL_LINKS + TAIL_AREAS, () => true);
}

export function readLinks(doc: Document, placer: Placer): SnapshotLink[] {
  const out: SnapshotLink[] = [];
  for (const a of pickLinks(doc)) {
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
