/** The shape of one vendor's export: the headers that recognise it and how its users expect them mapped. */
import type { ImportTarget } from '../targets';

export interface VendorShape {
  /** Stable id, e.g. "outlook-de". */
  id: string;
  /** What the rep sees: "Outlook", "Salesforce Account". */
  name: string;
  /** The export's header language, when the vendor translates headers. */
  language?: 'de' | 'en';
  /** Headers (compact form, see compactHeader) that together recognise the shape. */
  signature: readonly string[];
  /** Headers (compact form) this vendor means differently from the generic vocabulary; null: never imported. */
  columns: Readonly<Record<string, ImportTarget | null>>;
}
