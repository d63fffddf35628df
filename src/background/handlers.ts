/** All request handlers, one group per concern, sharing one context. */
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { leadHandlers } from './handlers-lead';
import { leadsHandlers } from './handlers-leads';
import { privacyHandlers } from './handlers-privacy';
import { tabHandlers } from './handlers-tab';

type SiteHandlers = Pick<Handlers, 'sites.enableAutoDetect' | 'sites.disableAutoDetect'>;

/** `sites` come bound to the browser's permission and scripting APIs (see features.ts). */
export function createHandlers(ctx: HandlerContext, sites: SiteHandlers, loadProblems: () => Promise<string[]> = async () => []): Handlers {
  return {
    ...sites,
    ...tabHandlers(ctx),
    ...leadHandlers(ctx),
    ...leadsHandlers(ctx),
    ...privacyHandlers(ctx, loadProblems),
  };
}
