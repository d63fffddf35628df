/**
 * Every key Leadfill uses in the browser's key-value storages, in one place: the writer and the
 * readers in other contexts build them here, so they cannot drift apart.
 */

/** storage.session: the last reading of a tab (background/tab-detection.ts; the side panel watches it). */
export const detectionKey = (tabId: number): string => `detection:${tabId}`;

const REPORT_PREFIX = 'autoReport:';

/** storage.session: a page's automatic-detection report, for its badge (background/features.ts). */
export const autoReportKey = (tabId: number): string => `${REPORT_PREFIX}${tabId}`;

/** The tab of an automatic-detection report key; null for any other key. */
export function tabOfAutoReportKey(key: string): number | null {
  if (!key.startsWith(REPORT_PREFIX)) return null;
  const tabId = Number(key.slice(REPORT_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : null;
}

/** storage.local: a site's research (progress while it runs, then its pages and readings, dated). */
export const researchKey = (site: string): string => `research:${site}`;
/** storage.local: the pages a bulk run has read so far on a site whose research has not ended (research/page-memo.ts). */
export const researchPagesKey = (site: string): string => `research-pages:${site}`;

/** storage.session: the recent durable jobs, written by the background after every change (background/jobs/runner.ts). */
export const JOBS_KEY = 'jobs';

/** storage.local: where settings lived before the database took them over (read once, then removed). */
export const LEGACY_SETTINGS_KEY = 'settings';

/** The page's localStorage (popup, side panel): whether a lead-view section is open. */
export const sectionOpenKey = (sectionId: string): string => `leadfill.section.${sectionId}`;

/** storage.local: the host permission patterns research has used (background/host-users.ts). */
export const RESEARCH_ORIGINS_KEY = 'research-origins';
/** storage.local: what research keeps there (its research and page keys), with dates and sizes (research/research-cache.ts). */
export const RESEARCH_INDEX_KEY = 'research-index';
/** Whether a storage.local key is one research keeps (capped by research/research-cache.ts). */
export const isResearchKey = (key: string): boolean => key.startsWith('research:') || key.startsWith('research-pages:');
/** The site a research key is about (researchKey, researchPagesKey), or null for another key. */
export const siteOfResearchKey = (key: string): string | null =>
  key.startsWith('research:') ? key.slice('research:'.length) : key.startsWith('research-pages:') ? key.slice('research-pages:'.length) : null;
