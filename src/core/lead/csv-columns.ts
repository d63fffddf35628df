/**
 * Recognising the columns of a CRM export by their headers (German and English), as a proposal the
 * user can override. Two helper targets: a house-number column joins the street, and a full-name
 * column is split into first and last name.
 */
import type { LeadField } from './types';

export type ImportTarget = LeadField | 'houseNumber' | 'fullName';
/** One entry per column: where its values go, or null to ignore the column. */
export type ColumnMapping = (ImportTarget | null)[];

const EXACT: Record<string, ImportTarget> = {};
const add = (target: ImportTarget, ...headers: string[]): void => {
  for (const h of headers) EXACT[h] = target;
};
add('companyName', 'firma', 'firmenname', 'firmierung', 'unternehmen', 'unternehmensname', 'company', 'companyname', 'account', 'accountname', 'organisation', 'organization', 'organisationsname', 'organizationname', 'name1', 'kundenname');
add('legalForm', 'rechtsform', 'legalform');
add('phone', 'telefon', 'tel', 'telefonnummer', 'telnr', 'phone', 'phonenumber', 'telephone', 'businessphone', 'workphone', 'officephone', 'festnetz', 'telefonzentrale', 'zentrale');
add('directPhone', 'durchwahl', 'directphone', 'directdial', 'direktwahl');
add('mobile', 'mobil', 'mobiltelefon', 'mobilnummer', 'mobilfunk', 'handy', 'handynummer', 'mobile', 'mobilephone', 'cell', 'cellphone');
add('fax', 'fax', 'telefax', 'faxnummer', 'faxnumber', 'businessfax');
add('email', 'email', 'mail', 'emailadresse', 'emailaddress', 'epost', 'mailadresse');
add('personEmail', 'kontaktemail', 'contactemail', 'personalemail', 'emailkontakt', 'emailansprechpartner');
add('website', 'website', 'webseite', 'homepage', 'url', 'web', 'internet', 'internetadresse', 'www', 'site', 'webadresse');
add('street', 'strasse', 'str', 'street', 'address', 'adresse', 'addressline1', 'street1', 'anschrift', 'strassehausnummer', 'strasseundhausnummer', 'strassenr', 'billingstreet', 'mailingstreet', 'streetaddress');
add('houseNumber', 'hausnummer', 'hausnr', 'nr', 'housenumber');
add('postalCode', 'plz', 'postleitzahl', 'zip', 'zipcode', 'postalcode', 'postcode', 'billingpostalcode', 'mailingpostalcode', 'billingzip');
add('city', 'ort', 'stadt', 'city', 'town', 'wohnort', 'billingcity', 'mailingcity', 'gemeinde');
add('country', 'land', 'country', 'staat', 'billingcountry', 'mailingcountry', 'landeskennzeichen', 'countrycode');
add('firstName', 'vorname', 'firstname', 'givenname', 'first', 'forename');
add('lastName', 'nachname', 'name', 'lastname', 'surname', 'familienname', 'last', 'zuname');
add('fullName', 'kontakt', 'kontaktperson', 'ansprechpartner', 'ansprechperson', 'contact', 'contactname', 'contactperson', 'fullname', 'vollername', 'vollstandigername');
add('salutation', 'anrede', 'salutation', 'briefanrede');
add('role', 'position', 'funktion', 'title', 'jobtitle', 'rolle', 'role', 'berufsbezeichnung', 'stellung', 'jobbezeichnung');
add('vatId', 'ustidnr', 'ustid', 'ustidnummer', 'umsatzsteueridentifikationsnummer', 'umsatzsteuerid', 'vat', 'vatid', 'vatnumber', 'vatno', 'vatregno', 'vatregistrationnumber', 'uid', 'uidnummer', 'uidnr');
add('register', 'handelsregister', 'handelsregisternummer', 'hrb', 'registernummer', 'registereintrag', 'companyregister', 'registrationnumber', 'commercialregister', 'firmenbuchnummer');
add('source', 'quelle', 'source', 'leadsource', 'leadquelle', 'herkunft');
add('campaign', 'kampagne', 'campaign', 'kampagnenname', 'campaignname');
add('owner', 'besitzer', 'owner', 'leadowner', 'accountowner', 'verantwortlich', 'betreuer', 'zustandig', 'vertriebsmitarbeiter', 'bearbeiter', 'inhaberdesleads');
add('notes', 'notizen', 'notiz', 'notes', 'note', 'bemerkung', 'bemerkungen', 'kommentar', 'kommentare', 'comment', 'comments', 'description', 'beschreibung');

// Headers with extra words ("Telefon (geschäftlich)", "Business Phone 1"): checked in this order,
// fax and mobile before phone since "Telefax" and "Mobile Phone" contain "tel"/"phone".
const CONTAINS: [RegExp, ImportTarget][] = [
  [/fax/, 'fax'],
  [/mobil|handy|cell/, 'mobile'],
  [/durchwahl|direct/, 'directPhone'],
  [/telefon|phone|^tel/, 'phone'],
  [/mail(?!ing)/, 'email'],
  [/website|webseite|homepage|url/, 'website'],
  [/hausn|housenumber/, 'houseNumber'],
  [/strasse|street/, 'street'],
  [/plz|postleitzahl|zip|postalcode|postcode/, 'postalCode'],
  [/vorname|firstname/, 'firstName'],
  [/nachname|lastname|surname/, 'lastName'],
  [/ustid|vat/, 'vatId'],
  [/firma|company|unternehmen|accountname/, 'companyName'],
  [/stadt|city/, 'city'],
  [/country/, 'country'],
  [/jobtitle|position/, 'role'],
  [/kampagne|campaign/, 'campaign'],
  [/quelle|source/, 'source'],
  [/notiz|bemerkung|notes/, 'notes'],
];

// Headers that mention a field but hold something else ("Email Opt Out", "Mailing State", "Datum letzter Anruf").
const NEVER = /optout|optin|bounce|donotcall|state|bundesland|status|datum|date|anzahl/;

/** "USt-IdNr." → "ustidnr", "Straße" → "strasse", "E-Mail Adresse" → "emailadresse". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/[^a-z0-9]/g, '');
}

export function recogniseHeader(header: string): ImportTarget | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  const exact = EXACT[h];
  if (exact) return exact;
  if (NEVER.test(h)) return null;
  return CONTAINS.find(([re]) => re.test(h))?.[1] ?? null;
}

/** Proposed mapping: each target once, taken by the first column that names it. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportTarget>();
  return headers.map((h) => {
    const target = recogniseHeader(h);
    if (!target || taken.has(target)) return null;
    taken.add(target);
    return target;
  });
}
