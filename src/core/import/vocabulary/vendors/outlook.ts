/**
 * Microsoft Outlook's CSV export ("Kommagetrennte Werte"), German and English. Business columns are
 * the lead's company data; private, other and assistant columns are not. "Ort" alone is Outlook's
 * free-text location and "Privat" its private flag; "Title" in the English export is the salutation.
 * Sources: see test/fixtures/import/PROVENANCE.md.
 */
import type { VendorShape } from '../vendor-shape';

export const OUTLOOK_SHAPES: readonly VendorShape[] = [
  {
    id: 'outlook-de',
    name: 'Outlook',
    language: 'de',
    signature: ['vorname', 'nachname', 'firma', 'strassegeschaftlich', 'ortgeschaftlich', 'postleitzahlgeschaftlich', 'telefongeschaftlich', 'emailadresse'],
    columns: {
      anrede: 'salutation', position: 'role', firma: 'companyName', ort: null, privat: null, beruf: null, buro: null, konto: null,
      telefonfirma: 'phone', haupttelefon: 'phone', telefongeschaftlich: 'phone', telefongeschaftlich2: 'phone',
      regiongeschaftlich: 'region', landregiongeschaftlich: 'country', webseite: 'website', emailadresse: 'email', email2adresse: 'email',
      email3adresse: 'email', organisationsnr: null, stichworter: null, strassegeschaftlich: 'street', ortgeschaftlich: 'city',
      postleitzahlgeschaftlich: 'postalCode', faxgeschaftlich: 'fax', mobiltelefon: 'mobile', mobiltelefon2: 'mobile',
    },
  },
  {
    id: 'outlook-en',
    name: 'Outlook',
    language: 'en',
    signature: ['firstname', 'lastname', 'company', 'businessstreet', 'businesscity', 'businesspostalcode', 'businessphone', 'emailaddress'],
    columns: {
      title: 'salutation', jobtitle: 'role', company: 'companyName', location: null, private: null, profession: null, office: null, account: null,
      companymainphone: 'phone', primaryphone: 'phone', businessphone: 'phone', businessphone2: 'phone', businessstate: 'region',
      businesscountryregion: 'country', webpage: 'website', emailaddress: 'email', email2address: 'email', email3address: 'email',
      organizationalidnumber: null, keywords: null, businessstreet: 'street', businesscity: 'city', businesspostalcode: 'postalCode',
      businessfax: 'fax', mobilephone: 'mobile', mobilephone2: 'mobile', businesscountry: 'country', businessaddress: 'address',
    },
  },
];
