import { describe, expect, it } from 'vitest';
import { dataFile } from '../../../src/core/lead/export-file';
import { leadsAboutSubject, retentionStatus, reviewRetention } from '../../../src/core/lead/retention';
import { detected, lead } from './helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

describe('retention', () => {
  const fresh = lead({ companyName: 'Fresh' }, { id: 'fresh', updatedAt: Date.UTC(2025, 6, 1) });
  const old = lead({ companyName: 'Old' }, { id: 'old', updatedAt: Date.UTC(2025, 4, 31) });
  const flaggedRecently = { ...old, id: 'recent', staleFlaggedAt: NOW - 10 * DAY };
  const flaggedLongAgo = { ...old, id: 'due', staleFlaggedAt: NOW - 31 * DAY };
  const workedSinceFlag = { ...fresh, id: 'worked', staleFlaggedAt: Date.UTC(2025, 5, 1) };

  it('classifies by months without activity and the grace period', () => {
    expect(retentionStatus(fresh, NOW)).toBe('active');
    expect(retentionStatus(old, NOW)).toBe('stale');
    expect(retentionStatus(flaggedRecently, NOW)).toBe('stale');
    expect(retentionStatus(flaggedLongAgo, NOW)).toBe('delete');
    expect(retentionStatus(old, NOW, { staleAfterMonths: 24, graceDays: 30 })).toBe('active');
  });

  it('reviews: flags new stale leads, unflags worked ones, deletes after grace', () => {
    const r = reviewRetention([fresh, old, flaggedRecently, flaggedLongAgo, workedSinceFlag], NOW);
    expect(r.flag.map((l) => [l.id, l.staleFlaggedAt, l.updatedAt])).toEqual([['old', NOW, old.updatedAt]]);
    expect(r.unflag.map((l) => [l.id, 'staleFlaggedAt' in l])).toEqual([['worked', false]]);
    expect(r.delete).toEqual(['due']);
  });

  it('finds every lead about a data subject and exports all data as JSON', async () => {
    const a = lead({ firstName: 'Anna', lastName: 'Schäfer', personEmail: 'Anna@acme.de' }, { id: 'a' });
    const b = lead({ companyName: 'Beta' }, { id: 'b', people: [{ name: 'Dr. Anna Schäfer', role: 'CEO', source: detected() }] });
    const c = lead({ companyName: 'Gamma', mobile: '0171 2345678' }, { id: 'c' });
    const d = lead({ companyName: 'Delta' }, { id: 'd' });
    expect(leadsAboutSubject([a, b, c, d], { name: 'Anna Schäfer' }).map((l) => l.id)).toEqual(['a', 'b']);
    expect(leadsAboutSubject([a, b, c, d], { email: 'anna@ACME.de', phone: '+49 171 2345678' }).map((l) => l.id)).toEqual(['a', 'c']);
    const json = JSON.parse(await (await dataFile([[a]], NOW, { settings: { x: 1 } })).blob.text()) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'leadfill-export', version: 1, exportedAt: '2026-06-01T00:00:00.000Z', settings: { x: 1 }, leads: [{ id: 'a' }] });
  });
});
