import { describe, expect, it } from 'vitest';
import { fieldsFromImport, importBatch, importSnapshot } from '../../../src/core/lead/import-snapshot';
import { completeness, DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { MAX_STAGE_CHANGES, stints, withStageChange } from '../../../src/core/lead/stage-history';
import { COMPLETE, imported, lead, T0, typed } from './helpers';

describe('stage history', () => {
  it('records a stage only when it changes', () => {
    const once = withStageChange(lead({}), 'needs-research', T0);
    expect(once.stageHistory).toEqual([{ stage: 'needs-research', at: T0 }]);
    expect(withStageChange(once, 'needs-research', T0 + 5)).toBe(once);
    expect(withStageChange(once, 'unqualified', T0 + 5).stageHistory).toEqual([
      { stage: 'needs-research', at: T0 }, { stage: 'unqualified', at: T0 + 5 },
    ]);
  });

  it('keeps the latest changes of a lead that flaps between stages', () => {
    let l = lead({});
    for (let i = 0; i < MAX_STAGE_CHANGES + 10; i++) l = withStageChange(l, i % 2 ? 'unqualified' : 'needs-research', T0 + i);
    expect(l.stageHistory).toHaveLength(MAX_STAGE_CHANGES);
    expect(l.stageHistory?.at(-1)).toEqual({ stage: 'unqualified', at: T0 + MAX_STAGE_CHANGES + 9 });
  });

  it('turns a history into stints, the last one running until now', () => {
    expect(stints([{ stage: 'needs-research', at: 100 }, { stage: 'unqualified', at: 160 }], 200)).toEqual([
      { stage: 'needs-research', ms: 60, ongoing: false }, { stage: 'unqualified', ms: 40, ongoing: true },
    ]);
    expect(stints([], 200)).toEqual([]);
  });
});

describe('import snapshot', () => {
  it('keeps completeness and what was missing at import', () => {
    expect(importSnapshot(lead({ companyName: 'Acme GmbH', website: 'acme.de' }), DEFAULT_PROFILE, T0, 'fair')).toEqual({
      at: T0, batch: 'fair', completeness: 25, complete: false, missing: ['phone', 'email', 'street', 'postalCode', 'city', 'contactName'],
    });
    expect(importSnapshot(lead(COMPLETE), DEFAULT_PROFILE, T0)).toEqual({ at: T0, completeness: 100, complete: true, missing: [] });
  });

  it('derives a lower bound from the values still carrying their import provenance', () => {
    const l = lead(COMPLETE, {}, imported());
    const typedOver = { ...l, fields: { ...l.fields, city: { value: 'Augsburg', source: typed() } } };
    expect(completeness({ fields: fieldsFromImport(typedOver)! }, DEFAULT_PROFILE)).toMatchObject({ percent: 87, complete: false, missing: ['city'] });
    expect(fieldsFromImport(lead(COMPLETE))).toBeNull();
  });

  it('names the batch a lead came with', () => {
    expect(importBatch(lead(COMPLETE, {}, imported()))).toBe('b1');
    expect(importBatch(lead(COMPLETE, { atImport: { at: T0, batch: 'fair', completeness: 0, complete: false, missing: [] } }, imported()))).toBe('fair');
    expect(importBatch(lead(COMPLETE))).toBeNull();
  });
});
