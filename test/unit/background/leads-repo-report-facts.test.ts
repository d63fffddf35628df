/** What the quality report needs the repository to keep: the stage history and the completeness at import. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLeadsRepo, prepareImported } from '../../../src/background/repos/leads.repo';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { createLead, withKeys } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import type { Lead } from '../../../src/core/lead/types';
import { LeadfillDb } from '../../../src/shared/db/schema';

const rules = { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET };
let db: LeadfillDb;
beforeEach(() => {
  db = new LeadfillDb(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const typed = (value: string, at = 1) => ({ value, source: { kind: 'typed' as const, at } });
const fromImport = (value: string) => ({ value, source: { kind: 'imported' as const, at: 500, batch: 'fair' } });
const COMPLETE: Lead['fields'] = {
  companyName: typed('Alpha GmbH'), website: typed('https://alpha.de'), phone: typed('+49 30 1234567'), email: typed('info@alpha.de'),
  street: typed('Weg 1'), postalCode: typed('10115'), city: typed('Berlin'), lastName: typed('Roth'),
};

describe('report facts kept by the leads repository', () => {
  it('records each change of the derived stage with the time of the change', async () => {
    const repo = createLeadsRepo(db);
    await repo.put({ ...createLead('a', 1000), fields: { companyName: typed('Alpha GmbH') } }, rules);
    await repo.update('a', rules, (l) => ({ ...l, fields: { ...l.fields, city: typed('Berlin') }, updatedAt: 2000 }));
    await repo.update('a', rules, (l) => ({ ...l, fields: COMPLETE, updatedAt: 3000 }));
    expect((await repo.get('a'))?.stageHistory).toEqual([{ stage: 'needs-research', at: 1000 }, { stage: 'unqualified', at: 3000 }]);
  });

  it('keeps how complete an imported lead arrived, and its batch', async () => {
    const repo = createLeadsRepo(db);
    const imported = withKeys({ ...createLead('i', 500), fields: { companyName: fromImport('Beta GmbH'), website: fromImport('beta.de') } });
    await repo.addImported([prepareImported(imported, rules)]);
    await repo.update('i', rules, (l) => ({ ...l, fields: { ...l.fields, ...COMPLETE }, updatedAt: 900 }));
    const stored = await repo.get('i');
    expect(stored?.atImport).toEqual({ at: 500, batch: 'fair', completeness: 25, complete: false, missing: ['phone', 'email', 'street', 'postalCode', 'city', 'contactName'] });
    expect(stored?.stageHistory).toEqual([{ stage: 'needs-research', at: 500 }, { stage: 'unqualified', at: 900 }]);
  });
});
