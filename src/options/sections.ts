/** The options page's sections; the URL hash opens one directly (e.g. options page#import from the popup). */
export const SECTIONS = ['leads', 'import', 'duplicates', 'settings', 'crm', 'privacy'] as const;
export type Section = (typeof SECTIONS)[number];

export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'leads';
}
