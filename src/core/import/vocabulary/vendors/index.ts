/** Every export shape Leadfill recognises, most specific first where two share headers. */
import type { VendorShape } from '../vendor-shape';
import { ADDRESS_BOOK_SHAPES } from './address-books';
import { CRM_SHAPES } from './crm';
import { GOOGLE_SHAPES } from './google';
import { LINKEDIN_SHAPES } from './linkedin';
import { OUTLOOK_SHAPES } from './outlook';
import { SALESFORCE_SHAPES } from './salesforce';

export const VENDOR_SHAPES: readonly VendorShape[] = [
  ...OUTLOOK_SHAPES, ...GOOGLE_SHAPES, ...ADDRESS_BOOK_SHAPES, ...LINKEDIN_SHAPES, ...SALESFORCE_SHAPES, ...CRM_SHAPES,
];
