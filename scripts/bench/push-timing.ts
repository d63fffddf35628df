/**
 * The CRM push fault-injection run (test/e2e/crm-push.e2e.test.ts) as a bench: the very same run,
 * whose figures the test writes to a file. The drain time sits beside the run's own fault count and
 * attempts and the floor measured in the same browser right after it (the same 1,000 pushes with no
 * faults and no stops), since a busy machine and an unlucky fault sequence both lengthen it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PushFigures {
  push_sent: number;
  push_duplicates: number;
  push_lost: number;
  push_drain_s: number;
  /** The same 1,000 pushes in the same run with no faults and no stopped workers: the floor of push_drain_s. */
  push_drain_floor_s: number;
  push_attempts: number;
  push_faults: number;
}

export function timePushInChromium(root: string): PushFigures {
  const dir = mkdtempSync(join(tmpdir(), 'leadfill-push-bench-'));
  const file = join(dir, 'figures.json');
  try {
    execFileSync('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', 'test/e2e/crm-push.e2e.test.ts'], {
      cwd: root,
      env: { ...process.env, LEADFILL_PUSH_FIGURES: file },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return JSON.parse(readFileSync(file, 'utf8')) as PushFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
