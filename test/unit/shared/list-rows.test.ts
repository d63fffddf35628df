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
