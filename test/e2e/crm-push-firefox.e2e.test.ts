/**
 * The CRM push in Firefox ESR (the event page signs with Firefox's WebCrypto and sends with its fetch),
 * against a webhook receiver on 127.0.0.1 that verifies every delivery with the reference
 * `standardwebhooks` package: the rep connects through the options page, pushes the shown lead from
 * the popup and sees it sent with the link to its record; a change goes out as an update under a new
 * webhook-id; a refused record waits for the rep.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSigningSecret, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { startStaticServer, type StaticServer } from '../support/static-server';
import type { ExtensionApi } from './support/extension-api';
import { OPTIONS_PATH } from './support/extension-copy';
import { launchFirefox, tabIdOf, type FirefoxSession } from './support/firefox';

declare const browser: ExtensionApi;

let server: StaticServer;
let receiver: WebhookReceiver;
let session: FirefoxSession;
let demo: Page;
let tabId: number;
const signing = newSigningSecret();
/** While set, the receiver refuses every lead with this answer (a validation error of the team's CRM). */
let refuse: { status: number; body: string } | null = null;

const pushState = (popup: Page) => popup.$eval('[data-testid="push-state"]', (el) => el.getAttribute('data-state')).catch(() => null);

async function waitForPushState(popup: Page, state: string): Promise<void> {
  await popup.waitForFunction((s) => document.querySelector('[data-testid="push-state"]')?.getAttribute('data-state') === s, { timeout: 30_000 }, state);
}

/** Types into the input whose label reads `name` (its accessible name; puppeteer's aria queries need CDP). */
async function typeInto(page: Page, name: string, value: string): Promise<void> {
  const handle = await page.evaluateHandle((n) => [...document.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === n)?.querySelector('input') ?? null, name);
  const input = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`No input labelled ${name}`);
  await input.type(value);
}

async function openPopup(): Promise<Page> {
  const popup = await session.openExtensionPage(demo, session.popupUrl(tabId));
  await popup.waitForSelector('[data-testid="detect-status"][data-status="done"]', { timeout: 30_000 });
  return popup;
}

beforeAll(async () => {
  server = await startStaticServer();
  receiver = await startWebhookReceiver({ secret: signing, answer: () => refuse });
  session = await launchFirefox();
  demo = await session.browser.newPage();
  await demo.goto(server.url('/kontakt.html'));
  tabId = await tabIdOf(session, demo, server.url('/kontakt.html'));
});

afterAll(async () => {
  await session?.close();
  await receiver?.close();
  await server?.stop();
});

describe('CRM push in Firefox ESR', () => {
  it('connects the signed webhook through the options page', async () => {
    const options = await session.openExtensionPage(demo, `moz-extension://${session.uuid}/${OPTIONS_PATH}#crm`);
    await options.waitForSelector('[data-testid="webhook-form"]', { timeout: 20_000 });
    await typeInto(options, 'Webhook URL', receiver.url);
    await typeInto(options, 'Signing secret', signing);
    await options.click('[data-testid="webhook-form"] [data-action="test-connection"]');
    // The note names the receiver's host; an alert instead says what went wrong.
    await options.waitForFunction(() => document.querySelector('[data-testid="webhook-note"], [data-testid="webhook-form"] [role="alert"]'), { timeout: 20_000 });
    expect(await options.$eval('[data-testid="webhook-form"]', (f) => f.querySelector('[data-testid="webhook-note"], [role="alert"]')?.textContent)).toContain(new URL(receiver.url).host);
    await options.click('[data-testid="webhook-form"] [data-action="connect"]');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid="crm-connections"] li').length === 1, { timeout: 20_000 });
    await options.close();
    // The harmless test call was signed with the secret the rep typed, and stored nothing as a lead.
    expect(receiver.stats).toMatchObject({ refused: 0, accepted: 1 });
    expect(receiver.idsPerLead().size).toBe(0);
  });

  it('pushes the shown lead from the popup: sent, with its record link; the delivery verifies', async () => {
    const popup = await openPopup();
    const create = await popup.$('[data-action="create-lead"]');
    if (create) {
      await create.click();
      await popup.waitForFunction(() => !document.querySelector('[data-action="create-lead"]'), { timeout: 20_000 });
    }
    // The push rule is "on demand": nothing goes out until the rep asks.
    await waitForPushState(popup, 'not-sent');
    expect(receiver.idsPerLead().size).toBe(0);
    await popup.click('[data-action="push"]');
    await waitForPushState(popup, 'sent');
    const delivered = [...receiver.delivered.values()].filter((d) => d.type.startsWith('lead.'));
    expect(delivered.map((d) => d.type)).toEqual(['lead.completed']);
    const leadId = delivered[0]!.leadId!;
    const link = await popup.$eval('[data-testid="push-state"] a', (a) => (a as HTMLAnchorElement).href);
    expect(link).toBe(`${receiver.origin}/records/rcv_${delivered[0]!.id}`);
    expect(await popup.$eval('[data-testid="push-state"]', (el) => el.textContent)).toContain(`rcv_${delivered[0]!.id}`);
    expect(delivered[0]!.body).toMatchObject({ data: { id: leadId } });
    await popup.close();
  });

  it('a change after sending goes out by itself as lead.updated; refused, it needs the rep; pushed again, it is sent', async () => {
    const leadId = [...receiver.delivered.values()].find((d) => d.type === 'lead.completed')!.leadId!;
    refuse = { status: 422, body: '{"error":"validation failed"}' };
    const before = receiver.delivered.size;
    const helper = await session.openExtensionPage(demo, session.popupUrl());
    await helper.evaluate((id) => browser.runtime.sendMessage({ type: 'lead.recordNeed', leadId: id, text: 'Zwanzig Arbeitsplätze ab März' }), leadId);
    await helper.close();
    const popup = await openPopup();
    await waitForPushState(popup, 'attention');
    expect(await popup.$eval('[data-testid="push-state"]', (el) => el.textContent)).toMatch(/attention/i);
    expect(receiver.delivered.size).toBe(before);

    refuse = null;
    await popup.click('[data-action="push"]');
    await waitForPushState(popup, 'sent');
    const events = [...receiver.delivered.values()].filter((d) => d.type.startsWith('lead.'));
    expect(events.map((d) => d.type)).toEqual(['lead.completed', 'lead.updated']);
    expect(new Set(events.map((d) => d.id)).size).toBe(2);
    expect(events.map((d) => d.leadId)).toEqual([leadId, leadId]);
    expect(await pushState(popup)).toBe('sent');
    await popup.close();
  });
});
