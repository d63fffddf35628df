/** One sighting of a phone number on the page, before sightings of the same number are merged. */
import type { Method } from '../../types';
import type { Label } from './labels';
import type { ParsedNumber } from './number';

export interface Mention {
  number: ParsedNumber;
  /** As written (or as in the href / JSON value). */
  raw: string;
  /** What the page calls it; null when nothing labels it. */
  label: Label | null;
  method: Method;
  snippet: string;
  /** Where it sits, for the popup's highlight; the css path is only computed for the winning sighting. */
  el: { path?: string } | null;
  /** Said about a web agency, a chamber, a sponsor ...: not the organisation's own number. */
  thirdParty: boolean;
  /** In a contact entry (labelled, short line, next to an e-mail) rather than in prose. */
  contactLike: boolean;
  /** Shown to the reader (text or a link), as opposed to structured data only. */
  visible: boolean;
}
