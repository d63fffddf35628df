import { describe, expect, it } from 'vitest';
import { currentStage, isIsoDay, qualify, recordNeed, setStage, supportedStage } from '../../../src/core/lead/qualification';
import type { Lead } from '../../../src/core/lead/types';
import { COMPLETE, T0, lead } from './helpers';

const ok = (r: { ok: true; value: Lead } | { ok: false }): Lead => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

describe('qualification', () => {
  it('needs research while contact data is incomplete, whatever else is known', () => {
    const l = ok(recordNeed(lead({ companyName: 'Acme' }), 'Needs a new CRM', T0));
    expect(supportedStage(l)).toBe('needs-research');
    const r = setStage(l, 'unqualified', T0);
    expect(r).toMatchObject({ ok: false, error: { code: 'incomplete', params: { missing: ['website', 'phone', 'email', 'street', 'postalCode', 'city', 'contactName'] } } });
  });

  it('walks up the stages as the data supports them', () => {
    let l = lead(COMPLETE);
    expect(currentStage(l)).toBe('unqualified');
    expect(setStage(l, 'pre-qualified', T0)).toMatchObject({ ok: false, error: { code: 'no-need' } });
    l = ok(recordNeed(l, '  Sucht eine Lösung für Außendienst-Planung ', T0));
    expect(l.qualification?.need).toEqual({ text: 'Sucht eine Lösung für Außendienst-Planung', at: T0 });
    l = ok(setStage(l, 'pre-qualified', T0));
    expect(setStage(l, 'qualified', T0)).toMatchObject({ ok: false, error: { code: 'no-next-step' } });
    l = ok(qualify(l, { date: '2026-02-03', channel: 'meeting', note: ' Demo ' }, T0));
    expect(l.qualification).toMatchObject({ stage: 'qualified', nextStep: { date: '2026-02-03', channel: 'meeting', note: 'Demo' } });
    expect(currentStage(l)).toBe('qualified');
  });

  it('validates the next step', () => {
    const l = ok(recordNeed(lead(COMPLETE), 'need', T0));
    expect(qualify(l, { date: '2026-02-30', channel: 'call' }, T0)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(qualify(l, { date: '03.02.2026', channel: 'call' }, T0)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(qualify(l, { date: '2026-01-01', channel: 'call' }, T0, { today: '2026-01-15' })).toMatchObject({ ok: false, error: { code: 'past-date' } });
    expect(qualify(l, { date: '2026-02-01', channel: 'fax' as never }, T0)).toMatchObject({ ok: false, error: { code: 'invalid-channel' } });
    expect(recordNeed(l, '   ', T0)).toMatchObject({ ok: false, error: { code: 'empty-need' } });
    expect(isIsoDay('2028-02-29')).toBe(true);
  });

  it('caps the stage when data is lost, and lets the rep step down', () => {
    let l = ok(qualify(ok(recordNeed(lead(COMPLETE), 'need', T0)), { date: '2026-02-03', channel: 'video' }, T0));
    const { phone: _gone, ...fields } = l.fields;
    expect(currentStage({ ...l, fields })).toBe('needs-research');
    l = ok(setStage(l, 'unqualified', T0));
    expect(currentStage(l)).toBe('unqualified');
  });
});
