/** What the background does for each validated request. */
import { siteDomain } from '../core/lead/site-domain';
import { suggestionsFrom } from '../core/lead/suggestions';
import type { FieldValue, Lead } from '../core/lead/types';
import type { Request, Responses, TabState } from '../shared/messages';
import type { LeadsRepo } from './repos/leads.repo';
import { cachedDetection, detectInTab, type TabDetection } from './tab-detection';
import { browser } from '../shared/browser';

type Handlers = { [T in Request['type']]: (req: Extract<Request, { type: T }>) => Promise<Responses[T]> };

async function detectionFor(tabId: number): Promise<TabDetection> {
  const tab = await browser.tabs.get(tabId);
  return (await cachedDetection(tabId, tab.url ?? '')) ?? detectInTab(tabId);
}

export function createHandlers(leads: LeadsRepo, now: () => number = Date.now): Handlers {
  return {
    async 'tab.state'({ tabId }): Promise<TabState> {
      // Opening the popup always reads the page afresh: it may have changed since the last look.
      const d = await detectInTab(tabId);
      const domain = /^https?:/i.test(d.url) ? siteDomain(d.url) : '';
      const lead = (await leads.findByDomain(domain)) ?? null;
      return { tabId, url: d.url, domain, detection: d.detection, detectionError: d.error, lead };
    },

    async 'lead.createFromTab'({ tabId }) {
      const d = await detectionFor(tabId);
      const domain = /^https?:/i.test(d.url) ? siteDomain(d.url) : '';
      if (!domain) throw new Error('This page is not a web site: no lead can be filed for it.');
      const existing = await leads.findByDomain(domain);
      if (existing) return existing;
      const fields: Lead['fields'] = {};
      const company = d.detection?.record.company;
      if (company) {
        fields.companyName = {
          value: company.value.name,
          source: { kind: 'detected', at: now(), url: d.url, method: company.source.method, snippet: company.source.snippet },
        };
      }
      return leads.create(domain, fields, now());
    },

    async 'lead.fill'({ leadId, field, value, tabId }) {
      let stored: FieldValue = { value, source: { kind: 'typed', at: now() } };
      if (tabId !== undefined) {
        const d = await detectionFor(tabId);
        const found = d.detection ? suggestionsFrom(d.detection.record)[field]?.find((s) => s.value === value) : undefined;
        if (!found) throw new Error(`The page in tab ${tabId} did not show this value for ${field}.`);
        stored = { value, source: { kind: 'detected', at: now(), url: d.url, method: found.source.method, snippet: found.source.snippet } };
      }
      return leads.setField(leadId, field, stored, now());
    },

    async 'lead.list'() {
      return leads.list();
    },
  };
}
