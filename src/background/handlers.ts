/** All request handlers, one group per concern, sharing one context. */
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { leadHandlers } from './handlers-lead';
import { leadsHandlers } from './handlers-leads';
import { privacyHandlers } from './handlers-privacy';
import { tabHandlers } from './handlers-tab';

export function createHandlers(ctx: HandlerContext, loadProblems: () => Promise<string[]> = async () => []): Handlers {
  return {
    ...tabHandlers(ctx),
    ...leadHandlers(ctx),
    ...leadsHandlers(ctx),
    ...privacyHandlers(ctx, loadProblems),
  };
}
