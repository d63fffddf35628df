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
  await p.goto(`chrome-extension://${new URL(sw.url()).host}/src/options/index.html#import`);
  await p.locator('[data-testid="csv-file"]').setInputFiles('/tmp/optshot/leads-100000.csv');
  await p.locator('[data-testid="mapping-table"]').waitFor();
  // Time the parse in the page separately from the background writes.
  const t0 = Date.now();
  await p.locator('[data-action="import"]').click();
  await p.waitForFunction(() => Number(document.querySelector('[data-testid="import-progress"]')?.getAttribute('max') ?? 0) > 1, null, { timeout: 120000 });
  console.log('parsed in page after', Date.now() - t0, 'ms');
  await p.locator('[data-testid="import-result"]').waitFor({ timeout: 300000 });
  console.log('imported after', Date.now() - t0, 'ms');
  const timings = await p.evaluate(`(async () => {
    const c = globalThis.chrome;
    const out = {};
    for (const [name, req] of Object.entries({
      plain: { type: 'leads.query', limit: 50 },
      text: { type: 'leads.query', text: 'Söhne 1', limit: 50 },
      incomplete: { type: 'leads.query', incomplete: true, sort: 'score', limit: 50, offset: 5000 },
      company: { type: 'leads.query', sort: 'company', descending: false, limit: 50, offset: 90000 },
      ids500: { type: 'leads.query', text: 'Messe', limit: 500, offset: 0 },
    })) {
      const t = performance.now();
      const r = await c.runtime.sendMessage(req);
      out[name] = [Math.round(performance.now() - t), r.ok ? r.data.total : r.error];
    }
    return out;
  })()`);
  console.log(timings);
} finally { await ctx.close(); copy.remove(); }
