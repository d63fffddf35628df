/**
 * Requests about the team's CRM: connecting (the secret goes to the secrets store and never comes
 * back), testing, disconnecting (secrets wiped, the receiver's host permission given back), pushing a
 * lead now, push states, and the team setup file. The page asks for the host permission first, in the
 * rep's click; the background only checks that it was granted.
 */
import type { Connection, ConnectionCheck, CrmConnector } from '../core/crm/connector';
import { appError, Failure, orThrow } from '../core/errors';
import { readTeamSetup, teamSetupOf } from '../shared/team-setup';
import { rulesOf, type HandlerContext } from './context';
import { salesforceDraft, tokenDraft } from './crm/connection-draft';
import { secretId, secretPrefix } from './crm/connectors';
import type { Outbox } from './crm/outbox';
import { RESCORE } from './jobs/rescore';
import type { Handlers } from './handler-types';
import { originPattern } from '../shared/site-access';
import { connectionPatterns, giveBackUnused, type ResearchOrigins } from './host-users';

type CrmHandlers = Pick<Handlers, 'crm.connect' | 'crm.test' | 'crm.testDraft' | 'crm.disconnect' | 'crm.push' | 'crm.states' | 'crm.outbox' | 'crm.holds' | 'team.export' | 'team.import'>;

/** The part of browser.permissions used here. */
export interface OriginPermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface CrmDeps {
  outbox: Outbox;
  /** The connector of a connection; `secret` in place of the stored ones (a draft being tested). */
  connector(connection: Connection, secret?: string): CrmConnector;
  permissions: OriginPermissions;
  /** How long a test connection (or Salesforce's token exchange) may take. */
  testTimeoutMs?: number;
  /** fetch for Salesforce's token exchange; the global one by default. */
  fetch?: typeof fetch;
  /** The origins research uses: a disconnected receiver's permission stays while research needs it. */
  researchOrigins: ResearchOrigins;
}

/** The host permission pattern of a receiver URL ("https://hooks.example.com/*"), as the options page asks for it. */
export const originOf = (url: string): string => originPattern(url);


export function crmHandlers(ctx: HandlerContext, deps: CrmDeps): CrmHandlers {
  const timeout = () => AbortSignal.timeout(deps.testTimeoutMs ?? 15_000);

  async function granted(url: string): Promise<void> {
    if (!(await deps.permissions.contains({ origins: [originOf(url)] }))) throw new Failure(appError('crm-permission-denied'));
  }

  async function connectionById(id: string): Promise<Connection> {
    const connection = (await ctx.settings()).crm.connections.find((c) => c.id === id);
    if (!connection) throw new Failure(appError('crm-not-configured'));
    return connection;
  }

  async function check(connector: CrmConnector): Promise<ConnectionCheck> {
    return orThrow(await connector.testConnection(timeout()));
  }

  return {
    async 'crm.connect'(input) {
      const id = `${input.kind}-${ctx.newId().replace(/\W/g, '').slice(0, 12)}`;
      const made = input.kind === 'salesforce'
        ? await salesforceDraft(input, id, { fetch: deps.fetch ?? fetch, signal: timeout(), granted })
        : tokenDraft(input, id);
      const { connection, secrets, origins } = orThrow(made);
      for (const origin of origins) await granted(origin);
      for (const [name, value] of Object.entries(secrets)) await ctx.secrets.set(secretId(id, name), value);
      try {
        const settings = await ctx.updateSettings((stored) => ({ crm: { ...stored.crm, connections: [...stored.crm.connections, connection] } }));
        return { connection, settings };
      } catch (err) {
        await ctx.secrets.deletePrefix(secretPrefix(id));
        throw err;
      }
    },

    async 'crm.test'({ connectionId }) {
      const connection = await connectionById(connectionId);
      await granted(connection.url);
      return check(deps.connector(connection));
    },

    async 'crm.testDraft'(input) {
      const { connection, secrets, origins } = orThrow(tokenDraft({ ...input, label: '' }, 'draft'));
      for (const origin of origins) await granted(origin);
      return check(deps.connector(connection, Object.values(secrets)[0]));
    },

    async 'crm.disconnect'({ connectionId }) {
      const connection = await connectionById(connectionId);
      const settings = await ctx.updateSettings((stored) => ({ crm: { ...stored.crm, connections: stored.crm.connections.filter((c) => c.id !== connectionId) } }));
      await ctx.secrets.deletePrefix(secretPrefix(connectionId));
      await deps.outbox.forget(connectionId);
      // The receiver's origins go back unless another connection, a chosen site or research still needs them.
      await giveBackUnused(connectionPatterns(connection), settings, deps.researchOrigins, deps.permissions);
      return settings;
    },

    async 'crm.push'({ leadId }) {
      if (!(await ctx.leads.get(leadId))) throw new Failure(appError('lead-not-found'));
      if (!(await ctx.settings()).crm.connections.length) throw new Failure(appError('crm-not-configured'));
      await deps.outbox.pushNow(leadId);
      return (await deps.outbox.states([leadId]))[leadId] ?? [];
    },

    'crm.states': ({ leadIds }) => deps.outbox.states(leadIds),
    'crm.outbox': () => deps.outbox.counts(),
    'crm.holds': () => deps.outbox.holds(),

    async 'team.export'() {
      return JSON.stringify(teamSetupOf(await ctx.settings()), null, 2);
    },

    async 'team.import'({ json }) {
      const setup = orThrow(readTeamSetup(json));
      const previous = await ctx.settings();
      const before = previous.crm.connections;
      const settings = await ctx.updateSettings((stored) => ({
        profile: setup.profile,
        scoring: setup.scoring,
        crm: { ...stored.crm, connections: setup.connections, pushRule: setup.pushRule },
      }));
      // A connection the file no longer has is disconnected; one it keeps keeps its secret.
      const gone = before.filter((c) => !setup.connections.some((n) => n.id === c.id));
      for (const c of gone) {
        await ctx.secrets.deletePrefix(secretPrefix(c.id));
        await deps.outbox.forget(c.id);
      }
      await giveBackUnused(gone.flatMap(connectionPatterns), settings, deps.researchOrigins, deps.permissions);
      // New rules re-score every lead in the background, as a change in the options page does.
      if (JSON.stringify(rulesOf(previous)) !== JSON.stringify(rulesOf(settings))) await ctx.jobs.start(RESCORE, null, { replace: true });
      return settings;
    },
  };
}
