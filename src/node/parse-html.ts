import { DOMParser } from 'linkedom';

/** A DOM for saved HTML in Node; linkedom is fast and good enough for reading. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
