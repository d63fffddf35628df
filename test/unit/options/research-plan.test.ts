import { describe, expect, it } from 'vitest';
import { bulkResearchPlan } from '../../../src/options/research-plan';
import { lead } from '../lead/helpers';

const withCompleteness = (l: ReturnType<typeof lead>, completeness: number) => ({ ...l, summary: { ...l.summary!, completeness } });

describe('bulkResearchPlan', () => {
  it('takes the incomplete leads (completeness in whole percent, as the summary keeps it) and one pattern per site, counting those without a site', () => {
    const plan = bulkResearchPlan([
      withCompleteness(lead({ website: 'https://www.kranich-anlagenbau.de' }, { id: 'a' }), 40),
      withCompleteness(lead({ email: 'info@kranich-anlagenbau.de' }, { id: 'b' }), 0),
      withCompleteness(lead({ email: 'jana@gmail.com' }, { id: 'c' }), 30),
      withCompleteness(lead({ website: 'http://127.0.0.1:8123/' }, { id: 'd' }), 99),
      withCompleteness(lead({ website: 'https://complete.example' }, { id: 'e' }), 100),
    ]);
    expect(plan).toEqual({
      ids: ['a', 'b', 'c', 'd'],
      patterns: ['http://127.0.0.1/*', 'https://kranich-anlagenbau.de/*', 'https://www.kranich-anlagenbau.de/*'],
      withoutSite: 1,
    });
  });
});
