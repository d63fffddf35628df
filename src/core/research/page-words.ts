/**
 * The words that name a company's imprint, contact, about, team and legal pages, in the languages
 * Leadfill's reps meet: the one vocabulary for ranking a page's links, a sitemap's addresses and the
 * well-known paths tried when a site links none of them. Words are written as sites write them;
 * `fold` (link-ranking.ts) makes "Über uns", "ueber-uns" and "uber_uns" the same phrase.
 */

export type PageKind = 'imprint' | 'contact' | 'team' | 'about' | 'legal';

export type Language = 'de' | 'en' | 'fr' | 'nl' | 'es' | 'it' | 'pt' | 'pl' | 'sv' | 'da' | 'no' | 'fi' | 'hu';

/** Phrases per kind and language: a link whose text, title or address holds one names that page. */
export const PAGE_WORDS: Readonly<Record<PageKind, Readonly<Record<Language, readonly string[]>>>> = {
  imprint: {
    de: ['Impressum', 'Anbieterkennzeichnung', 'Anbieterkennung', 'Herausgeber'],
    en: ['Imprint', 'Legal notice', 'Site notice', 'Legal information', 'Company information', 'Corporate information', 'Company details'],
    fr: ['Mentions légales', 'Informations légales', 'Mention légale'],
    nl: ['Colofon', 'Juridische informatie', 'Bedrijfsgegevens'],
    es: ['Aviso legal', 'Nota legal', 'Información legal', 'Datos de la empresa'],
    it: ['Note legali', 'Informazioni legali', 'Colophon', 'Dati societari'],
    pt: ['Informação legal', 'Informações legais', 'Ficha técnica', 'Dados da empresa'],
    pl: ['Nota prawna', 'Informacje prawne', 'Stopka redakcyjna', 'Dane firmy'],
    sv: ['Juridisk information', 'Företagsinformation', 'Om webbplatsen'],
    da: ['Juridisk information', 'Firmaoplysninger', 'Virksomhedsoplysninger'],
    no: ['Juridisk informasjon', 'Firmainformasjon', 'Selskapsinformasjon'],
    fi: ['Oikeudellinen huomautus', 'Yritystiedot', 'Julkaisijatiedot'],
    hu: ['Impresszum', 'Cégadatok', 'Jogi nyilatkozat'],
  },
  contact: {
    de: ['Kontakt', 'Kontaktieren Sie uns', 'So erreichen Sie uns', 'Anfahrt', 'Standort', 'Standorte'],
    en: ['Contact', 'Contact us', 'Get in touch', 'Reach us', 'Locations', 'Find us'],
    fr: ['Contact', 'Contactez-nous', 'Nous contacter', 'Nous joindre'],
    nl: ['Contact', 'Neem contact op', 'Contactgegevens', 'Vestigingen'],
    es: ['Contacto', 'Contáctenos', 'Contacta', 'Contactar'],
    it: ['Contatti', 'Contattaci', 'Contatto', 'Dove siamo'],
    pt: ['Contato', 'Contacto', 'Contactos', 'Fale conosco', 'Fale connosco'],
    pl: ['Kontakt', 'Skontaktuj się', 'Dane kontaktowe'],
    sv: ['Kontakt', 'Kontakta oss', 'Kontaktuppgifter'],
    da: ['Kontakt', 'Kontakt os', 'Kontaktoplysninger'],
    no: ['Kontakt', 'Kontakt oss', 'Kontaktinformasjon'],
    fi: ['Yhteystiedot', 'Ota yhteyttä', 'Yhteydenotto'],
    hu: ['Kapcsolat', 'Elérhetőség', 'Elérhetőségek', 'Elérhetőségeink'],
  },
  team: {
    de: ['Team', 'Unser Team', 'Das Team', 'Mitarbeiter', 'Ansprechpartner', 'Geschäftsführung', 'Management'],
    en: ['Team', 'Our team', 'Meet the team', 'Our people', 'Management', 'Leadership', 'Staff'],
    fr: ['Équipe', 'Notre équipe', 'Direction'],
    nl: ['Team', 'Ons team', 'Medewerkers', 'Directie'],
    es: ['Equipo', 'Nuestro equipo', 'Dirección'],
    it: ['Team', 'Il team', 'La squadra', 'Il nostro team'],
    pt: ['Equipe', 'Equipa', 'Nossa equipe', 'A nossa equipa'],
    pl: ['Zespół', 'Nasz zespół', 'Zarząd'],
    sv: ['Medarbetare', 'Vårt team', 'Ledning'],
    da: ['Medarbejdere', 'Vores team', 'Ledelse'],
    no: ['Ansatte', 'Våre ansatte', 'Ledelse'],
    fi: ['Henkilöstö', 'Tiimi', 'Yhteyshenkilöt', 'Johto'],
    hu: ['Csapatunk', 'Munkatársaink', 'Vezetőség'],
  },
  about: {
    de: ['Über uns', 'Wir über uns', 'Unternehmen', 'Das Unternehmen', 'Firma', 'Profil'],
    en: ['About', 'About us', 'Company', 'Who we are', 'Our company'],
    fr: ['À propos', 'Qui sommes-nous', 'Notre société', 'Entreprise', 'Société'],
    nl: ['Over ons', 'Wie zijn wij', 'Bedrijf'],
    es: ['Sobre nosotros', 'Quiénes somos', 'Empresa', 'Nosotros'],
    it: ['Chi siamo', 'Azienda', "L'azienda"],
    pt: ['Sobre nós', 'Quem somos', 'Empresa', 'A empresa'],
    pl: ['O nas', 'O firmie', 'Firma'],
    sv: ['Om oss', 'Företaget'],
    da: ['Om os', 'Virksomheden'],
    no: ['Om oss', 'Selskapet', 'Bedriften'],
    fi: ['Meistä', 'Tietoa meistä', 'Yritys'],
    hu: ['Rólunk', 'Bemutatkozás', 'Cégünkről'],
  },
  legal: {
    de: ['Rechtliches', 'Rechtliche Hinweise', 'AGB', 'Datenschutz', 'Datenschutzerklärung'],
    en: ['Legal', 'Terms', 'Terms and conditions', 'Privacy', 'Privacy policy'],
    fr: ['CGV', 'CGU', 'Confidentialité', 'Politique de confidentialité'],
    nl: ['Algemene voorwaarden', 'Privacyverklaring', 'Privacybeleid'],
    es: ['Términos y condiciones', 'Privacidad', 'Política de privacidad'],
    it: ['Termini e condizioni', 'Privacy', 'Informativa privacy'],
    pt: ['Termos e condições', 'Privacidade', 'Política de privacidade'],
    pl: ['Regulamin', 'Polityka prywatności'],
    sv: ['Villkor', 'Integritetspolicy'],
    da: ['Vilkår', 'Privatlivspolitik'],
    no: ['Vilkår', 'Personvern', 'Personvernerklæring'],
    fi: ['Käyttöehdot', 'Tietosuoja', 'Tietosuojaseloste'],
    hu: ['Adatvédelem', 'Adatkezelési tájékoztató', 'ÁSZF'],
  },
};

/**
 * How much a page of each kind is worth reading: the imprint names company, address, register, VAT
 * ID and managing directors; the contact page the phones; a team page the people; about and legal
 * pages sometimes repeat the seat.
 */
export const KIND_WEIGHT: Readonly<Record<PageKind, number>> = { imprint: 100, contact: 80, team: 60, about: 45, legal: 25 };

/** Pages of one kind worth reading at most (a contact page per location is common, two imprints are not). */
export const KIND_LIMIT: Readonly<Record<PageKind, number>> = { imprint: 1, contact: 2, team: 1, about: 1, legal: 1 };

/**
 * Paths tried on a site that links none of its pages and lists them in no sitemap, most likely first
 * (German sites name the imprint, the rest of the world the contact page).
 */
export const WELL_KNOWN_PATHS: readonly string[] = [
  '/impressum',
  '/kontakt',
  '/imprint',
  '/contact',
  '/legal-notice',
  '/mentions-legales',
  '/aviso-legal',
  '/contact-us',
  '/about',
  '/ueber-uns',
  '/team',
];
