import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (npm run build first) in headless Chromium and Firefox ESR.
 * One browser at a time: files run one after another in a single worker, tests in order.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
