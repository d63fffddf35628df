/**
 * Tested code is code that runs: no export of src/core may be reached by tests alone. The few that are
 * wait for their user, each with the reason; an entry that runs now must leave the list.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coreExportsReachedOnlyByTests } from '../../scripts/core-exports.mjs';

const WAITING: Record<string, string> = {
  'src/core/import/import-file.ts#previewFile': 'import (issue 11): a bytes-in convenience beside previewDecoded, which the options page calls after decoding',
  'src/core/lead/retention.ts#leadsAboutSubject': 'a data-subject request (find what is stored about one person) has no page yet',
};

describe('src/core exports', () => {
  it('all run for the rep, except those waiting for their user', () => {
    const findings = coreExportsReachedOnlyByTests(resolve(import.meta.dirname, '../..')).map((f) => `${f.file}#${f.name}`);
    expect(findings.filter((f) => !(f in WAITING))).toEqual([]);
    expect(Object.keys(WAITING).filter((w) => !findings.includes(w)), 'runs now: remove it from WAITING').toEqual([]);
  });
});

describe('the import graph', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function tree(files: Record<string, string>) {
    root = mkdtempSync(join(tmpdir(), 'core-exports-'));
    const all = {
      'manifest.json': JSON.stringify({ background: { service_worker: 'src/background/index.ts' }, action: { default_popup: 'src/popup/index.html' } }),
      'src/popup/index.html': '<script type="module" src="./main.tsx"></script>',
      'src/popup/main.tsx': '',
      'src/content/index.ts': '',
      ...files,
    };
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return coreExportsReachedOnlyByTests(root).map((f) => `${f.file}#${f.name}`);
  }

  it('finds what only tests import, following re-exports, internal use and reachability', () => {
    const findings = tree({
      'src/background/index.ts': "import { used } from '../core/a';\nimport { viaBarrel } from '../core/barrel';\nimport type { typeOnlyValue } from '../core/a';\nused(viaBarrel);",
      'src/core/a.ts': 'export function used() { return internal(); }\nexport function internal() { return 1; }\nexport const testedOnly = 2;\nexport const typeOnlyValue = 3;',
      'src/core/b.ts': 'export const viaBarrel = 1;\nexport const notViaBarrel = 2;',
      'src/core/barrel.ts': "export { viaBarrel, notViaBarrel } from './b';",
      'src/core/dead.ts': 'export function deadHelper() { return 1; }\nexport function alsoDead() { return deadHelper(); }',
      'src/options/unreached.ts': "import { alsoDead } from '../core/dead';\nalsoDead();",
      // A worker the popup starts runs too: the bundler follows new URL(…, import.meta.url).
      'src/popup/main.tsx': "new Worker(new URL('./count.worker.ts', import.meta.url), { type: 'module' });",
      'src/popup/count.worker.ts': "import { inWorker } from '../core/c';\ninWorker();",
      'src/core/c.ts': 'export function inWorker() { return 1; }',
      'test/a.test.ts': "import { internal, testedOnly, typeOnlyValue, used } from '../src/core/a';\nimport { notViaBarrel } from '../src/core/b';\nimport * as dead from '../src/core/dead';\nimport { inWorker } from '../src/core/c';",
    });
    expect(findings.sort()).toEqual([
      'src/core/a.ts#testedOnly',
      // Imported as a type only: the value never runs.
      'src/core/a.ts#typeOnlyValue',
      'src/core/b.ts#notViaBarrel',
      // Only a file no entry point reaches imports these.
      'src/core/dead.ts#alsoDead',
      'src/core/dead.ts#deadHelper',
    ]);
  });
});
