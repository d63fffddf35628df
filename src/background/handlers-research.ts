/** Research of the tab's company site, started, followed and stopped from the popup or side panel. */
import type { ResearchState, ResearchView } from '../shared/messages';
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { RESEARCH_LEADS, type ResearchLeadsParams } from './jobs/research-leads';
import type { SiteResearch } from './research/site-research';
import { detectionFor } from './tab-detection';

type ResearchHandlers = Pick<Handlers, 'research.start' | 'research.state' | 'research.cancel' | 'leads.research'>;

/** The popup gets the readings merged into the lead view, not as they are stored. */
function view(state: ResearchState): ResearchView;
function view(state: ResearchState | null): ResearchView | null;
function view(state: ResearchState | null): ResearchView | null {
  if (!state) return null;
  const { readings: _readings, ...rest } = state;
  return rest;
}

export function researchHandlers(ctx: HandlerContext, research: SiteResearch): ResearchHandlers {
  const urlOf = async (tabId: number) => (await detectionFor(tabId)).url;
  return {
    async 'research.start'({ tabId, refresh }) {
      return view(await research.start(await urlOf(tabId), refresh ?? false));
    },
    async 'research.state'({ tabId }) {
      return view(await research.state(await urlOf(tabId)));
    },
    async 'research.cancel'({ tabId }) {
      return view(await research.cancel(await urlOf(tabId)));
    },
    'leads.research': ({ ids }) => ctx.jobs.start(RESEARCH_LEADS, { leadIds: [...new Set(ids)] } satisfies ResearchLeadsParams),
  };
}
