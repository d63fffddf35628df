import { describe, expect, it } from 'vitest';
import { parseReportQuery, reportSearch, selectionOf } from '../../../src/report/selection-url';

describe('the report address', () => {
  it('round-trips grouping, limits, days and the lead list filter', () => {
    const q = { by: 'campaign' as const, campaign: 'Spring fair', from: '2026-03-01', to: '2026-03-31', list: { text: 'acme', stage: 'qualified' } };
    expect(parseReportQuery(reportSearch(q))).toEqual(q);
  });

  it('falls back to sources and ignores what it cannot read', () => {
    expect(parseReportQuery('?by=nonsense&from=yesterday&to=2026-13-45')).toEqual({ by: 'source' });
  });

  it('reads days in UTC with the last day included', () => {
    const s = selectionOf({ by: 'source', from: '2026-03-01', to: '2026-03-01', batch: 'b' });
    expect(s).toEqual({ batch: 'b', from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 2, 2) });
  });
});
