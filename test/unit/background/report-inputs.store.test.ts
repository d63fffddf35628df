/**
 * The report's stored inputs follow every write of the leads repository (fake-indexeddb): created,
 * edited, imported, re-scored, deleted, cleared, and through compaction and rebuilding they stay the
 * inputs of the leads as stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLeadsRepo, prepareImported, readyToStore, type LeadsRepo } from '../../../src/background/repos/leads.repo';
import { createReportInputStore } from '../../../src/background/repos/report-inputs.store';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead, withKeys } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Lead } from '../../../src/core/lead/types';
import { reportInputOf, type ReportInput } from '../../../src/core/report/report-input';
import { liveInputs, REPORT_BUCKETS, toDelta } from '../../../src/shared/db/report-rows';
import { LeadfillDb } from '../../../src/shared/db/schema';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
let db: LeadfillDb;
let repo: LeadsRepo;
beforeEach(() => {
  db = new LeadfillDb(`test-${Math.random()}`);
  repo = createLeadsRepo(db);
});
afterEach(async () => {
  await db.delete();
});

const value = (v: string) => ({ value: v, source: { kind: 'imported' as const, at: 500, batch: 'fair' } });
function leadAt(i: number): Lead {
  return withKeys({
    ...createLead(`lead-${String(i).padStart(4, '0')}`, 500 + i),
    fields: { companyName: value(`Firma ${i} GmbH`), phone: value(`+49 89 ${1_000_000 + (i % 7)}`), email: value(`info@firma${i}.de`), source: value(i % 2 ? 'Fair' : 'Web') },
  });
}

const byId = (inputs: readonly ReportInput[]) => [...inputs].sort((a, b) => a.id.localeCompare(b.id));

/** What the report would read now. */
async function stored(): Promise<ReportInput[] | null> {
  const inputs = liveInputs(await db.reportInputs.toArray(), await db.reportInputDelta.orderBy('seq').toArray());
  return inputs && byId(inputs);
}
/** The inputs of the leads as stored now, derived afresh. */
async function expected(): Promise<ReportInput[]> {
  return byId((await repo.all()).map((l) => reportInputOf(l)));
}

describe('the report inputs of the leads repository', () => {
  it('follow imports, edits, re-scoring, deletes and compaction', async () => {
    await repo.addImported(Array.from({ length: 40 }, (_, i) => prepareImported(leadAt(i), rules)));
    expect(await stored()).toEqual(await expected());
    expect((await stored())!.length).toBe(40);

    await repo.put(leadAt(100), rules);
    await repo.update('lead-0003', rules, (l) => ({ ...l, fields: { ...l.fields, phone: value('0123456789'), campaign: value('Autumn') } }));
    await repo.delete('lead-0004');
    await repo.deleteMany(['lead-0005', 'lead-0006']);
    const after = await stored();
    expect(after).toEqual(await expected());
    expect(after!.find((i) => i.id === 'lead-0003')?.campaign).toBe('Autumn');
    expect(after!.some((i) => i.id === 'lead-0004')).toBe(false);

    // A stricter profile moves stages: the rescore writes the leads again, their inputs with them.
    const strict = { ...rules, profile: [...DEFAULT_PROFILE, { id: 'vatId', anyOf: [['vatId' as const]] }] };
    const { changed } = await repo.rescore(null, 1_000, strict);
    expect(changed).toBeGreaterThan(0);
    expect(await stored()).toEqual(await expected());

    const deltas = await db.reportInputDelta.count();
    expect(deltas).toBeGreaterThan(0);
    await repo.compactList();
    expect(await db.reportInputDelta.count()).toBe(0);
    expect(await db.reportInputs.count()).toBe(REPORT_BUCKETS);
    expect(await stored()).toEqual(await expected());
  });

  it("take an import chunk's delta made before its transaction, and only the new leads' when some were stored before", async () => {
    const first = Array.from({ length: 5 }, (_, i) => prepareImported(leadAt(i), rules));
    const ready = readyToStore(first);
    const made = toDelta(first.map((l) => reportInputOf(l)), []);
    expect(ready.reportDelta).toEqual(made);
    await repo.addImported(first, ready);
    const { seq: _seq, ...written } = (await db.reportInputDelta.orderBy('seq').last())!;
    expect(written).toEqual(made);
    // The very delta made ahead was the one written (Dexie gave it its key), not one made again inside.
    expect(ready.reportDelta?.seq).toBe(_seq);

    // Leads 3 and 4 are stored already: the chunk's delta made ahead would count them twice.
    const second = Array.from({ length: 5 }, (_, i) => prepareImported(leadAt(i + 3), rules));
    expect(await repo.addImported(second, readyToStore(second))).toEqual({ added: 3, known: 2 });
    const last = (await db.reportInputDelta.orderBy('seq').last())!;
    expect(last.upserts.count).toBe(3);
    expect(await stored()).toEqual(await expected());
    expect((await stored())!.length).toBe(8);
  });

  it('are emptied with the leads', async () => {
    await repo.addMany([leadAt(1), leadAt(2)], rules);
    await repo.clear();
    expect(await stored()).toEqual([]);
    expect(await db.reportInputs.count()).toBe(REPORT_BUCKETS);
  });

  it('are rebuilt from the leads when damaged, and not stored when the lead write fails', async () => {
    await repo.addMany([leadAt(1), leadAt(2), leadAt(3)], rules);
    await repo.compactList();
    await db.reportInputs.delete(0);
    await db.reportInputs.put({ ...(await db.reportInputs.get(1))!, count: -1 });
    expect(await stored()).toBeNull();
    await createReportInputStore(db).rebuild();
    expect(await stored()).toEqual(await expected());

    // The same id again: the lead write fails, and the inputs stay as they were.
    await expect(repo.addMany([leadAt(1)], rules)).rejects.toThrow();
    expect(await stored()).toEqual(await expected());
    expect((await stored())!.length).toBe(3);
  });

  it('fold a damaged delta by rebuilding', async () => {
    await repo.addMany([leadAt(1), leadAt(2)], rules);
    const [delta] = await db.reportInputDelta.toArray();
    await db.reportInputDelta.put({ ...delta!, upserts: { ...delta!.upserts, v: 0 } });
    expect(await stored()).toBeNull();
    await repo.compactList();
    expect(await stored()).toEqual(await expected());
  });

  it('are derived again when the stored ones are of an older derivation, at the first compaction of a worker', async () => {
    await repo.addMany([leadAt(1), leadAt(2)], rules);
    await repo.compactList();
    const stale = await Promise.all((await db.reportInputs.toArray()).map((b) => ({ ...b, v: 0 })));
    await db.reportInputs.bulkPut(stale);
    expect(await stored()).toBeNull();
    // A new worker: its repository has not looked at the stored inputs yet.
    await createLeadsRepo(db).compactList();
    expect(await stored()).toEqual(await expected());
  });
});
