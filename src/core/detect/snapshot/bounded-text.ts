/**
 * An element's text read only as far as needed. `textContent` reads a whole subtree, and on a hostile
 * page an element asked for a short value (a table cell, a microdata property, a card's snippet) may
 * hold the whole document, many times over when such elements nest.
 */

/** Nodes visited at most; a subtree with more is cut short. */
const MAX_NODES = 2_000;

/** The start of `el`'s text (all text nodes, as textContent), at most about `maxChars` characters. */
export function boundedText(el: Element, maxChars: number, maxNodes = MAX_NODES): string {
  let out = '';
  let visited = 0;
  const stack: Node[] = [el];
  while (stack.length && out.length <= maxChars && visited++ < maxNodes) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += (node as Text).data;
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.length > maxChars ? out.slice(0, maxChars) : out;
}
