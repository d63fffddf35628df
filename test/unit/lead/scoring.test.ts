import { describe, expect, it } from 'vitest';
import { isDecisionMakerRole } from '../../../src/core/lead/decision-maker';
import { DEFAULT_RULE_SET, scoreLead, setSignal, validateRuleSet, VISITED_PRICING } from '../../../src/core/lead/scoring';
import { COMPLETE, T0, detected, lead } from './helpers';

describe('scoring', () => {
  it('scores nothing for an empty lead, with the full breakdown', () => {
    const s = scoreLead(lead({}));
    expect(s.total).toBe(0);
    expect(s.ready).toBe(false);
    expect(s.breakdown.map((b) => [b.ruleId, b.points, b.met])).toEqual([
      ['complete-contact', 20, false], ['decision-maker', 20, false], ['stated-need', 25, false], ['meeting-booked', 25, false], ['visited-pricing', 10, false],
    ]);
  });

  it('adds up met signals and marks the lead ready at the threshold', () => {
    let l = lead({ ...COMPLETE, role: 'Einkauf' }, {
      people: [{ name: 'Max Muster', role: 'Geschäftsführer', source: detected() }],
      qualification: { need: { text: 'CRM', at: T0 } },
    });
    expect(scoreLead(l)).toMatchObject({ total: 65, ready: true });
    l = setSignal(l, VISITED_PRICING, true, T0);
    expect(scoreLead(l).total).toBe(75);
    l = { ...l, qualification: { need: { text: 'CRM', at: T0 }, nextStep: { date: '2026-02-01', channel: 'email' } } };
    expect(scoreLead(l).breakdown.find((b) => b.ruleId === 'meeting-booked')?.met).toBe(false);
    l = { ...l, qualification: { nextStep: { date: '2026-02-01', channel: 'meeting' } } };
    expect(scoreLead(l).total).toBe(75);
  });

  it('scores rep-defined ticked signals', () => {
    const rules = { threshold: 10, rules: [{ id: 'trade-fair', label: 'Met at trade fair', points: 10, signal: 'ticked' as const, flag: 'trade-fair' }] };
    const l = setSignal(lead({}), 'trade-fair', true, T0);
    expect(scoreLead(l, rules)).toMatchObject({ total: 10, ready: true });
    expect(scoreLead(setSignal(l, 'trade-fair', false, T0), rules).total).toBe(0);
  });

  it('recognises decision-maker roles', () => {
    for (const role of ['Geschäftsführer', 'Geschäftsführerin', 'Inhaberin', 'Vorstandsvorsitzender', 'CEO', 'Co-Founder', 'Managing Director', 'Owner', 'Gründer & CTO', 'Prokurist']) {
      expect(isDecisionMakerRole(role), role).toBe(true);
    }
    for (const role of ['Product Owner', 'Assistentin der Geschäftsführung', 'Vertrieb', 'Vice President Sales', 'Marketing Manager']) {
      expect(isDecisionMakerRole(role), role).toBe(false);
    }
  });

  it('validates a user-edited rule set', () => {
    expect(validateRuleSet(DEFAULT_RULE_SET)).toEqual({ ok: true, value: DEFAULT_RULE_SET });
    const bad = validateRuleSet({
      threshold: 0,
      rules: [
        { id: 'a', label: ' ', points: 1.5, signal: 'complete-contact' },
        { id: 'a', label: 'x', points: 5, signal: 'ticked', flag: 'Not Valid' },
        { id: 'b', label: 'y', points: 5, signal: 'astrology' },
      ],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual(expect.arrayContaining([
      { path: 'threshold', rule: 'min_value' },
      { path: 'rules.0.label', rule: 'non_empty' },
      { path: 'rules.0.points', rule: 'integer' },
      { path: 'rules.1.flag', rule: 'regex' },
      { path: 'rules.2.signal', rule: 'variant' },
    ]));
    const dup = validateRuleSet({ threshold: 5, rules: [{ id: 'a', label: 'x', points: 1, signal: 'stated-need' }, { id: 'a', label: 'y', points: 1, signal: 'decision-maker' }] });
    expect(dup).toEqual({ ok: false, errors: [{ path: 'rules', rule: 'check' }] });
    expect(validateRuleSet('nope').ok).toBe(false);
  });
});
