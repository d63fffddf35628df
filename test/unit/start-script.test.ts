import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, DEFAULT_PORT, parseCli } from '../../scripts/start';

describe('scripts/start.ts', () => {
  it('exits 1 with install instructions when CHROME_PATH points nowhere', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CHROME_PATH=/nonexistent/chromium is not an executable file');
    expect(run.stderr).toContain('apt-get install chromium');
  });

  it('loads the demo data unless --no-demo-data says not to', () => {
    expect(parseCli([])).toEqual({ headless: false, port: DEFAULT_PORT, demoData: true });
    expect(parseCli(['--headless', '--port', '0', '--no-demo-data'])).toEqual({ headless: true, port: 0, demoData: false });
  });

  it('opens the DevTools port only for loading the demo data', () => {
    const base = { extensionDir: '/ext', profileDir: '/profile', url: 'http://127.0.0.1:1/' };
    expect(chromiumArgs({ ...base, devtools: true })).toContain('--remote-debugging-port=0');
    expect(chromiumArgs(base).some((a) => a.startsWith('--remote-debugging'))).toBe(false);
    // The page to open stays last: Chromium reads what follows the flags as the URLs to open.
    expect(chromiumArgs({ ...base, devtools: true }).at(-1)).toBe(base.url);
  });
});
