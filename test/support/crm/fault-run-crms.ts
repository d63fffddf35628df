/**
 * The CRMs of the scale fault run (fault-run.ts): each one's contract server with its own fault answers,
 * the connection and secrets the outbox pushes with, and the census read at the receiver (which leads
 * have their record, which records exist twice, whether a change arrived).
 */
import { HUBSPOT_TOKEN } from '../../../src/background/crm/hubspot';
import { PIPEDRIVE_TOKEN } from '../../../src/background/crm/pipedrive';
import { SALESFORCE_ACCESS_TOKEN, SALESFORCE_REFRESH_TOKEN } from '../../../src/background/crm/salesforce';
import type { Connection } from '../../../src/core/crm/connector';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead, LeadField } from '../../../src/core/lead/types';
import type { Chaos, JsonServer } from './http-json';
import { hubspotChaos, startHubSpotServer } from './hubspot-server';
import { pipedriveChaos, startPipedriveServer } from './pipedrive-server';
import { salesforceChaos, startSalesforceServer } from './salesforce-server';

export type FaultRunKind = 'hubspot' | 'pipedrive' | 'salesforce';

/** How long the fault run's Pipedrive search misses a new record: longer than most of the run's retry waits. */
export const PIPEDRIVE_SEARCH_LAG_MS = 10_000;

/**
 * How long the fault run's HubSpot search misses a new company: HubSpot's search index follows writes by
 * seconds, and a retry comes sooner than that, so a create whose answer was lost is not found by search.
 */
export const HUBSPOT_SEARCH_LAG_MS = 10_000;

/** Salesforce's concurrency limit announces no wait: its window is the shortest wait the run's backoff allows. */
export const SALESFORCE_WINDOW_MS = 100;

/** Invented companies, each with its own domain and one named person with her own address. */
export function faultRunLead(i: number, at: number): Lead {
  const values: Partial<Record<LeadField, string>> = {
    companyName: `Fehlerfest Werk ${i}`, legalForm: 'GmbH', website: `https://www.werk-${i}.example`, phone: '+49 89 1234567',
    email: `info@werk-${i}.example`, street: `Musterstraße ${i + 1}`, postalCode: '80331', city: 'München',
    firstName: 'Anna', lastName: `Schäfer-${i}`, personEmail: `anna.schaefer@werk-${i}.example`,
  };
  const lead = createLead(`fr-${String(i).padStart(5, '0')}`, at);
  lead.fields = Object.fromEntries(Object.entries(values).map(([f, value]) => [f, { value, source: { kind: 'typed', at } }]));
  return lead;
}

export interface Crm {
  server: JsonServer;
  connection: Connection;
  secrets: Map<string, string>;
  chaos: Pick<Chaos, 'limited' | 'unavailable' | 'windowMs' | 'spare'>;
  /** Leads (by index) the CRM holds a record of, and the records beyond one per key. */
  census(): { leads: Set<number>; duplicates: number };
  /** Whether lead i's record shows `lastName`. */
  shows(i: number, lastName: string): boolean;
  /** Something the CRM does to the client mid-run (Salesforce: the session expires). */
  midRun?(): void;
}

const indexOf = (email: string | undefined): number | null => {
  const m = /^anna\.schaefer@werk-(\d+)\.example$/.exec(email ?? '');
  return m ? Number(m[1]) : null;
};

function duplicatesBy<T>(items: Iterable<T>, key: (t: T) => string | undefined): number {
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen.values()].reduce((n, c) => n + c - 1, 0);
}

export async function startCrm(kind: FaultRunKind): Promise<Crm> {
  // Rate-limit windows as each CRM announces them: HubSpot and Pipedrive say 1 s; Salesforce's
  // concurrency limit says nothing, so its window is the shortest wait the backoff allows.
  if (kind === 'hubspot') {
    const server = await startHubSpotServer({ searchLagMs: HUBSPOT_SEARCH_LAG_MS });
    return {
      server,
      connection: { id: 'hubspot-1', kind, label: 'HubSpot', url: server.url },
      secrets: new Map([[HUBSPOT_TOKEN, 'pat-good']]),
      chaos: hubspotChaos(1_000),
      census() {
        const leads = new Set<number>();
        for (const c of server.contacts.values()) {
          const i = indexOf(c.properties['email']);
          // A lead is there when its contact is associated to its own company.
          const company = [...server.companies.values()].find((co) => co.properties['domain'] === `werk-${i}.example`);
          if (i !== null && company && server.associations.has(`${c.id}→${company.id}`)) leads.add(i);
        }
        const companies = duplicatesBy(server.companies.values(), (c) => c.properties['domain']);
        const links = duplicatesBy(server.associations, (a) => a.split('→')[0]);
        return { leads, duplicates: companies + links };
      },
      shows: (i, lastName) => server.contacts.get(`anna.schaefer@werk-${i}.example`)?.properties['lastname'] === lastName,
    };
  }
  if (kind === 'pipedrive') {
    // Its search index shows a new record only a while after it was made, as Pipedrive's does: a create
    // whose answer was lost must not become a second record because the retry's search misses it.
    const server = await startPipedriveServer('pd-good', { searchLagMs: PIPEDRIVE_SEARCH_LAG_MS });
    return {
      server,
      connection: { id: 'pipedrive-1', kind, label: 'Pipedrive', url: server.url },
      secrets: new Map([[PIPEDRIVE_TOKEN, 'pd-good']]),
      chaos: pipedriveChaos(1_000),
      census() {
        const leads = new Set<number>();
        const orgs = new Map([...server.organizations.values()].map((o) => [o.id, o.name]));
        for (const p of server.persons.values()) {
          const i = indexOf(p.emails?.[0]?.value);
          if (i !== null && orgs.get(p.org_id ?? -1) === `Fehlerfest Werk ${i} GmbH`) leads.add(i);
        }
        const persons = duplicatesBy(server.persons.values(), (p) => p.emails?.[0]?.value);
        const organizations = duplicatesBy(server.organizations.values(), (o) => o.name);
        return { leads, duplicates: persons + organizations };
      },
      shows: (i, lastName) => [...server.persons.values()].some((p) => p.emails?.[0]?.value === `anna.schaefer@werk-${i}.example` && (p.name ?? '').endsWith(lastName)),
    };
  }
  const server = await startSalesforceServer();
  const byLead = () => [...server.leads.values()];
  return {
    server,
    connection: { id: 'salesforce-1', kind, label: 'Salesforce', url: server.url, options: { clientId: server.clientId, externalIdField: 'Leadfill_Id__c' } },
    secrets: new Map([[SALESFORCE_ACCESS_TOKEN, server.accessToken()], [SALESFORCE_REFRESH_TOKEN, server.issueRefreshToken()]]),
    chaos: salesforceChaos(SALESFORCE_WINDOW_MS),
    census() {
      const leads = new Set<number>();
      for (const l of byLead()) {
        const id = /^fr-(\d+)$/.exec(l['Leadfill_Id__c'] ?? '');
        if (id && l['Email'] === `anna.schaefer@werk-${Number(id[1])}.example`) leads.add(Number(id[1]));
      }
      return { leads, duplicates: duplicatesBy(byLead(), (l) => l['Leadfill_Id__c']) };
    },
    shows: (i, lastName) => byLead().some((l) => l['Leadfill_Id__c'] === `fr-${String(i).padStart(5, '0')}` && l['LastName'] === lastName),
    // The access token expires mid-run: every connector refreshes it once and carries on.
    midRun: () => server.expireSessions(),
  };
}

