/** Why the page could not be read, in the terms the rep can act on. Pure: tested in Node. */

export type PageNotice =
  /** Read fine. */
  | null
  /** Browser pages, the web store, PDFs: no extension may read them. */
  | 'restricted'
  /** A web page Leadfill has no access to yet: the toolbar button (activeTab) or automatic detection grants it. */
  | 'no-access'
  /** The page was readable but reading it failed. */
  | 'failed';

// Chrome: "Cannot access contents of the page…", "…must request permission…"; Firefox: "Missing host permission for the tab".
const NO_ACCESS = /no-access|permission|cannot access|missing host|not allowed/i;
const RESTRICTED = /restricted-page|cannot be scripted|chrome-extension:|extensions gallery|about:|moz-extension:/i;

export function pageNotice(detectionError: string | null): PageNotice {
  if (!detectionError) return null;
  if (RESTRICTED.test(detectionError)) return 'restricted';
  if (NO_ACCESS.test(detectionError)) return 'no-access';
  return 'failed';
}
