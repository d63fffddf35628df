/** All request handlers, one group per concern, sharing one context. */
import type { AppError } from '../core/errors';
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { jobHandlers } from './handlers-jobs';
import { leadHandlers } from './handlers-lead';
import { leadsHandlers, type ImportProgressSink } from './handlers-leads';
import { privacyHandlers } from './handlers-privacy';
import { reportHandlers } from './handlers-report';
import { tabHandlers } from './handlers-tab';

type SiteHandlers = Pick<Handlers, 'sites.enableAutoDetect' | 'sites.disableAutoDetect'>;

/** `sites` come bound to the browser's permission and scripting APIs (see features.ts). */
export interface HandlerHooks {
  /** Problems found reading the stored settings, for the options page. */
  settingsProblems?: () => Promise<AppError[]>;
  importProgress?: ImportProgressSink;
}

export function createHandlers(ctx: HandlerContext, sites: SiteHandlers, hooks: HandlerHooks = {}): Handlers {
  const loadProblems = hooks.settingsProblems ?? (async () => []);
  return {
    ...sites,
    ...tabHandlers(ctx),
    ...leadHandlers(ctx),
    ...leadsHandlers(ctx, hooks.importProgress),
    ...privacyHandlers(ctx, loadProblems),
    ...jobHandlers(ctx),
    ...reportHandlers(ctx),
  };
}
