import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { prepareExtensionCopy, POPUP_PATH } from '/work/main/test/e2e/support/extension-copy';
import { startStaticServer } from '/work/main/test/support/static-server.mjs';

const lang = process.env.LANG_UI ?? 'en';
const out = `/tmp/popup-shot/${lang}`;
const copy = prepareExtensionCopy('chrome');
const ext = copy.extensionDir;
const server = await startStaticServer();
const ctx = await chromium.launchPersistentContext(join(copy.workDir, 'profile'), {
  executablePath: '/usr/bin/chromium', headless: true, locale: lang,
  args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--no-first-run', '--disable-gpu', `--lang=${lang}`],
  env: { ...process.env, LANGUAGE: lang, LANG: lang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
});
try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const demo = await ctx.newPage();
  await demo.goto(server.url(process.env.PAGE ?? '/kontakt.html'));
  const helper = await ctx.newPage();
  await helper.goto(`chrome-extension://${id}/${POPUP_PATH}`);
  const tabId = await helper.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({})).find((t: any) => t.url === u)?.id, demo.url());
  await helper.close();
  const open = async (name: string, path = POPUP_PATH): Promise<Page> => {
    const p = await ctx.newPage();
    await p.setViewportSize({ width: 400, height: 600 });
    p.on('console', (m) => console.log('console:', m.text()));
    p.on('pageerror', (e) => console.log('pageerror:', e.message));
    const t0 = Date.now();
    await p.goto(`chrome-extension://${id}/${path}?tabId=${tabId}`);
    await p.locator('[data-testid="detect-status"][data-status="done"], [data-testid="detect-status"][data-status="error"]').waitFor({ timeout: 30000 });
    console.log(name, 'ready in', Date.now() - t0, 'ms', await p.locator('[data-testid="detect-status"]').getAttribute('data-status'));
    return p;
  };
  const snap = async (p: Page, name: string) => p.screenshot({ path: `${out}-${name}.png`, fullPage: true });
  let p = await open('first');
  await snap(p, '1-nolead');
  await p.locator('[data-action="create-lead"]').click();
  await p.locator('[data-action="create-lead"]').waitFor({ state: 'detached' });
  await p.waitForTimeout(200);
  await snap(p, '2-created');
  const phone = p.locator('[data-field="phone"]');
  await phone.locator('[data-action="fill"]').first().click();
  await p.waitForTimeout(300);
  await p.locator('[data-action="fill-all"]').click().catch((e) => console.log('fill-all', e.message));
  await p.waitForTimeout(300);
  console.log('error:', await p.locator('[data-testid="error"]').textContent().catch(() => null));
  const mc = p.locator('[data-action="make-contact"]').first();
  if (await mc.count()) await mc.click();
  await p.waitForTimeout(300);
  console.log('completeness', await p.locator('[data-testid="completeness"]').getAttribute('data-percent'));
  await p.locator('.section-stage > summary').click();
  await p.locator('.section-score > summary').click();
  await snap(p, '3-filled');
  await p.locator('#need-text').fill('Sucht 40 neue Laptops für den Außendienst');
  await p.locator('[data-action="record-need"]').click();
  await p.waitForTimeout(300);
  console.log('stage after need', await p.locator('[data-testid="stage"]').getAttribute('data-stage'), await p.locator('[data-testid="error"]').textContent().catch(() => null));
  await p.locator('.next-step input[type="date"]').fill('2099-03-01');
  await p.locator('.next-step select').selectOption('meeting');
  await p.locator('[data-action="qualify"]').click();
  await p.waitForTimeout(300);
  console.log('stage after qualify', await p.locator('[data-testid="stage"]').getAttribute('data-stage'), 'score', await p.locator('[data-testid="score"]').getAttribute('data-points'), await p.locator('[data-testid="score"]').getAttribute('data-ready'));
  await snap(p, '4-qualified');
  console.log('fonts', await p.evaluate(() => [...document.querySelectorAll('.ladder li, .breakdown li, .next-step label')].slice(0, 8).map((e) => getComputedStyle(e).fontSize).join(',')));
  await p.close();
  p = await open('reopen');
  p = await open('reopen2');
  const sp = await open('sidepanel', 'src/sidepanel/index.html');
  await snap(sp, '5-sidepanel');
} finally {
  await ctx.close();
  await server.stop();
  copy.remove();
}
