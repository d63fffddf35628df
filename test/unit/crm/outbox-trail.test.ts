/**
 * The record trail through the outbox's pure rules: how far an attempt got is kept on the row for the
 * next attempt of the same lead version, and the records a success names are kept with its confirmation.
 */
import { describe, expect, it } from 'vitest';
import { UNCERTAIN_ANY } from '../../../src/core/crm/connector';
import { afterAttempt, newEntry, takenOver } from '../../../src/core/crm/outbox-rules';
import { appError } from '../../../src/core/errors';

const NOW = 1_800_000_000_000;
const POLICY = { baseMs: 100, capMs: 1_000 };

describe('the record trail', () => {
  const row = newEntry('pd', 'a', NOW, false);
  const trail = { ids: { organization: '7' }, done: ['organization'] };

  it('is kept on the row with the version it was made for; a failure that got nowhere keeps the earlier one', () => {
    const failed = afterAttempt(row, { ok: false, error: appError('crm-unavailable', { status: 503 }), trail }, 5, 5, null, NOW, POLICY, 0.5);
    expect(failed.row?.trail).toEqual({ ...trail, version: 5 });
    const again = afterAttempt(failed.row!, { ok: false, error: appError('crm-timeout') }, 5, 5, null, NOW, POLICY, 0.5);
    expect(again.row?.trail).toEqual({ ...trail, version: 5 });
    const refused = afterAttempt(row, { ok: false, error: appError('crm-ambiguous', { matches: 2 }), trail }, 5, 5, null, NOW, POLICY, 0.5);
    expect(refused.row).toMatchObject({ state: 'attention', trail: { ...trail, version: 5 } });
  });

  it('ends with a success, whose records go with the confirmation; a lead changed meanwhile starts its update without the old steps', () => {
    const withTrail = { ...row, trail: { ...trail, version: 5 } };
    const ok = afterAttempt(withTrail, { ok: true, remoteId: '9', recordUrl: null, ids: { organization: '7', person: '9' } }, 5, 6, null, NOW, POLICY, 0.5);
    expect(ok.confirmed).toEqual({ remoteId: '9', recordUrl: null, version: 5, sentAt: NOW, ids: { organization: '7', person: '9' } });
    expect(ok.row).not.toBeNull();
    expect(ok.row!.trail).toBeUndefined();
  });

  it('says a stopped worker\'s attempt may have made any record since it claimed the row, and keeps the earliest such time', () => {
    expect(takenOver(row, 3_000)).toBe(row);
    const dead = { ...row, lease: { owner: 'w1', until: NOW + 3_000 } };
    expect(takenOver(dead, 3_000).trail).toEqual({ ids: {}, done: [], version: 0, uncertain: { [UNCERTAIN_ANY]: NOW } });
    const again = { ...takenOver(dead, 3_000), lease: { owner: 'w2', until: NOW + 9_000 } };
    expect(takenOver(again, 3_000).trail?.uncertain).toEqual({ [UNCERTAIN_ANY]: NOW });
    const withSteps = { ...dead, trail: { ...trail, version: 5 } };
    expect(takenOver(withSteps, 3_000).trail).toEqual({ ...trail, version: 5, uncertain: { [UNCERTAIN_ANY]: NOW } });
  });
});
