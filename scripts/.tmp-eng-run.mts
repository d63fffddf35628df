import { chromium } from 'playwright-core';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { bigPage } from '/work/main/scripts/bench/corpus';
import { startStaticServer } from '/work/main/test/support/static-server.mjs';
const dir = '/tmp/eng/cr/site'; mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/big.html`, bigPage(2 * 1024 * 1024));
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['big.html'];
for (const f of files) if (f !== 'big.html') writeFileSync(`${dir}/${f}`, readFileSync(`/work/shared/corpus/dev/${f}`));
const server = await startStaticServer({ root: dir });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
writeFileSync(dir + '/bundle.js', readFileSync('/tmp/eng/cr/bundle.js'));
for (const f of files) {
  await page.goto(server.url(`/${f}`));
  await page.addScriptTag({ url: server.url('/bundle.js') });
  for (let i = 0; i < Number(process.env.N ?? 3); i++) {
    const t = await page.evaluate(process.env.P ?? 'prof()');
    if (i >= 1) console.log(f, Object.entries(t as any).map(([k, v]) => `${k}=${(v as number).toFixed(1)}`).join(' '));
  }
}
await browser.close(); await server.stop();
