import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { prepareExtensionCopy } from '/work/main/test/e2e/support/extension-copy';

const lang = process.env.LANG_UI ?? 'en';
const rows = Number(process.env.ROWS ?? 300);
const out = `/tmp/optshot/${lang}`;
// A German CRM export in Windows-1252 with ";": some bad rows and some duplicates.
const cities = ['München', 'Köln', 'Berlin', 'Hamburg', 'Düsseldorf'];
const lines = ['Firma;Straße;Hausnr;PLZ;Ort;Telefon;E-Mail;Ansprechpartner;Position;Bundesland;Quelle'];
for (let i = 0; i < rows; i++) {
  const dup = i % 50 === 7 ? i - 1 : i;
  lines.push([`Müller & Söhne ${dup} GmbH`, 'Hauptstraße', String(i % 90 + 1), String(80000 + i), cities[i % 5], `089 ${1000000 + dup}`,
    i % 37 === 5 ? 'kaputt@' : `info@firma${dup}.de`, i % 3 ? `Anna Schäfer${i}` : '', i % 4 ? 'Geschäftsführerin' : 'Einkauf', 'Bayern', i % 2 ? 'Messe 2025' : 'Website'].join(';'));
}
lines.push(';;;;;;;;;;');
lines.push('"Kaputt GmbH;1');
const csvPath = `/tmp/optshot/leads-${rows}.csv`;
writeFileSync(csvPath, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));

