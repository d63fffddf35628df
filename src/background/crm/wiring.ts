/**
 * The outbox and the CRM handlers bound to the browser: fetch, alarms, permissions and the secrets
 * store. Built once per worker start in index.ts.
 */
import type { Connection } from '../../core/crm/connector';
import { secret as wrap } from '../secrets';
import { browser } from '../../shared/browser';
import type { LeadfillDb } from '../../shared/db/schema';
import type { HandlerContext } from '../context';
import { crmHandlers, type OriginPermissions } from '../handlers-crm';
import type { ResearchOrigins } from '../host-users';
import { logFailure } from '../log';
import { connectorFor, secretId } from './connectors';
import { createOutbox } from './outbox';

export function createCrm(db: LeadfillDb, ctx: HandlerContext, researchOrigins: ResearchOrigins) {
  const connector = (connection: Connection, draftSecret?: string) =>
    connectorFor(connection, {
      secret: async (name) => (draftSecret !== undefined ? wrap(draftSecret) : ctx.secrets.get(secretId(connection.id, name))),
      // A draft being tested stores nothing; a connection keeps the tokens its connector renewed.
      ...(draftSecret === undefined ? { saveSecret: (name: string, value: string) => ctx.secrets.set(secretId(connection.id, name), value) } : {}),
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
    });
  const outbox = createOutbox({
    db,
    owner: crypto.randomUUID(),
    now: Date.now,
    random: Math.random,
    alarms: browser.alarms,
    crm: async () => (await ctx.settings()).crm,
    connector,
    log: logFailure,
  });
  const handlers = crmHandlers(ctx, { outbox, connector, permissions: browser.permissions as unknown as OriginPermissions, researchOrigins });
  return { outbox, handlers };
}
