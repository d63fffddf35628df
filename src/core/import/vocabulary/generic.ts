/**
 * Header words of CRM and spreadsheet exports in German and English, independent of any vendor.
 * EXACT holds whole headers (compact form) whose meaning is certain; WORDS holds single words that
 * name a field inside a longer header ("Telefon (Zentrale)", "Work Phone"), matched as whole words
 * and therefore a guess the rep is shown. QUALIFIERS say whose value a column holds.
 */
import type { ImportTarget } from '../targets';

const exact: Record<string, ImportTarget> = {};
const add = (target: ImportTarget, ...headers: string[]): void => {
  for (const h of headers) exact[h] = target;
};
add('companyName', 'firma', 'firmenname', 'firmierung', 'unternehmen', 'unternehmensname', 'company', 'companyname', 'account', 'accountname',
  'organisation', 'organization', 'organisationsname', 'organizationname', 'name1', 'kundenname', 'arbeitgeber', 'employer');
add('legalForm', 'rechtsform', 'legalform');
add('phone', 'telefon', 'tel', 'telefonnummer', 'telnr', 'phone', 'phonenumber', 'telephone', 'businessphone', 'workphone', 'officephone',
  'festnetz', 'telefonzentrale', 'zentrale', 'mainphone', 'companymainphone', 'primaryphone', 'haupttelefon');
add('directPhone', 'durchwahl', 'directphone', 'directdial', 'direktwahl');
add('mobile', 'mobil', 'mobiltelefon', 'mobilnummer', 'mobilfunk', 'handy', 'handynummer', 'mobile', 'mobilephone', 'cell', 'cellphone', 'mobilenumber');
add('fax', 'fax', 'telefax', 'faxnummer', 'faxnumber', 'businessfax');
add('email', 'email', 'mail', 'emailadresse', 'emailaddress', 'epost', 'mailadresse', 'primaryemail');
add('personEmail', 'kontaktemail', 'contactemail', 'personalemail', 'emailkontakt', 'emailansprechpartner');
add('website', 'website', 'webseite', 'homepage', 'url', 'web', 'internet', 'internetadresse', 'www', 'webadresse', 'websiteurl', 'webpage');
add('street', 'strasse', 'str', 'street', 'adresse', 'addressline1', 'street1', 'strassehausnummer', 'strasseundhausnummer',
  'strassenr', 'streetaddress');
add('address', 'address', 'anschrift', 'fulladdress', 'postanschrift');
add('houseNumber', 'hausnummer', 'hausnr', 'nr', 'housenumber');
add('postalCode', 'plz', 'postleitzahl', 'zip', 'zipcode', 'postalcode', 'postcode');
add('city', 'ort', 'stadt', 'city', 'town', 'gemeinde');
add('region', 'bundesland', 'state', 'staterregion', 'stateregion', 'region', 'province', 'kanton');
add('country', 'land', 'country', 'staat', 'landeskennzeichen', 'countrycode', 'countryregion', 'landregion');
add('firstName', 'vorname', 'firstname', 'givenname', 'first', 'forename');
add('lastName', 'nachname', 'name', 'lastname', 'surname', 'familienname', 'last', 'zuname', 'familyname');
add('fullName', 'kontakt', 'kontaktperson', 'ansprechpartner', 'ansprechperson', 'contact', 'contactname', 'contactperson', 'fullname',
  'vollername', 'vollstandigername', 'displayname', 'anzeigename');
add('salutation', 'anrede', 'salutation', 'briefanrede');
add('role', 'position', 'funktion', 'title', 'jobtitle', 'rolle', 'role', 'berufsbezeichnung', 'stellung', 'jobbezeichnung', 'designation');
add('vatId', 'ustidnr', 'ustid', 'ustidnummer', 'umsatzsteueridentifikationsnummer', 'umsatzsteuerid', 'vat', 'vatid', 'vatnumber', 'vatno',
  'vatregno', 'vatregistrationnumber', 'uid', 'uidnummer', 'uidnr');
add('register', 'handelsregister', 'handelsregisternummer', 'hrb', 'registernummer', 'registereintrag', 'companyregister', 'registrationnumber',
  'commercialregister', 'firmenbuchnummer');
add('source', 'quelle', 'source', 'leadsource', 'leadquelle', 'herkunft');
add('campaign', 'kampagne', 'campaign', 'kampagnenname', 'campaignname');
add('owner', 'besitzer', 'owner', 'leadowner', 'accountowner', 'contactowner', 'verantwortlich', 'betreuer', 'zustandig', 'vertriebsmitarbeiter',
  'bearbeiter', 'inhaberdesleads');
add('notes', 'notizen', 'notiz', 'notes', 'note', 'bemerkung', 'bemerkungen', 'kommentar', 'kommentare', 'comment', 'comments', 'description',
  'beschreibung');

/** Whole headers (compact form) with a certain meaning. */
export const GENERIC_EXACT: Readonly<Record<string, ImportTarget>> = exact;

/**
 * Words naming a field inside a longer header, in the order they are tried: fax and mobile before
 * phone ("Mobile Phone"), first and last before name ("First Name"), company before name
 * ("Company Name"), country before region ("Land/Region").
 */
