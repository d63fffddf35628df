import { DOMParser } from 'linkedom';

/**
 * End tags of body and html. A browser ignores them: content after `</body>` or `</html>` is still read
 * into the body (the HTML spec's "after body" insertion mode), and pages ship such content. linkedom
 * ends the document there instead, so it would lose what the rep sees; dropping the two end tags first
 * gives the browser's tree.
 */
const BODY_OR_HTML_END = /<\/(?:body|html)\s*>/gi;

/** A DOM for saved HTML in Node; linkedom is fast and good enough for reading. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html.replace(BODY_OR_HTML_END, ''), 'text/html') as unknown as Document;
}
