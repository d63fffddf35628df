import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import { peopleRows } from '../../../src/popup/people-view';
import { tickableSignals } from '../../../src/popup/score-view';
import { cand, lead, detected } from '../lead/helpers';

describe('tickableSignals', () => {
  it('offers visited-pricing, the ticked rules and stray flags on the lead, once each', () => {
    const rules = [...DEFAULT_RULE_SET.rules, { id: 'trade-fair', label: 'Met at trade fair', points: 15, signal: 'ticked' as const, flag: 'trade-fair' }];
    const list = tickableSignals(rules, ['old-flag', 'trade-fair']);
    expect(list.map((s) => s.flag)).toEqual(['visited-pricing', 'trade-fair', 'old-flag']);
    expect(list[1]?.rule).toEqual({ id: 'trade-fair', label: 'Met at trade fair', points: 15 });
    expect(tickableSignals(null).map((s) => s.flag)).toEqual(['visited-pricing']);
  });
});

describe('peopleRows', () => {
  it('marks decision makers, people already on the lead and the contact person; drops repeats', () => {
    const people = [
      cand('person', { name: 'Anna Schäfer', role: 'Geschäftsführerin' }),
      cand('person', { name: 'Bernd Kurz', role: 'Assistenz der Geschäftsführung' }),
      cand('person', { name: 'anna  schäfer', role: 'CEO' }),
    ];
    const l = lead({ firstName: 'Anna', lastName: 'Schäfer' }, { people: [{ name: 'Bernd Kurz', role: '', source: detected() }] });
    const rows = peopleRows(people, l);
    expect(rows.map((r) => [r.name, r.decisionMaker, r.added, r.contact])).toEqual([
      ['Anna Schäfer', true, false, true],
      ['Bernd Kurz', false, true, false],
    ]);
    expect(peopleRows(people, null).every((r) => !r.added && !r.contact)).toBe(true);
  });
});
