/**
 * Google Contacts' CSV export, before 2024 ("Given Name", "E-mail 1 - Type") and after ("First Name",
 * "E-mail 1 - Label", "Organization Name"). Each "X n - Value" column has a "X n - Type/Label" column
 * saying which kind it is (Mobile, Work, Home, * Other); cells may hold several values joined by " ::: ".
 */
import type { ImportTarget } from '../../targets';
import type { VendorShape } from '../vendor-shape';

const organisation: Record<string, ImportTarget | null> = {
  ...numbered(),
  organization1name: 'companyName', organizationname: 'companyName', organization1title: 'role', organizationtitle: 'role',
  organization1department: null, organizationdepartment: null, organization1jobdescription: null, organization1location: null,
  organization1symbol: null, organization1yominame: null, address1formatted: 'address', address2formatted: 'address',
  address3formatted: 'address', nameprefix: 'salutation', name: 'fullName', fileas: null, location: null, occupation: null,
  directoryserver: null, billinginformation: null, subject: null, shortname: null, maidenname: null,
};

/** "E-mail 1 - Value" … "Website 5 - Value": the numbered columns of each contact method and address. */
function numbered(): Record<string, ImportTarget | null> {
  const columns: Record<string, ImportTarget | null> = {};
  for (let n = 1; n <= 5; n++) {
    Object.assign(columns, {
      [`email${n}value`]: 'email', [`phone${n}value`]: 'phone', [`website${n}value`]: 'website', [`address${n}formatted`]: 'address',
      [`address${n}street`]: 'street', [`address${n}city`]: 'city', [`address${n}region`]: 'region', [`address${n}postalcode`]: 'postalCode',
      [`address${n}country`]: 'country', [`address${n}pobox`]: null, [`address${n}extendedaddress`]: null,
    });
  }
  return columns;
}

export const GOOGLE_SHAPES: readonly VendorShape[] = [
  {
    id: 'google',
    name: 'Google Contacts',
    signature: ['givenname', 'familyname', 'email1type', 'email1value', 'groupmembership'],
    columns: organisation,
  },
  {
    id: 'google-2024',
    name: 'Google Contacts',
    signature: ['firstname', 'lastname', 'organizationname', 'email1label', 'email1value', 'labels'],
    columns: organisation,
  },
];
