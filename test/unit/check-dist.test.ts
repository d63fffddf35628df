import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkClassicWorker, checkDist, checkManifest, findDevReferences, findModuleSyntax, isBroadPattern } from '../../scripts/check-dist.mjs';

const goodChrome = {
  manifest_version: 3,
  name: 'Leadfill',
  version: '0.1.0',
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  permissions: ['activeTab', 'scripting', 'storage', 'alarms'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  externally_connectable: { ids: [] },
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
};
const goodFirefox = {
  manifest_version: 3,
  name: 'Leadfill',
  version: '0.1.0',
  background: { scripts: ['service-worker-loader.js'], type: 'module' },
  permissions: ['activeTab', 'scripting', 'storage', 'alarms'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  browser_specific_settings: { gecko: { id: 'leadfill@leadfill.dev' } },
  content_security_policy: goodChrome.content_security_policy,
};
const goodContent = '(function(){"use strict";const important="import me";console.log(important)})();\n';

let dist: string;

function writeBuild(name: string, manifest: object, files: Record<string, string> = {}): void {
  const dir = join(dist, name);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), goodContent);
  writeFileSync(join(dir, 'content-auto.js'), goodContent);
  writeFileSync(join(dir, 'assets', 'popup.js'), 'console.log("popup")');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'leadfill-check-dist-'));
});
afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('check-dist', () => {
  it('passes a clean pair of builds and reports the content script size', () => {
    writeBuild('chrome', goodChrome);
    writeBuild('firefox', goodFirefox);
    const report = checkDist(dist, { expect: ['chrome', 'firefox'] });
    expect(report.errors).toEqual([]);
    expect(report.builds).toEqual(['chrome', 'firefox']);
    expect(report.notes.join('\n')).toMatch(/chrome\/content\.js: \d+ B raw, \d+ B gzipped/);
  });

  it('checks a classic Chrome worker: present, self-contained, all ASCII', () => {
    const classic = { ...goodChrome, background: { service_worker: 'background.js' } };
    writeBuild('chrome', classic, { 'background.js': '(function(){chrome.runtime.onMessage.addListener(()=>{})})();\n' });
    writeBuild('firefox', goodFirefox);
    expect(checkDist(dist).errors).toEqual([]);
    const chrome = join(dist, 'chrome');
    writeFileSync(join(chrome, 'background.js'), 'import "./assets/popup.js";\n');
    expect(checkClassicWorker(chrome, classic).join('\n')).toMatch(/background\.js is a classic worker but not self-contained/);
    writeFileSync(join(chrome, 'background.js'), 'const r = String.raw`geschäft`;\n');
    expect(checkClassicWorker(chrome, classic).join('\n')).toMatch(/non-ASCII text \(…const r = String\.raw`gesch/);
    rmSync(join(chrome, 'background.js'));
    expect(checkClassicWorker(chrome, classic)).toEqual(['background.js (the manifest\'s service worker) is missing']);
    // A module worker is the loader's business, not checked here.
    expect(checkClassicWorker(chrome, goodChrome)).toEqual([]);
  });

  it('fails on a dev-server reference anywhere in dist', () => {
    writeBuild('chrome', goodChrome, { 'service-worker-loader.js': 'import "http://localhost:5173/@vite/client";' });
    writeBuild('firefox', goodFirefox, { 'assets/x.js': 'fetch("http://127.0.0.1:5173/src/x.ts")' });
    const report = checkDist(dist);
    expect(report.errors.some((e) => e.includes('service-worker-loader.js') && e.includes('"localhost"'))).toBe(true);
    expect(report.errors.some((e) => e.includes('service-worker-loader.js') && e.includes('"@vite/client"'))).toBe(true);
    expect(report.errors.some((e) => e.includes('x.js') && e.includes('"127.0.0.1"'))).toBe(true);
    expect(findDevReferences(join(dist, 'chrome')).map((r) => r.needle).sort()).toEqual(['@vite/client', 'localhost']);
  });

  it('does not flag a library that only tests for a local host (Dexie debug mode)', () => {
    const dexie = 'var isDebug=typeof location<`u`&&/^(http|https):\\/\\/(localhost|127\\.0\\.0\\.1)/.test(location.href);';
    writeBuild('chrome', goodChrome, { 'assets/dexie.js': dexie });
    writeBuild('firefox', goodFirefox, { 'assets/x.json': '{"u":"http:\\/\\/127.0.0.1:5173\\/x"}' });
    expect(findDevReferences(join(dist, 'chrome'))).toEqual([]);
    expect(findDevReferences(join(dist, 'firefox')).map((r) => r.needle)).toEqual(['127.0.0.1']);
  });

  it('fails on broad host access, web_accessible_resources and an open externally_connectable', () => {
    writeBuild('chrome', {
      ...goodChrome,
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches: ['*://*/*'], js: ['content.js'] }],
      web_accessible_resources: [{ resources: ['assets/*'], matches: ['https://*/*'], use_dynamic_url: false }],
      externally_connectable: { ids: ['*'], matches: ['https://*/*'] },
    });
    writeBuild('firefox', { ...goodFirefox, host_permissions: ['https://*/*'] });
    const errors = checkDist(dist).errors.join('\n');
    expect(errors).toContain('chrome/manifest.json: host_permissions holds the broad pattern "<all_urls>"');
    expect(errors).toContain('content_scripts[0].matches holds the broad pattern "*://*/*"');
    expect(errors).toContain('web_accessible_resources is present');
    expect(errors).toContain('externally_connectable.ids contains "*"');
    expect(errors).toContain('externally_connectable.matches holds the broad pattern "https://*/*"');
    expect(errors).toContain('firefox/manifest.json: host_permissions holds the broad pattern "https://*/*"');
  });

  it('allows broad optional_host_permissions and narrow host_permissions', () => {
    expect(checkManifest({ ...goodChrome, host_permissions: ['https://api.hubapi.com/*'] }, 'chrome')).toEqual([]);
    expect(checkManifest(goodFirefox, 'firefox')).toEqual([]);
  });

  it('requires a policy that keeps injected markup from re-pointing, submitting or framing the pages', () => {
    for (const [csp, missing] of [
      ["script-src 'self'; object-src 'self'", 'base-uri'],
      ["script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'", 'form-action'],
      ["script-src 'self' 'unsafe-eval'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", 'script-src'],
    ]) {
      const manifest = { ...goodChrome, content_security_policy: { extension_pages: csp } };
      expect(checkManifest(manifest, 'chrome').join()).toContain(`lacks "${missing}`);
    }
    const { content_security_policy: _csp, ...withoutPolicy } = goodFirefox;
    expect(checkManifest(withoutPolicy, 'firefox').join()).toMatch(/lacks "script-src 'self'"/);
  });

  it('refuses minimum_chrome_version in the Firefox build only', () => {
    expect(checkManifest({ ...goodFirefox, minimum_chrome_version: '121' }, 'firefox').join()).toMatch(/minimum_chrome_version/);
    expect(checkManifest({ ...goodChrome, minimum_chrome_version: '121' }, 'chrome')).toEqual([]);
  });

  it('requires externally_connectable in the Chrome build only', () => {
    const { externally_connectable: _ec, ...open } = goodChrome;
    expect(checkManifest(open, 'chrome').join()).toMatch(/externally_connectable is missing/);
    expect(checkManifest(goodFirefox, 'firefox')).toEqual([]);
  });

  it('fails when content.js is missing or imports code', () => {
    writeBuild('chrome', goodChrome, { 'content.js': 'import{a}from"./assets/chunk.js";a();' });
    writeBuild('firefox', goodFirefox);
    rmSync(join(dist, 'firefox', 'content.js'));
    const errors = checkDist(dist).errors.join('\n');
    expect(errors).toContain('chrome/content.js is not self-contained: ImportDeclaration "./assets/chunk.js"');
    expect(errors).toContain('firefox/content.js is missing');
  });

  it('fails when a content script grows over its budget (the engine belongs in the background)', () => {
    // Random base-36 text compresses to about 5.2 bits a character: 40,000 of them stay over 20 KiB gzipped.
    let noise = '';
    for (let i = 0; noise.length < 40_000; i++) noise += Math.random().toString(36).slice(2);
    writeBuild('chrome', goodChrome, { 'content-auto.js': `(function(){const noise=${JSON.stringify(noise)};console.log(noise)})();` });
    writeBuild('firefox', goodFirefox);
    const errors = checkDist(dist).errors;
    expect(errors).toEqual([expect.stringMatching(/^chrome\/content-auto\.js is \d+ B gzipped, over its budget of 20480 B$/)]);
  });

  it('spots dynamic import and import.meta but not the word "import" in strings', () => {
    expect(findModuleSyntax('(()=>{import("./chunk.js").then(m=>m.run())})()')).toEqual([expect.stringMatching(/^ImportExpression "\.\/chunk\.js"/)]);
    expect(findModuleSyntax('(()=>{console.log(import.meta.url)})()')).toEqual([expect.stringMatching(/^import\.meta/)]);
    expect(findModuleSyntax(goodContent)).toEqual([]);
  });

  it('fails when a required build is missing or dist is empty', () => {
    writeBuild('chrome', goodChrome);
    expect(checkDist(dist, { expect: ['chrome', 'firefox'] }).errors).toContain(`${dist}/firefox/manifest.json is missing`);
    expect(checkDist(join(dist, 'nope')).errors[0]).toMatch(/does not exist/);
  });

  it('treats only all-host patterns as broad', () => {
    for (const p of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*:8080/*']) expect(isBroadPattern(p), p).toBe(true);
    for (const p of ['http://127.0.0.1/*', 'https://*.example.com/*', 'https://api.pipedrive.com/*']) expect(isBroadPattern(p), p).toBe(false);
  });

  it('exits 1 with a clear message when run as a script on a bad dist', () => {
    writeBuild('chrome', { ...goodChrome, host_permissions: ['*://*/*'] });
    writeBuild('firefox', goodFirefox);
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/check-dist.mjs', dist], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      const e = err as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/check-dist: FAILED/);
    expect(stderr).toContain('host_permissions holds the broad pattern "*://*/*"');
  });
});
