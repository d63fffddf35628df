/** Column headers for exports, in the rep's language; the import recognises all of them back. */
import type { LeadField } from './types';

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

export const EXTRA_LABELS: Record<Language, { socials: string; people: string }> = {
  de: { socials: 'Social Media', people: 'Personen' },
  en: { socials: 'Social Profiles', people: 'People' },
};
