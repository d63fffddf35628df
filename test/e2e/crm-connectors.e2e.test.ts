/**
 * HubSpot, Pipedrive and Salesforce connected for real in headless Chromium: each CRM's contract server
 * runs on 127.0.0.1 (test/support/crm), the rep connects it in the options page by the form's accessible
 * names (Salesforce through its login window, identity.launchWebAuthFlow with PKCE), pushes the demo
 * company's lead from the popup and sees it sent with a link that opens the record in that CRM. Each
 * CRM also answers one push with a 429 or a 500 first: the outbox shows it retrying and sends it once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUBSPOT_SCOPES, startHubSpotServer, type HubSpotServer } from '../support/crm/hubspot-server';
import { startPipedriveServer, type PipedriveServer } from '../support/crm/pipedrive-server';
import { startSalesforceServer, type SalesforceServer } from '../support/crm/salesforce-server';
import { startStaticServer, type StaticServer } from '../support/static-server';
import type { ExtensionApi } from './support/extension-api';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { popupWithLead } from './support/popup-with-lead';

declare const browser: ExtensionApi;

const HUBSPOT_TOKEN = 'pat-eu1-0f3c1d2e-4b5a-6789-abcd-ef0123456789';
const PIPEDRIVE_TOKEN = '5d41402abc4b2a76b9719d911017c592aa0f1e2d';
/** Short waits the settings validate (shared/crm-settings.ts): the same code paths, a quicker test. */
const TIMING = { backoffBaseMs: 4_000, backoffCapMs: 8_000, timeoutMs: 5_000 };

let site: StaticServer;
let hubspot: HubSpotServer;
let pipedrive: PipedriveServer;
let salesforce: SalesforceServer;
let session: ChromiumSession;
let options: Page;

