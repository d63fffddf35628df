import { describe, expect, it } from 'vitest';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import { bucketOf, entryOf, fromColumns, LIST_BUCKETS, toBuckets, toColumns, toSegment } from '../../../src/shared/db/list-rows';

function lead(id: string, company: string, stage: 'qualified' | 'needs-research' = 'needs-research'): Lead {
  return {
    ...createLead(id, 5),
    fields: { companyName: { value: company, source: { kind: 'typed', at: 1 } }, city: { value: 'Köln', source: { kind: 'typed', at: 1 } } },
    summary: { completeness: 40, score: 12.5, ready: stage === 'qualified', stage, search: company.toLowerCase(), company: company.toLowerCase() },
  };
}

describe('the list rows as stored', () => {
  it('read back as the rows they were made from', () => {
    const entries = [lead('a', 'Alpha GmbH', 'qualified'), lead('b', ''), lead('c', 'Gamma; "KG"\n')].map(entryOf);
    expect(fromColumns(structuredClone(toColumns(entries)))).toEqual(entries);
    expect(fromColumns(toColumns([]))).toEqual([]);
  });

  it('drop the column separator from a value instead of breaking the columns', () => {
    const [entry] = fromColumns(toColumns([entryOf(lead('a', 'Al\u0000pha'))]))!;
    expect(entry?.row.companyName).toBe('Alpha');
  });

  it('come in a bucket for every lead, each bucket present even when empty', () => {
    const buckets = toBuckets([lead('a', 'Alpha'), lead('b', 'Beta')].map(entryOf));
    expect(buckets.map((b) => b.bucket)).toEqual([...Array(LIST_BUCKETS).keys()]);
    expect(toSegment(buckets[bucketOf('a')]!)?.id).toContain('a');
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(toSegment({ ...buckets[0]!, count: buckets[0]!.count + 1 })).toBeNull();
  });
});

describe('a segment read in place', () => {
  const leads = [lead('a', 'Alpha Anlagenbau'), lead('b', ''), lead('c', 'Beta Alpha'), lead('d', 'Gamma'), lead('e', 'alphaalpha')];
  const segment = toSegment(structuredClone(toColumns(leads.map(entryOf))))!;

  it('finds the rows whose search text holds the needle, as includes would, never across two rows', () => {
    for (const needle of ['alpha', 'a', 'ga', 'gamma', 'alphaalpha', 'anlagenbau', 'x', 'bau\u0000beta', 'au beta']) {
      const expected = leads.map((l) => (l.summary!.search.includes(needle) ? 1 : 0));
      expect([...segment.searchHits(needle)], needle).toEqual(expected);
    }
  });

  it('reads a value in place as the split column has it, empty values too', () => {
    for (let i = 0; i < leads.length; i++) {
      expect(segment.value('companyName', i)).toBe(segment.text('companyName')[i]);
      expect(segment.value('search', i)).toBe(leads[i]!.summary!.search);
    }
    expect(segment.value('companyName', 1)).toBe('');
  });

  it('is refused when a column has more or fewer values than the count says', () => {
    const columns = toColumns(leads.map(entryOf));
    expect(toSegment({ ...columns, city: `${columns.city}\u0000Extra` })).toBeNull();
    expect(toSegment({ ...columns, search: columns.search.slice(0, columns.search.lastIndexOf('\u0000')) })).toBeNull();
  });
});
