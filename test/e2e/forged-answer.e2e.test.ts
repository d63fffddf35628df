/**
 * Issue 13, item 8: a forged answer from the page reader. The test copy's content.js is replaced by
 * one that answers the background with a snapshot the test wrote: one with a 3 MB company line, one
 * whose links, structured data and website are javascript: and data: addresses. The background checks
 * the snapshot against its capped shape and cuts the engine's record to the capped record shape: the
 * first page reads as failed and stores nothing of it, the second stores only web addresses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/core/detect';
import { parseHtml } from '../../src/node/parse-html';
import { catalog } from './support/locale-messages';
import { listLeads } from './support/stored-leads';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';

const en = catalog('en');
const HUGE_NAME = 3_000_000;

const JAVASCRIPT_PAGE = `<html lang="de"><head><title>Impressum – Fremdfirma GmbH</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Fremdfirma GmbH', url: 'javascript:alert(1)', sameAs: ['javascript:alert(1)//www.linkedin.com/company/fremdfirma', 'https://www.linkedin.com/company/fremdfirma'] })}</script></head>
<body><h1>Impressum</h1><p>Fremdfirma GmbH<br>Ackerweg 3<br>10115 Berlin</p><p>Telefon: +49 30 5550 1234</p>
<p>Web: <a href="javascript:alert(document.domain)//www.fremdfirma.example">www.fremdfirma.example</a></p>
<footer><a href="javascript:alert(1)//www.facebook.com/fremdfirma">Facebook</a> <a href="data:text/html,x//www.xing.com/pages/fremdfirma">XING</a></footer></body></html>`;

/**
 * A content.js that answers with the test's snapshots instead of reading the page: the last
 * expression's value is the injection's result, which the background takes as the page's answer.
 */
function forgedContentScript(origin: string): string {
  const huge = takeSnapshot(parseHtml('<html lang="de"><body><h1>Kontakt</h1><p>NAME</p><p>Telefon: +49 30 5550 1234</p></body></html>'), `${origin}/kontakt.html`);
  const links = takeSnapshot(parseHtml(JAVASCRIPT_PAGE), `${origin}/impressum.html`);
  return `(() => {
  const answers = ${JSON.stringify({ '/kontakt.html': huge, '/impressum.html': links })};
  const answer = answers[location.pathname];
  for (const line of answer.lines) if (line.text === 'NAME') line.text = 'A'.repeat(${HUGE_NAME}) + ' GmbH';
  answer.readAt = performance.timeOrigin + performance.now();
  return JSON.stringify(answer);
})();
`;
}

let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startStaticServer();
  session = await launchChromium({ alterCopy: (dir) => writeFileSync(join(dir, 'content.js'), forgedContentScript(server.origin)) });
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

async function popupOn(path: string): Promise<{ site: Page; popup: Page }> {
  const site = await session.context.newPage();
  await site.goto(server.url(path));
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl());
  await popup.goto(session.popupUrl(await tabIdOf(popup, site.url())));
  await popup.locator('[data-testid="detect-status"][data-status="done"]').waitFor({ timeout: 30_000 });
  return { site, popup };
}

describe('a forged answer of the page reader', () => {
  it('with a 3 MB company name is refused as a page that could not be read, and stores none of it', async () => {
    const { site, popup } = await popupOn('/kontakt.html');
    expect(await popup.locator('[data-testid="detect-status"]').textContent()).toBe(en('err_page_failed'));
    const create = popup.locator('[data-action="create-lead"]');
    if (await create.count()) {
      await create.click();
      await create.waitFor({ state: 'detached' });
    }
    const leads = await listLeads(popup);
    for (const lead of leads) {
      expect(lead.fields['companyName']?.value.length ?? 0).toBeLessThan(300);
      expect(lead.fields['phone']).toBeUndefined();
    }
    await popup.close();
    await site.close();
  });

  it('with javascript: and data: addresses offers and stores only web addresses', async () => {
    const { site, popup } = await popupOn('/impressum.html');
    expect(await popup.locator('[data-field="phone"]').getAttribute('data-state')).not.toBeNull();
    const offered = await popup.locator('[data-social]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-social')));
    expect(offered).toContain('https://www.linkedin.com/company/fremdfirma');
    expect(offered.filter((u) => !/^https:\/\//.test(u ?? ''))).toEqual([]);
    const fillAll = popup.locator('[data-action="fill-all"]');
    await fillAll.click();
    await fillAll.waitFor({ state: 'detached' });
    const [lead] = (await listLeads(popup)).filter((l) => l.fields['phone']);
    expect(lead?.fields['phone']?.value).toMatch(/5550\s?1234/);
    const stored = lead as unknown as { fields: Record<string, { value: string } | undefined>; socials: { value: string }[] };
    expect(stored.fields['website']?.value ?? 'https://').toMatch(/^https?:\/\//);
    expect(stored.socials.map((s) => s.value)).toEqual(['https://www.linkedin.com/company/fremdfirma']);
    await popup.close();
    await site.close();
  });
});
