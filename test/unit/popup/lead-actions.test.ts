import { describe, expect, it } from 'vitest';
import { orThrow } from '../../../src/core/errors';
import { recordNeed, setNextStep, setStage } from '../../../src/core/lead/qualification';
import type { Lead } from '../../../src/core/lead/types';
import { leadActions, stepChanged, type Send } from '../../../src/popup/lead-actions';
import type { Request } from '../../../src/shared/messages';
import { COMPLETE, lead, T0 } from '../lead/helpers';
import { tabState, viewOf } from './helpers';

/** A fake background over one lead: records every request, answers with core-computed views. */
function fakeBackground(start: Lead | null) {
  let current = start ?? lead({}, { id: 'new' });
  const requests: Request[] = [];
  const send = (async (req: Request) => {
    requests.push(req);
    const ok = orThrow;
    switch (req.type) {
      case 'lead.createFromTab': break;
      case 'lead.recordNeed': current = ok(recordNeed(current, req.text, T0)); break;
      case 'lead.setNextStep': current = ok(setNextStep(current, { date: req.date, channel: req.channel, ...(req.note ? { note: req.note } : {}) }, T0)); break;
      case 'lead.setStage': current = ok(setStage(current, req.stage, T0)); break;
      default: break;
    }
    return viewOf(current);
  }) as unknown as Send;
  return { send, requests, types: () => requests.map((r) => r.type) };
}

describe('leadActions', () => {
  it('creates the lead from the page on a first fill, then fills with the tab and what the rep saw of it as proof', async () => {
    const bg = fakeBackground(null);
    const state = tabState(null);
    const next = await leadActions(bg.send).fill(state, 'phone', '+49891234567');
    expect(bg.requests).toEqual([
      { type: 'lead.createFromTab', tabId: 7, seen: state.seen },
      { type: 'lead.fill', leadId: 'new', field: 'phone', value: '+49891234567', tabId: 7, seen: state.seen },
    ]);
    expect(next.view?.lead.id).toBe('new');
  });

  it('sends an emptied edit as a clear (null) and a conflict index only when given', async () => {
    const l = lead({ phone: '1' });
    const bg = fakeBackground(l);
    const a = leadActions(bg.send);
    await a.edit(tabState(viewOf(l)), 'phone', '   ');
    await a.resolveConflict(tabState(viewOf(l)), 'phone', 'keep');
    await a.resolveConflict(tabState(viewOf(l)), 'phone', 'replace', 1);
    expect(bg.requests).toEqual([
      { type: 'lead.edit', leadId: 'l1', field: 'phone', value: null },
      { type: 'lead.resolveConflict', leadId: 'l1', field: 'phone', action: 'keep' },
      { type: 'lead.resolveConflict', leadId: 'l1', field: 'phone', action: 'replace', index: 1 },
    ]);
  });

  it('moves a complete lead to pre-qualified when the need is recorded', async () => {
    const l = lead(COMPLETE);
    const bg = fakeBackground(l);
    const next = await leadActions(bg.send).recordNeed(tabState(viewOf(l)), 'Needs 40 new laptops in Q3');
    expect(bg.types()).toEqual(['lead.recordNeed', 'lead.setStage']);
    expect(next.view?.stage).toBe('pre-qualified');
  });

  it('records the need of an incomplete lead without asking for a stage the data does not support', async () => {
    const l = lead({ companyName: 'Acme GmbH' });
    const bg = fakeBackground(l);
    const next = await leadActions(bg.send).recordNeed(tabState(viewOf(l)), 'Needs laptops');
    expect(bg.types()).toEqual(['lead.recordNeed']);
    expect(next.view?.stage).toBe('needs-research');
  });

  it('qualifies: saves the new next step, then asks for the stage', async () => {
    const l = lead(COMPLETE, { qualification: { need: { text: 'laptops', at: T0 } } });
    const bg = fakeBackground(l);
    const next = await leadActions(bg.send).qualify(tabState(viewOf(l)), { date: '2099-03-01', channel: 'meeting', note: ' bring offer ' });
    expect(bg.requests).toEqual([
      { type: 'lead.setNextStep', leadId: 'l1', date: '2099-03-01', channel: 'meeting', note: 'bring offer' },
      { type: 'lead.setStage', leadId: 'l1', stage: 'qualified' },
    ]);
    expect(next.view?.stage).toBe('qualified');
  });

  it("passes the background's refusal on when the data does not support qualifying", async () => {
    const l = lead({ companyName: 'Acme GmbH' });
    const bg = fakeBackground(l);
    await expect(leadActions(bg.send).qualify(tabState(viewOf(l)), null)).rejects.toMatchObject({ error: { code: 'incomplete' } });
  });
});

describe('leadActions: people and signals', () => {
  it('adds a person from the page, as contact person when asked, and ticks signals', async () => {
    const l = lead({ companyName: 'Acme GmbH' });
    const bg = fakeBackground(l);
    const a = leadActions(bg.send);
    await a.addPerson(tabState(viewOf(l)), 'Anna Schäfer', true);
    await a.setSignal(tabState(viewOf(l)), 'visited-pricing', true);
    expect(bg.requests).toEqual([
      { type: 'lead.addPerson', leadId: 'l1', tabId: 7, seen: tabState(null).seen, name: 'Anna Schäfer', asContact: true },
      { type: 'lead.setSignal', leadId: 'l1', signal: 'visited-pricing', on: true },
    ]);
  });
});

describe('stepChanged', () => {
  it('is false without a date and for the stored step, true for a different one', () => {
    const view = viewOf(lead({}, { qualification: { nextStep: { date: '2099-01-02', channel: 'call' } } }));
    expect(stepChanged(view, { date: '', channel: 'call', note: '' })).toBe(false);
    expect(stepChanged(view, { date: '2099-01-02', channel: 'call', note: ' ' })).toBe(false);
    expect(stepChanged(view, { date: '2099-01-02', channel: 'visit', note: '' })).toBe(true);
  });
});