const copy = prepareExtensionCopy('chrome');
const ext = copy.extensionDir;
const ctx = await chromium.launchPersistentContext(join(copy.workDir, 'profile'), {
  executablePath: '/usr/bin/chromium', headless: true, locale: lang, acceptDownloads: true,
  args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--no-first-run', '--disable-gpu', `--lang=${lang}`],
  env: { ...process.env, LANGUAGE: lang, LANG: lang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
});
try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const p: Page = await ctx.newPage();
  await p.setViewportSize({ width: 1280, height: 900 });
  p.on('console', (m) => console.log('console:', m.type(), m.text()));
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
  const base = `chrome-extension://${id}/src/options/index.html`;
  const snap = (name: string) => p.screenshot({ path: `${out}-${name}.png`, fullPage: name !== '3-list' });
  const err = async () => console.log('errors:', await p.locator('[role=alert]:visible').allTextContents());

  await p.goto(`${base}#leads`);
  await p.waitForTimeout(800);
  await snap('0-empty');

  await p.goto(`${base}#import`);
  await p.locator('[data-testid="csv-file"]').setInputFiles(csvPath);
  await p.locator('[data-testid="mapping-table"]').waitFor();
  console.log('detected:', await p.locator('[data-testid="import-detected"]').textContent());
  await snap('1-mapping');
  await p.locator('select[data-column="9"]').selectOption('notes');
  const t0 = Date.now();
  await p.locator('[data-action="import"]').click();
  await p.locator('[data-testid="import-result"]').waitFor({ timeout: 120000 });
  console.log('import took', Date.now() - t0, 'ms:', await p.locator('[data-testid="import-result"] .ok').textContent());
  await err();
  await snap('2-imported');
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-action="download-rejected"]').click()]);
  console.log('rejected download:', download.suggestedFilename());
  await download.saveAs(`/tmp/optshot/${lang}-rejected.csv`);

  await p.locator('a[data-section="leads"]').click();
  await p.locator('[data-testid="lead-table"]').waitFor();
  console.log('page info:', await p.locator('[data-testid="page-info"]').textContent());
  await p.locator('input[name="text"]').fill('Söhne 1');
  await p.waitForTimeout(600);
  console.log('search page info:', await p.locator('[data-testid="page-info"]').textContent());
  await p.locator('input[name="text"]').fill('');
  await p.locator('select[name="sort"]').selectOption('company');
  await p.locator('select[name="order"]').selectOption('asc');
  await p.waitForTimeout(600);
  await p.locator('table.leads tbody tr').nth(1).click();
  await p.locator('[data-testid="lead-details"] dl.fields').waitFor();
  await p.locator('table.leads tbody tr input[type=checkbox]').nth(0).check();
  await p.locator('table.leads tbody tr input[type=checkbox]').nth(2).check();
  await snap('3-list');
  await p.keyboard.press('Escape');
  await p.locator('[data-action="open-export"]').click();
  const [csv] = await Promise.all([p.waitForEvent('download'), p.locator('[data-action="export"]').click()]);
  console.log('export download:', csv.suggestedFilename());
  await csv.saveAs(`/tmp/optshot/${lang}-export.csv`);
  await p.locator('[data-testid="export-panel"] input[type=radio]').nth(1).check();
  const [vcf] = await Promise.all([p.waitForEvent('download'), p.locator('[data-action="export"]').click()]);
  await vcf.saveAs(`/tmp/optshot/${lang}-export.vcf`);
  await snap('4-export');
  await p.locator('table.leads tbody tr').nth(3).click();
  await p.locator('[data-action="delete-lead"]').click();
  await p.locator('[data-action="confirm-delete"]').click();
  await p.waitForTimeout(800);
  console.log('after single delete:', await p.locator('[data-testid="page-info"]').textContent(), await p.locator('[data-testid="lead-details"]').count());
  await p.locator('[data-action="open-delete"]').click();
  await p.locator('[data-action="confirm-bulk-delete"]').click();
  await p.waitForTimeout(1000);
  console.log('after bulk delete:', await p.locator('[data-testid="page-info"]').textContent(), await p.locator('[data-testid="bulk-bar"] span').first().textContent());
  await p.locator('select[name="stage"]').selectOption('needs-research');
  await p.locator('input[name="minScore"]').fill('20');
  await p.waitForTimeout(800);
  await p.locator('[data-action="select-matching"]').click();
  console.log('matching selection:', await p.locator('[data-testid="bulk-bar"] span').first().textContent());
  await p.locator('[data-action="open-export"]').click();
  const [m] = await Promise.all([p.waitForEvent('download'), p.locator('[data-action="export"]').click()]);
  await m.saveAs(`/tmp/optshot/${lang}-matching.csv`);
  console.log('exported matching:', await p.locator('[data-testid="export-panel"] .ok').textContent());
  await p.locator('select[name="stage"]').selectOption('');
  await p.locator('input[name="minScore"]').fill('');

  await p.locator('a[data-section="duplicates"]').click();
  await p.locator('[data-testid="duplicate-groups"], [data-testid="no-duplicates"]').first().waitFor();
  await err();
  await snap('5-duplicates');
  const group = p.locator('[data-testid="duplicate-groups"] > li').first();
  if (await group.count()) {
    await group.locator('input[type=checkbox]').nth(0).check();
    await group.locator('input[type=checkbox]').nth(1).check();
    await p.locator('[data-action="compare"]').click();
    await p.locator('[data-testid="merge-panel"]').waitFor();
    await snap('6-merge');
    const radio = p.locator('[data-testid="merge-panel"] input[type=radio][value=right]').first();
    if (await radio.count()) await radio.check();
    await p.locator('[data-action="merge"]').click();
    await p.waitForTimeout(800);
    await err();
    console.log('groups after merge:', await p.locator('[data-testid="duplicate-groups"] > li').count());
  }

  await p.locator('a[data-section="settings"]').click();
  await p.locator('[data-testid="scoring-editor"]').waitFor();
  await p.locator('input[name="threshold"]').fill('5000');
  await p.locator('input[name="new-label"]').fill('Messekontakt 2025');
  await p.locator('[data-action="add-signal"]').click();
  await p.locator('input[name="new-label"]').fill('Messekontakt 2025');
  await p.locator('[data-action="add-signal"]').click();
  await p.locator('input[name="staleAfterMonths"]').fill('0');
  await snap('7-settings-errors');
  await p.locator('input[name="threshold"]').fill('50');
  await p.locator('[data-action="save-scoring"]').click();
  await p.locator('input[name="staleAfterMonths"]').fill('18');
  await p.locator('[data-action="save-retention"]').click();
  await p.locator('[data-requirement="vatId"]').check();
  await p.locator('[data-action="save-profile"]').click();
  await p.locator('[data-action="review-retention"]').click();
  await p.waitForTimeout(800);
  await err();
  console.log('retention:', await p.locator('[data-testid="retention-result"]').textContent().catch(() => null));
  await snap('8-settings');

  await p.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const r = await c.runtime.sendMessage({ type: 'settings.get' });
    const settings = { ...r.data.settings, autoDetectOrigins: ['https://www.acme.de', 'https://beta.example'] };
    console.log('set', JSON.stringify(await c.runtime.sendMessage({ type: 'settings.set', settings })).slice(0, 80));
  });
  await p.reload();
  await p.locator('[data-origin="https://www.acme.de"]').click();
  await p.waitForTimeout(500);
  await err();
  console.log('origins left:', await p.locator('[data-testid="auto-detect-sites"] code').allTextContents());
  console.log('retention months after reload:', await p.locator('input[name="staleAfterMonths"]').inputValue());
  await p.locator('a[data-section="privacy"]').click();
  const [json] = await Promise.all([p.waitForEvent('download'), p.locator('[data-action="export-all"]').click()]);
  console.log('data export:', json.suggestedFilename());
  await p.locator('input[name="confirm-delete"]').fill(lang === 'de' ? 'LÖSCHEN' : 'DELETE');
  await snap('9-privacy');
  await p.locator('[data-action="delete-all"]').click();
  await p.waitForTimeout(500);
  console.log('deleted:', await p.locator('[data-section="privacy"] .ok').textContent().catch(() => null));
} finally {
  await ctx.close();
  copy.remove();
}