export const GENERIC_WORDS: readonly (readonly [ImportTarget, readonly string[]])[] = [
  ['fax', ['fax', 'telefax', 'faxnummer']],
  ['mobile', ['mobil', 'mobile', 'handy', 'cell', 'cellular', 'mobiltelefon']],
  ['directPhone', ['durchwahl', 'direct', 'direktwahl']],
  ['phone', ['telefon', 'phone', 'tel', 'telephone', 'rufnummer', 'festnetz', 'telefonnummer']],
  ['personEmail', ['personal']],
  ['email', ['email', 'mail', 'epost']],
  ['website', ['website', 'webseite', 'homepage', 'url', 'web', 'www']],
  ['houseNumber', ['hausnummer', 'hausnr', 'housenumber']],
  ['postalCode', ['plz', 'postleitzahl', 'zip', 'zipcode', 'postcode', 'postalcode', 'postal']],
  ['country', ['land', 'country', 'staat']],
  ['region', ['bundesland', 'state', 'region', 'province', 'kanton', 'provinz']],
  ['city', ['stadt', 'city', 'town', 'ort', 'gemeinde']],
  ['street', ['strasse', 'street', 'str', 'adresse', 'address', 'anschrift']],
  ['firstName', ['vorname', 'first', 'given', 'firstname', 'givenname', 'forename']],
  ['lastName', ['nachname', 'last', 'family', 'surname', 'lastname', 'familienname']],
  ['companyName', ['firma', 'company', 'unternehmen', 'organisation', 'organization', 'account', 'arbeitgeber', 'employer']],
  ['fullName', ['name', 'kontakt', 'contact', 'ansprechpartner']],
  ['salutation', ['anrede', 'salutation', 'prefix']],
  ['role', ['position', 'jobtitle', 'funktion', 'rolle', 'role', 'designation', 'title']],
  ['vatId', ['ustid', 'ustidnr', 'vat', 'umsatzsteuer', 'uid']],
  ['register', ['handelsregister', 'register', 'hrb']],
  ['campaign', ['kampagne', 'campaign']],
  ['source', ['quelle', 'source']],
  ['owner', ['owner', 'besitzer', 'betreuer']],
  ['notes', ['notizen', 'notiz', 'notes', 'note', 'bemerkung', 'bemerkungen', 'kommentar', 'comment', 'description']],
];

/** Words that say the column is the business value: it beats a plain column of the same field. */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'geschaftlich', 'geschaeftlich', 'dienstlich', 'business', 'work', 'office', 'buro', 'arbeit', 'firma', 'company', 'billing', 'main', 'haupt',
  'zentrale', 'arbeitsadresse',
]);

/** Words that say the column is private: never the lead's company data. */
export const PRIVATE_WORDS: ReadonlySet<string> = new Set(['privat', 'private', 'home', 'personlich', 'zuhause', 'wohnort', 'privatadresse']);

/** Words of columns that are not the main value: another person's number, a device, another address. */
export const SIDE_WORDS: ReadonlySet<string> = new Set([
  'assistant', 'assistent', 'assistenz', 'pager', 'callback', 'ruckmeldung', 'car', 'autotelefon', 'radio', 'isdn', 'telex', 'tty', 'tdd',
  'horbehinderte', 'other', 'weitere', 'weiteres', 'weiterer', 'shipping', 'lieferadresse', 'manager', 'vorgesetzten', 'spouse', 'partner',
  'children', 'kinder', 'yomi', 'phonetic', 'referred', 'empfohlen', 'extended', 'middle', 'additional', 'short', 'maiden',
]);

/** Words of columns that mention a field but hold something else: flags, dates, counts, states of a record. */
export const NEVER_WORDS: ReadonlySet<string> = new Set([
  'opt', 'optout', 'optin', 'bounce', 'bounced', 'donotcall', 'donotemail', 'status', 'datum', 'date', 'time', 'anzahl', 'count', 'birthday',
  'geburtstag', 'anniversary', 'jahrestag', 'created', 'modified', 'updated', 'erstellt', 'geandert', 'type', 'typ', 'label', 'verified',
  'domain', 'display', 'server', 'verzeichnisserver', 'format', 'checksum', 'stage', 'score', 'rating', 'revenue', 'employees', 'industry',
  'branche', 'mitarbeiter', 'umsatz', 'visibility', 'sensitivity', 'priority', 'prioritat', 'language', 'sprache', 'gender', 'geschlecht',
  'photo', 'foto', 'hobby', 'mileage', 'reisekilometer', 'initials', 'initialen', 'nickname', 'spitzname', 'suffix', 'categories',
  'kategorien', 'group', 'gruppe', 'tag', 'tags', 'labels', 'stichworter', 'konto', 'billinginformation', 'abrechnungsinformation',
  'angezeigter', 'department', 'abteilung', 'box', 'postfach', 'symbol', 'location', 'connected', 'sic', 'ticker', 'ownership', 'lifecycle',
]);

/** Words of identifier columns: a record ID is never a company or a name. */
export const ID_WORDS: ReadonlySet<string> = new Set(['id', 'guid', 'uuid', 'nr', 'nummer', 'number', 'key', 'modify']);
