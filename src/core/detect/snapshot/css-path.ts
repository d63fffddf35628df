/** Short CSS paths to elements, so the popup can point at where a value was found. */

/**
 * Sibling positions, counted once per parent: a footer with thousands of links would otherwise make
 * every path walk all earlier siblings (quadratic). One instance per snapshot, so a live DOM that
 * changed between two snapshots is counted afresh.
 */
export function cssPaths(): (el: Element) => string {
  const siblingIndex = new WeakMap<Element, number>();
  const nthOfType = (e: Element): number => {
    const known = siblingIndex.get(e);
    if (known !== undefined) return known;
    const parent = e.parentElement;
    if (!parent) return 1;
    const counts = new Map<string, number>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const n = (counts.get(c.tagName) ?? 0) + 1;
      counts.set(c.tagName, n);
      siblingIndex.set(c, n);
    }
    return siblingIndex.get(e) ?? 1;
  };
  return (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 6; e = e.parentElement) {
      const tag = e.tagName.toLowerCase();
      if (tag === 'html' || tag === 'body') break;
      const id = e.getAttribute('id');
      if (id && /^[A-Z][\w-]*$/i.test(id)) {
        parts.unshift(`${tag}#${id}`);
        break;
      }
      const index = nthOfType(e);
      parts.unshift(index > 1 ? `${tag}:nth-of-type(${index})` : tag);
    }
    return parts.join(' > ');
  };
}
