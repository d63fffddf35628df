/** What the e2e tests expect of the demo company's Kontakt page. */

/** "+49 89 4711280-0" on the Kontakt page, as the popup offers and stores it (keys compare it as E.164). */
export const MAIN_PHONE = '+49 89 47112800';
