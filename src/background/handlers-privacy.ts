/** Settings, retention and the rep's own data: export all, delete all. */
import type { AppError } from '../core/errors';
import { reviewRetention } from '../core/lead/retention';
import { rulesOf, type HandlerContext } from './context';
import { RESCORE } from './jobs/rescore';
import type { Handlers } from './handler-types';

type PrivacyHandlers = Pick<Handlers, 'settings.get' | 'settings.update' | 'retention.review' | 'data.deleteAll'>;

/** Flags stale leads and deletes those past their grace period; also run by the daily alarm. */
export async function runRetention(ctx: HandlerContext) {
  const settings = await ctx.settings();
  const review = reviewRetention(await ctx.leads.all(), ctx.now(), settings.retention);
  const rules = rulesOf(settings);
  for (const lead of [...review.flag, ...review.unflag]) await ctx.leads.put(lead, rules);
  await ctx.leads.deleteMany(review.delete);
  return { flagged: review.flag.length, unflagged: review.unflag.length, deleted: review.delete.length };
}

export function privacyHandlers(ctx: HandlerContext, loadProblems: () => Promise<AppError[]>): PrivacyHandlers {
  return {
    async 'settings.get'() {
      return { settings: await ctx.settings(), problems: await loadProblems() };
    },

    async 'settings.update'({ patch }) {
      const before = await ctx.settings();
      // The CRM part changes field by field (push rule, timing): connections only through crm.connect/disconnect.
      const saved = await ctx.updateSettings((stored) => ({ ...patch, crm: patch.crm && { ...stored.crm, pushRule: patch.crm.pushRule ?? stored.crm.pushRule, timing: patch.crm.timing ?? stored.crm.timing } }));
      // Completeness and score depend on the profile and rules: the list's summaries follow them, in
      // the background (a job with progress), so the rep is not kept waiting with 100,000 leads.
      if (JSON.stringify(rulesOf(before)) !== JSON.stringify(rulesOf(saved))) await ctx.jobs.start(RESCORE, null, { replace: true });
      return saved;
    },

    'retention.review': () => runRetention(ctx),

    async 'data.deleteAll'() {
      return { deleted: await ctx.leads.clear() };
    },
  };
}
