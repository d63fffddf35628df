/** Column headers for exports, in the rep's language; the import recognises all of them back. */
import type { Channel, LeadField, Stage } from './types';

export type Language = 'de' | 'en';

export const FIELD_LABELS: Record<Language, Record<LeadField, string>> = {
  de: {
    companyName: 'Firma', legalForm: 'Rechtsform', website: 'Webseite', phone: 'Telefon', fax: 'Fax', email: 'E-Mail',
    street: 'Straße', postalCode: 'PLZ', city: 'Ort', country: 'Land', vatId: 'USt-IdNr.', register: 'Handelsregister',
    salutation: 'Anrede', firstName: 'Vorname', lastName: 'Nachname', role: 'Position', personEmail: 'E-Mail Kontakt',
    directPhone: 'Durchwahl', mobile: 'Mobil', source: 'Quelle', campaign: 'Kampagne', owner: 'Besitzer', notes: 'Notizen',
  },
  en: {
    companyName: 'Company', legalForm: 'Legal Form', website: 'Website', phone: 'Phone', fax: 'Fax', email: 'Email',
    street: 'Street', postalCode: 'Postal Code', city: 'City', country: 'Country', vatId: 'VAT ID', register: 'Company Register',
    salutation: 'Salutation', firstName: 'First Name', lastName: 'Last Name', role: 'Job Title', personEmail: 'Contact Email',
    directPhone: 'Direct Phone', mobile: 'Mobile', source: 'Lead Source', campaign: 'Campaign', owner: 'Owner', notes: 'Notes',
  },
};

export const EXTRA_LABELS: Record<Language, Record<'socials' | 'people' | 'stage' | 'score' | 'need' | 'nextStepDate' | 'nextStepChannel' | 'nextStepNote', string>> = {
  de: {
    socials: 'Social Media', people: 'Personen', stage: 'Phase', score: 'Score', need: 'Bedarf',
    nextStepDate: 'Nächster Schritt am', nextStepChannel: 'Nächster Schritt per', nextStepNote: 'Nächster Schritt',
  },
  en: {
    socials: 'Social Profiles', people: 'People', stage: 'Stage', score: 'Score', need: 'Need',
    nextStepDate: 'Next Step Date', nextStepChannel: 'Next Step Channel', nextStepNote: 'Next Step',
  },
};

export const STAGE_LABELS: Record<Language, Record<Stage, string>> = {
  de: { 'needs-research': 'Recherche nötig', unqualified: 'Unqualifiziert', 'pre-qualified': 'Vorqualifiziert', qualified: 'Qualifiziert' },
  en: { 'needs-research': 'Needs research', unqualified: 'Unqualified', 'pre-qualified': 'Pre-qualified', qualified: 'Qualified' },
};

export const CHANNEL_LABELS: Record<Language, Record<Channel, string>> = {
  de: { meeting: 'Termin', call: 'Anruf', video: 'Videocall', email: 'E-Mail', visit: 'Besuch', other: 'Sonstiges' },
  en: { meeting: 'Meeting', call: 'Call', video: 'Video call', email: 'E-mail', visit: 'Visit', other: 'Other' },
};
