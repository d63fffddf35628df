/** A page opened in a fresh tab and the popup on that tab, with a lead for the site. */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

/** The id of the newest tab: pages may rewrite their own URL, tab ids only grow. `helper` is any extension page. */
async function newestTabId(helper: Page): Promise<number> {
  return helper.evaluate(`browser.tabs.query({}).then((t) => Math.max(...t.map((x) => x.id)))`) as Promise<number>;
}

/** Opens `url` in a fresh tab and the popup on it, once the popup has read the page; creates the site's lead if there is none. */
export async function popupWithLead(session: ChromiumSession, helper: Page, url: string): Promise<Page> {
  const site = await session.context.newPage();
  await site.goto(url);
  const tabId = await newestTabId(helper);
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl(tabId));
  await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
  // The field rows show once the page has a lead.
  const create = popup.locator('[data-action="create-lead"]');
  if (await create.count()) {
    await create.click();
    await create.waitFor({ state: 'detached' });
  }
  return popup;
}
