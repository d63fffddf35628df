/**
 * Version 7: a database written by version 6 (compact leads, no report inputs) gets every stored
 * lead's report input on upgrade, and a new database starts with the (empty) inputs complete.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { prepareImported } from '../../../src/background/repos/leads.repo';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead, withKeys } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import { toStored } from '../../../src/core/lead/stored-lead';
import type { Lead } from '../../../src/core/lead/types';
import { reportInputOf } from '../../../src/core/report/report-input';
import { liveInputs, REPORT_BUCKETS } from '../../../src/shared/db/report-rows';
import { LeadfillDb } from '../../../src/shared/db/schema';
import { writtenAt } from './upgrade-harness';

const opened: LeadfillDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const imported = (value: string) => ({ value, source: { kind: 'imported' as const, at: 500, batch: 'spring' } });
function leadAt(i: number): Lead {
  const lead = withKeys({
    ...createLead(`lead-${i}`, 1_000 + i),
    fields: { companyName: imported(i % 2 ? 'privat' : `Firma ${i}`), phone: imported(i % 3 ? `+49 89 ${1_000_000 + i}` : '+49 89 1000000'), campaign: imported('Spring') },
  });
  return prepareImported(lead, { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET });
}

describe('version 7: the report inputs', () => {
  it('are derived from every lead a version-6 database holds', async () => {
    const leads = Array.from({ length: 25 }, (_, i) => leadAt(i));
    const old = await writtenAt(6, (db) => db.table('leads').bulkAdd(leads.map(toStored)));
    const db = await old.upgrade();
    opened.push(db);
    expect(await db.reportInputs.count()).toBe(REPORT_BUCKETS);
    expect(await db.reportInputDelta.count()).toBe(0);
    const inputs = liveInputs(await db.reportInputs.toArray(), [])!;
    const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(inputs)).toEqual(byId(leads.map((l) => reportInputOf(l))));
    expect(inputs.filter((i) => i.joinKeys.includes('phone:+49891000000'))).toHaveLength(9);
  });

  it('start complete and empty in a new database', async () => {
    const db = new LeadfillDb(`fresh-${Math.random()}`);
    opened.push(db);
    await db.open();
    expect(liveInputs(await db.reportInputs.toArray(), [])).toEqual([]);
  });
});
