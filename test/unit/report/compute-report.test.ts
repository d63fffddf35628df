/**
 * The report worker's body over a real (fake-indexeddb) database written by the leads repository:
 * every stored lead's report input is read once, the figures are those of the same leads counted in
 * memory, and progress goes up to the total; when the inputs are not in step, the leads are read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLeadsRepo, prepareImported } from '../../../src/background/repos/leads.repo';
import { createReportInputStore } from '../../../src/background/repos/report-inputs.store';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead, withKeys } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Lead } from '../../../src/core/lead/types';
import { createReport } from '../../../src/core/report/report';
import { computeReport, loadDisposableDomains, type Progress, type ReportJob } from '../../../src/report/compute-report';
import { leadPages } from '../../../src/shared/db/lead-pages';
import { LeadfillDb } from '../../../src/shared/db/schema';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
const NOW = Date.UTC(2026, 5, 1);
let db: LeadfillDb;
beforeEach(() => {
  db = new LeadfillDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const imported = (value: string, batch: string) => ({ value, source: { kind: 'imported' as const, at: 500, batch } });

/** `n` leads in two campaigns; every third one's e-mail at a throw-away domain, every fifth shares a phone. */
function leads(n: number): Lead[] {
  return Array.from({ length: n }, (_, i) => {
    const batch = i % 2 ? 'fair' : 'web';
    return withKeys({
      ...createLead(`lead-${String(i).padStart(5, '0')}`, 500),
      fields: {
        companyName: imported(`Firma ${i} GmbH`, batch),
        website: imported(`https://firma${i}.de`, batch),
        phone: imported(i % 5 ? `+49 89 ${1_000_000 + i}` : '+49 89 1234567', batch),
        email: imported(i % 3 ? `info@firma${i}.de` : `x${i}@mailinator.com`, batch),
        campaign: imported(i % 2 ? 'Spring fair' : 'Web form', batch),
      },
    });
  });
}

const job: ReportJob = { by: 'campaign', selection: {}, profile: DEFAULT_PROFILE, now: NOW, costs: { 'campaign:Spring fair': 500 } };

describe('computeReport (the report worker)', () => {
  it('counts every stored lead once, as the same leads counted in memory, with progress up to the total', async () => {
    const written = leads(2_345);
    await createLeadsRepo(db).addImported(written.map((l) => prepareImported(l, rules)));
    const seen: Progress[] = [];
    const { report, timings, readFrom } = await computeReport(db, job, (p) => seen.push(p));
    expect(readFrom).toBe('inputs');

    const expected = createReport({ ...job, isDisposableDomain: await loadDisposableDomains() });
    for (const lead of await createLeadsRepo(db).list()) expected.add(lead);
    expect(report).toEqual(expected.result());
    expect(report.storedLeads).toBe(2_345);
    expect(report.total.leads).toBe(2_345);
    // Hand-counted: leads 0, 3, 6, … use mailinator.com (782 of 2,345); the phones of 0, 5, 10, … are one
    // number (469). Both join leads, the mail domain as a company domain: 469 + 782 - 157 (0, 15, 30, … in both).
    expect(report.total.fake['disposable-email']).toBe(782);
    expect(report.total.duplicatesWithin).toBe(1_094);
    expect(report.groups.find((g) => g.group === 'Spring fair')?.costPerLead).toBeCloseTo(500 / 1_172);
    expect(seen[0]).toEqual({ done: 0, total: 2_345 });
    expect(seen.at(-1)).toEqual({ done: 2_345, total: 2_345 });
    // One report per page of 1,000 and the start.
    expect(seen.map((p) => p.done)).toEqual([0, 1_000, 2_000, 2_345]);
    expect(Object.values(timings).every((ms) => ms >= 0)).toBe(true);
    expect(timings.countMs).toBeGreaterThan(0);
  });

  it('reads the leads themselves when their stored inputs are damaged, stale or out of step, with the same figures', async () => {
    const repo = createLeadsRepo(db);
    await repo.addImported(leads(300).map((l) => prepareImported(l, rules)));
    await repo.compactList();
    const fromInputs = await computeReport(db, job, () => {});
    expect(fromInputs.readFrom).toBe('inputs');

    // A bucket lost its inputs: fewer inputs than leads.
    await db.reportInputs.put({ ...(await db.reportInputs.get(3))!, count: 0, id: '', source: '', campaign: '', batch: '', createdAt: new Float64Array(), present: new Uint32Array(), importedPresent: new Uint32Array(), imported: new Uint8Array(), reach: new Uint8Array(), stage: new Uint8Array(), flags: new Uint16Array(), historyCount: new Uint8Array(), historyStage: new Uint8Array(), historyAt: new Float64Array(), joinKeyCount: new Uint16Array(), joinKeys: '', mailDomainCount: new Uint8Array(), mailDomains: '' });
    const outOfStep = await computeReport(db, job, () => {});
    expect(outOfStep.readFrom).toBe('leads');
    expect(outOfStep.report).toEqual(fromInputs.report);

    // Written by an older derivation.
    await createReportInputStore(db).rebuild();
    expect((await computeReport(db, job, () => {})).readFrom).toBe('inputs');
    await db.reportInputs.put({ ...(await db.reportInputs.get(5))!, v: 0 });
    const stale = await computeReport(db, job, () => {});
    expect(stale.readFrom).toBe('leads');
    expect(stale.report).toEqual(fromInputs.report);
  });

  it('reads pages in id order, each lead once, however the page size falls', async () => {
    await createLeadsRepo(db).addImported(leads(10).map((l) => prepareImported(l, rules)));
    const ids: string[] = [];
    for await (const page of leadPages(db, undefined, 3)) ids.push(...page.map((l) => l.id));
    expect(ids).toEqual(leads(10).map((l) => l.id));
  });

  it('reports an empty database as an empty report', async () => {
    const seen: Progress[] = [];
    const { report } = await computeReport(db, job, (p) => seen.push(p));
    expect(report.total.leads).toBe(0);
    expect(seen).toEqual([{ done: 0, total: 0 }]);
  });
});
