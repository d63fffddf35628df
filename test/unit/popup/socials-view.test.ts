import { describe, expect, it } from 'vitest';
import { createLead } from '../../../src/core/lead/lead';
import { socialRows } from '../../../src/popup/socials-view';

const found = (url: string, network = 'linkedin') => ({
  field: 'social' as const, value: { network, url }, confidence: 0.9, source: { method: 'link' as const, snippet: 'LinkedIn' },
});

describe('socialRows', () => {
  it('marks the profiles the lead already has, whatever the spelling of the URL', () => {
    const lead = { ...createLead('a', 1), socials: [{ value: 'https://linkedin.com/company/musterwerk/', source: { kind: 'typed' as const, at: 1 } }] };
    const rows = socialRows([found('https://www.linkedin.com/company/musterwerk'), found('https://www.xing.com/pages/musterwerk', 'xing')], lead);
    expect(rows.map((r) => [r.network, r.added])).toEqual([['linkedin', true], ['xing', false]]);
  });

  it('also lists profiles the lead has from elsewhere', () => {
    const lead = { ...createLead('a', 1), socials: [{ value: 'https://github.com/musterwerk', source: { kind: 'imported' as const, at: 1 } }] };
    expect(socialRows([], lead)).toEqual([expect.objectContaining({ url: 'https://github.com/musterwerk', added: true, method: 'imported' })]);
  });
});
