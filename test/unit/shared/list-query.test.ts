import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, isFiltered, matchingIds, pageInfo, toQuery, type LeadsQuery } from '../../../src/shared/list-query';

describe('toQuery', () => {
  it('sends only sorting and paging when no filter is set', () => {
    expect(toQuery(DEFAULT_FILTERS)).toEqual({ type: 'leads.query', sort: 'updated', descending: true, offset: 0, limit: 50 });
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
  });

  it('puts every set filter into the request, trimmed', () => {
    const q = toQuery({ text: '  Müller ', incomplete: true, stage: 'qualified', minScore: '40', source: ' Messe ', sort: 'score', descending: false }, 2, 25);
    expect(q).toEqual({ type: 'leads.query', text: 'Müller', incomplete: true, stage: 'qualified', minScore: 40, source: 'Messe', sort: 'score', descending: false, offset: 50, limit: 25 });
  });

  it('ignores a minimum score that is not a whole number, and blank text', () => {
    for (const minScore of ['', ' ', '4.5', 'abc', '1e3']) expect(toQuery({ ...DEFAULT_FILTERS, minScore, text: '   ' })).not.toHaveProperty('minScore');
    expect(toQuery({ ...DEFAULT_FILTERS, text: '   ' })).not.toHaveProperty('text');
    expect(toQuery({ ...DEFAULT_FILTERS, minScore: '-10' }).minScore).toBe(-10);
  });

  it('keeps the search text within the schema limit', () => {
    expect(toQuery({ ...DEFAULT_FILTERS, text: 'x'.repeat(300) }).text).toHaveLength(200);
  });

  it('counts sorting as no filter, anything else as one', () => {
    expect(isFiltered({ ...DEFAULT_FILTERS, sort: 'company', descending: false })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, incomplete: true })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTERS, minScore: '0' })).toBe(true);
  });
});

describe('pageInfo', () => {
  it('numbers rows from 1 and clamps the page', () => {
    expect(pageInfo(120, 0)).toEqual({ page: 0, pages: 3, from: 1, to: 50, hasPrev: false, hasNext: true });
    expect(pageInfo(120, 2)).toEqual({ page: 2, pages: 3, from: 101, to: 120, hasPrev: true, hasNext: false });
    expect(pageInfo(120, 9).page).toBe(2);
    expect(pageInfo(0, 0)).toEqual({ page: 0, pages: 1, from: 0, to: 0, hasPrev: false, hasNext: false });
  });
});

describe('matchingIds', () => {
  it('reads every page of 500 and keeps only ids', async () => {
    const all = Array.from({ length: 1234 }, (_, i) => ({ id: `l${i}`, companyName: 'x' }));
    const asked: LeadsQuery[] = [];
    const ids = await matchingIds({ ...DEFAULT_FILTERS, text: 'x' }, async (q) => {
      asked.push(q);
      const offset = q.offset ?? 0;
      return { total: all.length, rows: all.slice(offset, offset + (q.limit ?? 50)) };
    });
    expect(ids).toHaveLength(1234);
    expect(ids[1233]).toBe('l1233');
    expect(asked.map((q) => [q.offset, q.limit, q.text])).toEqual([[0, 500, 'x'], [500, 500, 'x'], [1000, 500, 'x']]);
  });

  it('stops on an empty answer', async () => {
    expect(await matchingIds(DEFAULT_FILTERS, async () => ({ total: 0, rows: [] }))).toEqual([]);
  });
});