async function request<T>(type: string, extra: Record<string, unknown> = {}): Promise<T> {
  const reply = (await options.evaluate((m) => browser.runtime.sendMessage(m), { type, ...extra })) as { ok: boolean; data?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

beforeAll(async () => {
  [site, hubspot, pipedrive, salesforce] = await Promise.all([
    startStaticServer(),
    startHubSpotServer({ tokens: { [HUBSPOT_TOKEN]: HUBSPOT_SCOPES } }),
    startPipedriveServer(PIPEDRIVE_TOKEN),
    startSalesforceServer(),
  ]);
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(session.popupUrl().replace('src/popup/index.html', 'src/options/index.html#crm'));
});

afterAll(async () => {
  await session?.close();
  await Promise.all([hubspot?.close(), pipedrive?.close(), salesforce?.close(), site?.stop()]);
});

interface StoredConnection { id: string; kind: string; url: string }

async function connectionOf(kind: string): Promise<StoredConnection> {
  const { settings } = await request<{ settings: { crm: { connections: StoredConnection[] } } }>('settings.get');
  const found = settings.crm.connections.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind} connection`);
  return found;
}

let popup: Page;

/** Pushes the lead from the popup; the connection's row passes through "retrying" (the CRM's fault) to "sent". */
async function pushThroughFault(connectionId: string, whileRetrying?: () => Promise<void>): Promise<string> {
  await popup.reload();
  const row = popup.locator(`[data-testid="push-state"][data-connection="${connectionId}"]`);
  await expect.poll(() => row.getAttribute('data-state')).toBe('not-sent');
  await popup.locator('[data-action="push"]').click();
  await expect.poll(() => row.getAttribute('data-state'), { timeout: 15_000, interval: 100 }).toBe('retrying');
  await whileRetrying?.();
  await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent');
  return (await row.locator('a').getAttribute('href')) ?? '';
}

describe('CRM connectors in Chromium', () => {
  it('the demo company\'s lead, with its contact person and her own e-mail, waits in the popup', async () => {
    // Retries 2–4 s after a fault: long enough for the popup's once-a-second look to show "retrying".
    await request('settings.update', { patch: { crm: { timing: TIMING } } });
    popup = await popupWithLead(session, options, site.url('/kontakt.html'));
    await popup.locator('[data-action="fill-all"]').click();
    await popup.locator('[data-action="make-contact"]').first().click();
    const email = popup.locator('[data-field="personEmail"]').first();
    await expect.poll(() => email.getAttribute('data-state')).toBe('found');
    await email.locator('[data-action="fill"]').first().click();
    await expect.poll(() => email.getAttribute('data-state')).not.toBe('found');
    expect(await popup.locator('[data-testid="push-section"]').count()).toBe(0); // no CRM connected yet
  });

  it('HubSpot: a wrong token is named, the private app token tested and connected; a 429 is waited out and the contact opens in HubSpot', async () => {
    const form = options.getByTestId('hubspot-form');
    await form.getByLabel('API address').fill(hubspot.url);
    await form.getByLabel('Access token').fill(`pat-eu1-${'0'.repeat(36)}`);
    await form.locator('[data-action="test-connection"]').click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('token');
    await form.getByLabel('Access token').fill(HUBSPOT_TOKEN);
    await form.locator('[data-action="test-connection"]').click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('HubSpot 4711');
    await form.locator('[data-action="connect"]').click();
    await expect.poll(() => options.locator('[data-testid="crm-connections"] li').count()).toBe(1);
    const connection = await connectionOf('hubspot');
    expect(JSON.stringify(await request('settings.get'))).not.toContain(HUBSPOT_TOKEN);

    hubspot.faults.push({ match: /contacts\/batch\/upsert/, answer: { status: 429, headers: { 'retry-after': '8' }, body: { status: 'error', category: 'RATE_LIMITS', policyName: 'TEN_SECONDLY_ROLLING', message: 'You have reached your ten_secondly_rolling limit.', correlationId: 'c0ffee' } } });
    const href = await pushThroughFault(connection.id, async () => {
      // While the CRM's hold lasts, the options page shows it beside the connection, with the reason.
      await options.reload();
      const state = options.locator(`[data-connection="${connection.id}"] [data-testid="connection-state"]`);
      await expect.poll(() => state.getAttribute('data-state'), { timeout: 5_000, interval: 100 }).toBe('held');
      expect(await state.textContent()).toMatch(/^Paused by the CRM until .+ · /);
    });
    expect(hubspot.faults).toEqual([]);
    expect(hubspot.contacts.size).toBe(1);
    await expect.poll(() => options.locator('[data-testid="connection-state"]').count(), { timeout: 10_000 }).toBe(0);
    const [contact] = [...hubspot.contacts.values()];
    expect(contact!.properties).toMatchObject({ email: 'k.vogelsang@musterwerk.example', firstname: 'Katrin', lastname: 'Vogelsang' });
    expect(href).toBe(`https://app-eu1.hubspot.com/contacts/4711/record/0-1/${contact!.id}`);
    expect(hubspot.associations.size).toBe(1);
  });

  it('Pipedrive: connected by company address and API token; a 500 is retried and the person opens in Pipedrive', async () => {
    const form = options.getByTestId('pipedrive-form');
    await form.getByLabel('Company domain').fill(pipedrive.url);
    await form.getByLabel('API token').fill(PIPEDRIVE_TOKEN);
    await form.locator('[data-action="test-connection"]').click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Pipedrive');
    await form.locator('[data-action="connect"]').click();
    await expect.poll(() => options.locator('[data-testid="crm-connections"] li').count()).toBe(2);
    const connection = await connectionOf('pipedrive');

    pipedrive.faults.push({ match: /GET \/api\/v2\/persons\/search/, answer: { status: 500, body: { success: false, error: 'Internal server error', error_info: 'Please try again later' } } });
    const href = await pushThroughFault(connection.id);
    expect(pipedrive.faults).toEqual([]);
    expect(pipedrive.persons.size).toBe(1);
    expect(pipedrive.organizations.size).toBe(1);
    const [personId] = [...pipedrive.persons.keys()];
    expect(href).toBe(`${pipedrive.url}/person/${personId}`);
  });

  it('Salesforce: signed in through the login window with PKCE; a 500 is retried and the Lead, upserted by its external id, opens in Lightning', async () => {
    const form = options.getByTestId('salesforce-form');
    await form.getByLabel('Login URL').fill(salesforce.url);
    await form.getByLabel('Consumer key').fill(salesforce.clientId);
    expect(await form.getByLabel('External ID field').inputValue()).toBe('Leadfill_Id__c');
    await form.getByRole('button', { name: 'Sign in with Salesforce' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 20_000 }).toContain(`Salesforce ${new URL(salesforce.url).host}`);
    const exchange = salesforce.requests.find((r) => r.path === '/services/oauth2/token');
    expect(String(exchange?.body)).toMatch(/code_verifier=[\w-]{43,}/);
    const connection = await connectionOf('salesforce');
    expect(JSON.stringify(await request('settings.get'))).not.toMatch(/00D!|5Aep/);

    salesforce.faults.push({ match: /PATCH \/services\/data\/v67\.0\/sobjects\/Lead\//, answer: { status: 500, body: [{ message: 'An unexpected error occurred.', errorCode: 'UNKNOWN_EXCEPTION', fields: [] }] } });
    const href = await pushThroughFault(connection.id);
    expect(salesforce.faults).toEqual([]);
    expect(salesforce.leads.size).toBe(1);
    const [leadId] = [...salesforce.leads.keys()];
    expect(salesforce.leads.get(leadId!)).toMatchObject({ LastName: 'Vogelsang', Company: 'Musterwerk Maschinenbau GmbH' });
    expect(href).toBe(`${salesforce.url}/lightning/r/Lead/${leadId}/view`);
  });

  it('disconnecting wipes the tokens; the lead went to each CRM once', async () => {
    for (const kind of ['hubspot', 'pipedrive', 'salesforce']) {
      const { id } = await connectionOf(kind);
      await options.locator(`[data-connection="${id}"] [data-action="disconnect"]`).click();
      await expect.poll(async () => (await request<{ settings: { crm: { connections: StoredConnection[] } } }>('settings.get')).settings.crm.connections.some((c) => c.id === id)).toBe(false);
    }
    // The list re-renders after the saved settings change: wait for it rather than read it once.
    await expect.poll(() => options.locator('[data-testid="crm-connections"] li').count()).toBe(0);
    expect([hubspot.contacts.size, pipedrive.persons.size, salesforce.leads.size]).toEqual([1, 1, 1]);
  });
});
