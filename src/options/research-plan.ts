/** Which of the chosen leads bulk research will read, and the host access the rep grants for the run. Pure. */
import type { Lead } from '../core/lead/types';
import { leadSite } from '../core/research/lead-site';
import { originPattern, siteOrigin } from '../shared/site-access';

export interface BulkResearchPlan {
  /** Incomplete leads to research (complete ones have nothing to fill). */
  ids: string[];
  /** Match patterns of their sites, for one permission request before the run. */
  patterns: string[];
  /** Incomplete leads with neither a website nor a company e-mail: the run lists them as skipped. */
  withoutSite: number;
}

export function bulkResearchPlan(leads: readonly Lead[]): BulkResearchPlan {
  // The summary's completeness is a whole percent (summary.ts), as the list's filter reads it.
  const incomplete = leads.filter((l) => (l.summary?.completeness ?? 0) < 100);
  const patterns = new Set<string>();
  let withoutSite = 0;
  for (const lead of incomplete) {
    const site = leadSite(lead);
    const origin = site.ok ? siteOrigin(site.url) : null;
    if (origin) patterns.add(originPattern(origin));
    else withoutSite++;
  }
  return { ids: incomplete.map((l) => l.id), patterns: [...patterns].sort(), withoutSite };
}

/** Host access to every site, when the rep prefers one grant over a list. */
export const ALL_SITES = ['https://*/*', 'http://*/*'];
