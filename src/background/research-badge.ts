/**
 * Bulk research's progress on the toolbar: while a run is open, every tab without a count of its own
 * (badge.ts) shows how many leads it still has to read, so the rep sees it without the options page.
 */
import type { Messages } from '../shared/message-keys';
import type { JobView } from '../shared/messages';
import type { BadgeApi } from './badge';
import { RESEARCH_LEADS } from './jobs/research-leads';

const COLOR = '#8430ce';

/** Leads bulk research still has to read (running and paused runs together); null when no run is open. */
export function researchLeft(jobs: readonly JobView[]): number | null {
  const open = jobs.filter((j) => j.kind === RESEARCH_LEADS && (j.state === 'running' || j.state === 'paused'));
  if (!open.length) return null;
  return open.reduce((left, j) => left + Math.max(0, (j.progress.total ?? 0) - j.progress.done - j.progress.failed), 0);
}

/**
 * Badge text for a count: thousands do not fit, "1k+" says a long run (the title has the exact count);
 * "…" while the run has not counted yet (before its first chunk) or is writing its last leads.
 */
export function leftText(left: number | null): string {
  if (left === null) return '';
  if (left === 0) return '…';
  return left > 999 ? '1k+' : String(left);
}

/** `show(jobs)` after every change of the jobs (the runner's announcement); sets the badge only when the count changed. */
export function createResearchBadge(api: BadgeApi, m: Messages) {
  let shown: number | null = null;
  return async function show(jobs: readonly JobView[]): Promise<void> {
    const left = researchLeft(jobs);
    if (left === shown) return;
    shown = left;
    try {
      if (left !== null) await api.setBadgeBackgroundColor({ color: COLOR });
      await api.setBadgeText({ text: leftText(left) });
      await api.setTitle({ title: left === null ? m.t('actionTitle') : m.t('badgeResearchLeft', String(left)) });
    } catch (err) {
      // The next announcement tries again; the run itself never depends on the badge.
      shown = null;
      throw err;
    }
  };
}
