/**
 * Version 8: a database written by version 7 gets the (empty) CRM holds table; its outbox rows and
 * confirmations stay as they were, and a hold is stored and found by its connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { appError } from '../../../src/core/errors';
import type { LeadfillDb } from '../../../src/shared/db/schema';
import { storedIndexes, writtenAt } from './upgrade-harness';

const opened: LeadfillDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('version 8: CRM holds', () => {
  it('adds an empty holds table to a version-7 database and keeps the outbox as it was', async () => {
    const row = { id: 'pd|a', connectionId: 'pd', leadId: 'a', state: 'due', dueAt: 5, attempts: 2, lease: null, lastError: appError('crm-rate-limited', { retryAfterSeconds: 2 }), fields: [], manual: false, enqueuedAt: 1 };
    const push = { id: 'pd|b', connectionId: 'pd', leadId: 'b', remoteId: '17', recordUrl: null, version: 3, sentAt: 4 };
    const old = await writtenAt(7, async (db) => {
      await db.table('outbox').add(row);
      await db.table('pushes').add(push);
    });
    const db = await old.upgrade();
    opened.push(db);
    expect(db.verno).toBe(8);
    expect(storedIndexes(db)['crmHolds']).toEqual([]);
    expect(db.crmHolds.schema.primKey.keyPath).toBe('connectionId');
    expect(await db.crmHolds.count()).toBe(0);
    expect(await db.outbox.get('pd|a')).toEqual(row);
    expect(await db.pushes.get('pd|b')).toEqual(push);
    const hold = { connectionId: 'pd', until: 9_000, reason: appError('crm-quota-exhausted', { retryAfterSeconds: 60 }), since: 8_000 };
    await db.crmHolds.put(hold);
    expect(await db.crmHolds.get('pd')).toEqual(hold);
  });
});
