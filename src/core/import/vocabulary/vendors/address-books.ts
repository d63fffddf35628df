/**
 * Mail clients' and phones' address books: Thunderbird (English and German export) and Apple Contacts
 * as CSV from a German Mac ("Arbeitsadresse …"). Their work columns are the lead's company data.
 */
import type { VendorShape } from '../vendor-shape';

export const ADDRESS_BOOK_SHAPES: readonly VendorShape[] = [
  {
    id: 'thunderbird-en',
    name: 'Thunderbird',
    language: 'en',
    signature: ['primaryemail', 'workphone', 'workaddress', 'workcity', 'workzipcode', 'organization'],
    columns: {
      primaryemail: 'email', secondaryemail: 'email', workphone: 'phone', mobilenumber: 'mobile', faxnumber: 'fax', pagernumber: null,
      workaddress: 'street', workaddress2: null, workcity: 'city', workstate: 'region', workzipcode: 'postalCode', workcountry: 'country',
      organization: 'companyName', jobtitle: 'role', webpage1: 'website', webpage2: 'website', displayname: 'fullName', screenname: null,
    },
  },
  {
    id: 'thunderbird-de',
    name: 'Thunderbird',
    language: 'de',
    signature: ['primareemailadresse', 'teldienstlich', 'dienstlichadresse', 'dienstlichort', 'dienstlichplz', 'organisation'],
    columns: {
      primareemailadresse: 'email', sekundareemailadresse: 'email', teldienstlich: 'phone', mobiltelnr: 'mobile', faxnummer: 'fax',
      pagernummer: null, dienstlichadresse: 'street', dienstlichadresse2: null, dienstlichort: 'city', dienstlichbundesland: 'region',
      dienstlichplz: 'postalCode', dienstlichland: 'country', organisation: 'companyName', arbeitstitel: 'role', webseite1: 'website',
      webseite2: 'website', anzeigename: 'fullName', messengername: null,
    },
  },
  {
    id: 'apple-de',
    name: 'Apple Contacts',
    language: 'de',
    signature: ['vorname', 'nachname', 'firma', 'arbeitsadressestrasse', 'arbeitsadresseort', 'arbeitsadresseplz'],
    columns: {
      arbeitsadressestrasse: 'street', arbeitsadresseort: 'city', arbeitsadresseplz: 'postalCode', arbeitsadresseland: 'country',
      arbeitsadressebundesland: 'region', telefonarbeit: 'phone', emailarbeit: 'email', jobtitel: 'role', firma: 'companyName',
    },
  },
  {
    id: 'apple-en',
    name: 'Apple Contacts',
    language: 'en',
    signature: ['firstname', 'lastname', 'organization', 'workaddressstreet', 'workaddresscity', 'workaddresszip'],
    columns: {
      workaddressstreet: 'street', workaddresscity: 'city', workaddresszip: 'postalCode', workaddresscountry: 'country',
      workaddressstate: 'region', phonework: 'phone', emailwork: 'email', organization: 'companyName',
    },
  },
];
