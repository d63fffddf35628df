/** All request handlers, one group per concern, sharing one context. */
import { appError, Failure, type AppError } from '../core/errors';
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { jobHandlers } from './handlers-jobs';
import { leadHandlers } from './handlers-lead';
import { leadsHandlers } from './handlers-leads';
import { privacyHandlers } from './handlers-privacy';
import { reportHandlers } from './handlers-report';
import { tabHandlers } from './handlers-tab';
import { researchHandlers } from './handlers-research';
import type { SiteResearch } from './research/site-research';

type BoundHandlers = Pick<Handlers, 'sites.enableAutoDetect' | 'sites.disableAutoDetect'
  | 'crm.connect' | 'crm.test' | 'crm.testDraft' | 'crm.disconnect' | 'crm.push' | 'crm.states' | 'crm.outbox' | 'crm.holds' | 'team.export' | 'team.import'>;

/** `bound` come bound to the browser's permission, scripting and network APIs (see features.ts, handlers-crm.ts). */
export interface HandlerHooks {
  /** Problems found reading the stored settings, for the options page. */
  settingsProblems?: () => Promise<AppError[]>;
  /** Research of company sites (fetches only what the rep granted). */
  research?: SiteResearch;
}

/** Tests that build handlers without research: every research request ends as "no answer". */
const unavailableResearch: SiteResearch = {
  start: () => Promise.reject(new Failure(appError('no-answer'))),
  state: async () => null,
  cancel: async () => null,
  readings: async () => [],
};

export function createHandlers(ctx: HandlerContext, bound: BoundHandlers, hooks: HandlerHooks = {}): Handlers {
  const loadProblems = hooks.settingsProblems ?? (async () => []);
  return {
    ...bound,
    ...tabHandlers(ctx),
    ...leadHandlers(ctx),
    ...leadsHandlers(ctx),
    ...privacyHandlers(ctx, loadProblems),
    ...jobHandlers(ctx),
    ...reportHandlers(ctx),
    ...researchHandlers(ctx, hooks.research ?? unavailableResearch),
  };
}
