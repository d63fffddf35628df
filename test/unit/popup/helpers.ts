/** A stand-in for the background's views, computed with the same pure core functions. */
import { completeness } from '../../../src/core/lead/completeness';
import { currentStage, supportedStage } from '../../../src/core/lead/qualification';
import { scoreLead } from '../../../src/core/lead/scoring';
import type { Suggestions } from '../../../src/core/lead/suggestions';
import type { Lead } from '../../../src/core/lead/types';
import type { LeadView, TabState } from '../../../src/shared/messages';

export const viewOf = (lead: Lead): LeadView => ({
  lead,
  completeness: completeness(lead),
  score: scoreLead(lead),
  stage: currentStage(lead),
  supportedStage: supportedStage(lead),
});

export function tabState(view: LeadView | null, suggestions: Suggestions = {}, extra: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    url: 'https://acme.de/kontakt',
    domain: 'acme.de',
    detection: null,
    detectionError: null,
    seen: { url: 'https://acme.de/kontakt', digest: 'ab'.repeat(32) },
    autoResearch: false,
    timings: null,
    suggestions,
    view,
    matchReason: view ? 'website-domain' : null,
    otherMatches: [],
    ...extra,
  };
}

export const src = { method: 'tel-link' as const, snippet: 'Tel. 089 1234567' };
