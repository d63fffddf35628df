import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { prepareExtensionCopy } from '/work/main/test/e2e/support/extension-copy';
const copy = prepareExtensionCopy('chrome');
const ext = copy.extensionDir;
const ctx = await chromium.launchPersistentContext(join(copy.workDir, 'profile'), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu'],
});
try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const p = await ctx.newPage();
  await p.goto(`chrome-extension://${new URL(sw.url()).host}/src/options/index.html#duplicates`);
  await p.waitForTimeout(800);
  console.log(await p.evaluate(() => ['html', 'body', 'main', 'section[data-section=duplicates] p', 'nav a'].map((s) => {
    const el = document.querySelector(s);
    return `${s}: ${el ? getComputedStyle(el).fontSize + ' ' + getComputedStyle(el).fontFamily : 'none'}`;
  })));
} finally { await ctx.close(); copy.remove(); }
