/** The shared lead view rendered into a linkedom document: the DOM contract the end-to-end tests use. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LeadPanel as LeadPanelType } from '../../../src/popup/components/LeadPanel';
import type { TabModel } from '../../../src/popup/use-tab-state';
import { COMPLETE, detected, lead, cand, record } from '../lead/helpers';
import { src, tabState, viewOf } from './helpers';

const catalog = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

vi.mock('../../../src/shared/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => {
        const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
        return (catalog[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
      },
      getUILanguage: () => 'en',
    },
    runtime: { sendMessage: async () => undefined, openOptionsPage: async () => undefined },
  },
}));

let LeadPanel: typeof LeadPanelType;

beforeAll(async () => {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document, window, navigator: window.navigator });
  ({ LeadPanel } = await import('../../../src/popup/components/LeadPanel'));
});

function show(model: Partial<TabModel>): Element {
  const root = document.getElementById('app')!;
  const full: TabModel = { status: 'done', state: null, error: null, busy: false, run: async () => {}, reload: () => {}, ...model };
  render(h(LeadPanel, { model: full }), root);
  return root;
}

const offer = (value: string) => [{ value, confidence: 0.9, source: src }];

describe('LeadPanel', () => {
  it('offers to create the lead and lists what the page shows, with fill buttons', () => {
    const root = show({ state: tabState(null, { phone: offer('+498947112800') }) });
    expect(root.querySelector('[data-testid="detect-status"]')?.getAttribute('data-status')).toBe('done');
    expect(root.querySelector('[data-action="create-lead"]')).not.toBeNull();
    const phone = root.querySelector('[data-field="phone"]')!;
    expect(phone.getAttribute('data-state')).toBe('found');
    expect(phone.querySelector('li [data-role="found"]')?.textContent).toBe('+498947112800');
    expect(phone.querySelector('[data-action="fill"]')).not.toBeNull();
    expect(root.querySelector('[data-action="fill-all"]')).not.toBeNull();
  });

  it('marks a found value the calibration rates below 8 in 10 as a suggestion, and a surer one as a fact', () => {
    const root = show({ state: tabState(null, { phone: [{ value: '+498947112800', confidence: 0.93, source: src }, { value: '+498947112899', confidence: 0.42, source: src }] }) });
    const rows = [...root.querySelectorAll('[data-field="phone"] .found li')];
    expect(rows.map((r) => r.getAttribute('data-certainty'))).toEqual(['fact', 'suggestion']);
    expect(rows[0]!.querySelector('[data-role="certainty"]')).toBeNull();
    const marker = rows[1]!.querySelector('[data-role="certainty"]')!;
    expect(marker.textContent).toBe('check');
    expect(marker.getAttribute('title')).toContain('about 4 in 10');
    // The row's state is what the end-to-end tests read: a suggestion does not change it.
    expect(root.querySelector('[data-field="phone"]')!.getAttribute('data-state')).toBe('found');
  });

  it('shows a matched lead: completeness, stored values, conflicts, stage and score', () => {
    const l = lead(
      { companyName: 'Acme GmbH', phone: '+49 89 1' },
      { conflicts: [{ field: 'phone', value: { value: '+49 89 2', source: detected() } }], people: [] },
    );
    const detection = { url: 'https://acme.de/kontakt', elapsedMs: 12, candidates: [], record: record({ people: [cand('person', { name: 'Anna Schäfer', role: 'Geschäftsführerin' })] }) };
    const root = show({ state: tabState(viewOf(l), { email: offer('info@acme.de') }, { detection }) });
    expect(root.querySelector('[data-action="create-lead"]')).toBeNull();
    const c = root.querySelector('[data-testid="completeness"]')!;
    expect(c.getAttribute('data-percent')).toBe('25');
    expect(c.textContent).toContain('needs research');
    const phone = root.querySelector('[data-field="phone"]')!;
    expect(phone.getAttribute('data-state')).toBe('filled');
    expect(phone.querySelector('[data-role="value"]')?.textContent).toBe('+49 89 1');
    expect(phone.querySelector('[data-action="keep"]')).not.toBeNull();
    expect(phone.querySelector('[data-action="replace"]')).not.toBeNull();
    expect(root.querySelector('[data-field="email"]')?.getAttribute('data-required')).toBe('true');
    expect(root.querySelector('[data-testid="stage"]')?.getAttribute('data-stage')).toBe('needs-research');
    const score = root.querySelector('[data-testid="score"]')!;
    expect([score.getAttribute('data-points'), score.getAttribute('data-ready')]).toEqual(['0', 'false']);
    expect(root.querySelector('[data-action="add-person"]')).not.toBeNull();
    expect(root.querySelector('[data-action="make-contact"]')).not.toBeNull();
    expect(root.querySelector('[data-action="record-need"]')).not.toBeNull();
    expect(root.querySelector('[data-action="set-next-step"]')).not.toBeNull();
    expect(root.querySelector('[data-action="qualify"]')?.hasAttribute('disabled')).toBe(true);
    expect(root.textContent).toContain('Geschäftsführerin');
  });

  it('says when the lead is ready for handover and offers to qualify a complete lead with a need', () => {
    const l = lead(COMPLETE, {
      qualification: { need: { text: 'laptops', at: 0 }, nextStep: { date: '2099-01-02', channel: 'meeting' }, stage: 'pre-qualified' },
      people: [{ name: 'Anna Schäfer', role: 'CEO', source: detected() }],
    });
    const root = show({ state: tabState(viewOf(l)) });
    expect(root.querySelector('[data-testid="score"]')?.getAttribute('data-ready')).toBe('true');
    expect(root.querySelector('[data-role="ready"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="stage"]')?.getAttribute('data-stage')).toBe('pre-qualified');
    expect(root.querySelector('[data-action="qualify"]')?.hasAttribute('disabled')).toBe(false);
  });

  it('explains missing access instead of showing an empty lead', () => {
    const root = show({ state: tabState(null, {}, { url: '', domain: '', detectionError: { code: 'page-no-access' } }) });
    expect(root.querySelector('[data-testid="no-access"]')).not.toBeNull();
    expect(root.querySelector('[data-action="create-lead"]')).toBeNull();
    expect(root.querySelector('[data-field]')).toBeNull();
  });

  it('files no lead for a browser page', () => {
    const root = show({ state: tabState(null, {}, { url: 'chrome://newtab/', domain: '', detectionError: { code: 'page-restricted' } }) });
    expect(root.querySelector('[data-testid="not-a-site"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="no-access"]')).toBeNull();
    expect(root.querySelector('[data-action="create-lead"]')).toBeNull();
  });
});
