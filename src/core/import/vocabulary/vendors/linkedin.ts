/**
 * LinkedIn's Connections.csv (from "Get a copy of your data"): a "Notes:" preamble, a blank line, then
 * the header. "URL" is the person's profile, not the company's website.
 */
import type { VendorShape } from '../vendor-shape';

export const LINKEDIN_SHAPES: readonly VendorShape[] = [
  {
    id: 'linkedin',
    name: 'LinkedIn Connections',
    signature: ['firstname', 'lastname', 'url', 'emailaddress', 'company', 'position', 'connectedon'],
    columns: { url: 'profileUrl', emailaddress: 'personEmail', company: 'companyName', position: 'role', connectedon: null },
  },
];
