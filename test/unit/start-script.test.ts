import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/start.mjs', () => {
  it('exits 1 with install instructions when CHROME_PATH points nowhere', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CHROME_PATH=/nonexistent/chromium is not an executable file');
    expect(run.stderr).toContain('apt-get install chromium');
  });
});
