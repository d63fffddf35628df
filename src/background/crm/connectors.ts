/**
 * Every connector kind the outbox can push through: one file per connector beside this one, each
 * registered here by its kind. A kind without a factory yet is refused as not configured.
 */
import type { Connection, ConnectorDeps, ConnectorFactory, ConnectorKind, CrmConnector } from '../../core/crm/connector';
import { appError, Failure } from '../../core/errors';
import { createHubSpotConnector } from './hubspot';
import { createPipedriveConnector } from './pipedrive';
import { createSalesforceConnector } from './salesforce';
import { createWebhookConnector } from './webhook';

export const CONNECTORS: Partial<Record<ConnectorKind, ConnectorFactory>> = {
  webhook: createWebhookConnector,
  hubspot: createHubSpotConnector,
  pipedrive: createPipedriveConnector,
  salesforce: createSalesforceConnector,
};

/** The connector of a connection; a kind without a factory yet is refused as not configured. */
export function connectorFor(connection: Connection, deps: Omit<ConnectorDeps, 'connection'>): CrmConnector {
  const factory = CONNECTORS[connection.kind];
  if (!factory) throw new Failure(appError('crm-not-configured'));
  return factory({ ...deps, connection });
}

/** The secrets store id of one secret of a connection: "crm:<connection id>:<name>"; disconnecting deletes the prefix. */
export const secretId = (connectionId: string, name: string): string => `crm:${connectionId}:${name}`;
export const secretPrefix = (connectionId: string): string => `crm:${connectionId}:`;
