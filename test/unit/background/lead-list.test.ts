import { describe, expect, it } from 'vitest';
import { LeadList } from '../../../src/background/repos/lead-list';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';

function lead(id: string, company: string, score: number, updatedAt = 1): Lead {
  return {
    ...createLead(id, updatedAt),
    fields: { companyName: { value: company, source: { kind: 'typed', at: 1 } } },
    summary: { completeness: score, score, ready: false, stage: 'needs-research', search: company.toLowerCase(), company: company.toLowerCase() },
  };
}

describe('the lead list index', () => {
  it('filters, sorts and pages, and follows writes once built', async () => {
    const stored = [lead('a', 'Alpha GmbH', 10, 3), lead('b', 'Beta AG', 50, 2), lead('c', 'Alphabet KG', 30, 1)];
    const list = new LeadList(async (visit) => stored.forEach(visit));
    expect((await list.query({ text: 'alpha', sort: 'score' })).rows.map((r) => r.id)).toEqual(['c', 'a']);
    expect((await list.query({ text: 'alpha', sort: 'company' })).rows.map((r) => r.id)).toEqual(['a', 'c']);
    list.upsert([lead('a', 'Alpha GmbH', 90, 4)]);
    list.remove(['c']);
    const after = await list.query({ text: 'alpha', sort: 'score' });
    expect(after).toMatchObject({ total: 1, rows: [{ id: 'a', score: 90 }] });
    expect((await list.query({ minScore: 40, offset: 1, limit: 1 })).rows.map((r) => r.id)).toEqual(['b']);
  });

  it('reads again when a write happens while the index is being built', async () => {
    const stored = new Map([['a', lead('a', 'Alpha GmbH', 10)]]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reads = 0;
    const list = new LeadList(async (visit) => {
      reads++;
      const snapshot = [...stored.values()];
      if (reads === 1) await gate;
      snapshot.forEach(visit);
    });
    const pending = list.query({ text: 'gmbh' });
    // The write lands after the first read took its snapshot: that read must not be trusted.
    stored.set('b', lead('b', 'Beta GmbH', 20));
    list.upsert([stored.get('b')!]);
    release();
    expect((await pending).rows.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(reads).toBe(2);
  });
});
