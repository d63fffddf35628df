/** Requests of the quality report page: the cost the rep entered for a group. */
import { costKey } from '../core/report/selection';
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';

type ReportHandlers = Pick<Handlers, 'report.setCost'>;

export function reportHandlers(ctx: HandlerContext): ReportHandlers {
  return {
    async 'report.setCost'({ by, group, amount, currency }) {
      await ctx.reportCosts.set(costKey(by, group), amount === null ? null : { amount, currency }, ctx.now());
      return { costs: await ctx.reportCosts.all() };
    },
  };
}
