/** The leads the background has stored, asked through the extension's own protocol from an extension page. */
import type { ExtensionApi } from './extension-api';

/** Inside page.evaluate on an extension page: the browser's own `browser` namespace. */
declare const browser: ExtensionApi;

/** The parts of a stored lead the e2e tests look at. */
export interface StoredLead {
  id: string;
  fields: Record<string, { value: string; source: { kind: string; batch?: string } } | undefined>;
  conflicts?: { field: string; value: { value: string } }[];
  keys: string[];
  qualification?: { stage?: string; need?: { text: string }; nextStep?: { date: string; channel: string; note?: string } };
}

/** An extension page in Playwright (Chromium) or Puppeteer (Firefox): both run a function in the page. */
interface ExtensionPage {
  evaluate<T>(fn: () => Promise<T>): Promise<T>;
}

export async function listLeads(page: ExtensionPage): Promise<StoredLead[]> {
  const reply = (await page.evaluate(() => browser.runtime.sendMessage({ type: 'lead.list' }))) as
    { ok: true; data: StoredLead[] } | { ok: false; error: { code: string } };
  if (!reply.ok) throw new Error(`lead.list failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}
