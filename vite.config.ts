import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { asciiRawPlugin } from './scripts/vite-ascii-raw';
import { dataAsJson } from './scripts/vite-data-as-json';

type Target = 'chrome' | 'firefox';
type Manifest = typeof baseManifest & Record<string, unknown>;

const GECKO_ID = 'leadfill@leadfill.dev';

/** Firefox reads the same manifest with an event page instead of a service worker, and its own settings. */
export function firefoxManifest(base: Manifest): Record<string, unknown> {
  const { minimum_chrome_version: _min, externally_connectable: _ext, side_panel: sidePanel, background, permissions, optional_permissions: optional, commands, ...rest } = base;
  const { 'open-side-panel': openSidePanel, ...otherCommands } = commands;
  return {
    ...rest,
    // Firefox opens its sidebar through a built-in command instead of sidePanel.open().
    commands: { ...otherCommands, _execute_sidebar_action: openSidePanel },
    // Firefox has no sidePanel API (the same page is its sidebar) and no offscreen documents (its
    // event page parses HTML itself).
    // Firefox cannot make identity optional (its schema grants it without a prompt, never on request),
    // so the Salesforce login window is allowed at install there; Chrome asks at the first sign-in.
    permissions: [...permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen'), ...optional.filter((p) => p === 'identity')],
    ...(optional.some((p) => p !== 'identity') ? { optional_permissions: optional.filter((p) => p !== 'identity') } : {}),
    sidebar_action: { default_panel: sidePanel.default_path, default_title: '__MSG_extName__', open_at_install: false },
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
      },
      // Firefox for Android knows data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** One self-contained classic script (an IIFE) at the build root: no loader, no chunks. */
function buildClassicScript(outDir: string, input: string, output: { entryFileNames: string; footer?: string; charset?: 'ascii' },
  config: Pick<InlineConfig, 'define' | 'plugins' | 'json'>) {
  return build({
    configFile: false,
    logLevel: 'warn',
    ...config,
    build: { outDir, emptyOutDir: false, copyPublicDir: false, minify: true, target: 'es2022', rollupOptions: { input, output: { format: 'iife', ...output } } },
  });
}

/**
 * The content script is built as self-contained IIFEs next to the extension: no loader, no chunks,
 * nothing in web_accessible_resources, so a page cannot probe for the extension's files. Two files of
 * one source: `content.js`, injected on demand, installs the page reader and ends with a call of it,
 * so the injection's result is the snapshot (one round trip); `content-auto.js`, registered for the
 * sites the rep chose, installs the reader and says it is ready.
 */
const CONTENT_FILES = [
  { file: 'content.js', role: 'on-demand', footer: ';globalThis[Symbol.for("leadfill.readPage")]();' },
  { file: 'content-auto.js', role: 'registered', footer: '' },
] as const;

function contentScript(outDir: string, target: Target): Plugin {
  return {
    name: 'leadfill-content-script',
    apply: 'build',
    async closeBundle() {
      for (const { file, role, footer } of CONTENT_FILES) {
        await buildClassicScript(outDir, 'src/content/index.ts', { entryFileNames: file, footer }, {
          define: { 'import.meta.env.BROWSER': JSON.stringify(target), 'import.meta.env.CONTENT_ROLE': JSON.stringify(role) },
        });
      }
    },
  };
}

/** Chrome's service worker: one classic script at the build root (see classicWorker). */
export const CHROME_WORKER_FILE = 'background.js';

/** The Chrome manifest crxjs builds the pages from: the worker is built apart (classicWorker). */
export function chromePagesManifest(base: Manifest): Record<string, unknown> {
  const { background: _worker, ...rest } = base;
  return rest;
}

/**
 * Chrome's service worker as one self-contained classic script instead of an ES module graph (issue
 * 11, the first search after a wake). Chrome keeps V8's code cache for a classic worker script and
 * starts a woken worker from it; a module worker's graph (1.8 MB) was compiled anew at every wake,
 * about 120 ms of the 200 ms Leadfill's wake cost beyond an empty extension's. Service workers
 * cannot import() anyway, so nothing is lost by giving up the chunks. Firefox keeps its module event page.
 */
function classicWorker(outDir: string): Plugin {
  return {
    name: 'leadfill-classic-worker',
    apply: 'build',
    async closeBundle() {
      await buildClassicScript(outDir, baseManifest.background.service_worker, { entryFileNames: CHROME_WORKER_FILE, charset: 'ascii' }, {
        plugins: [dataAsJson(), asciiRawPlugin()],
        json: { stringify: true, namedExports: false },
        define: { 'import.meta.env.BROWSER': JSON.stringify('chrome') },
      });
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify({ ...manifest, background: { service_worker: CHROME_WORKER_FILE } }, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = `dist/${target}`;
  const manifest = (target === 'firefox' ? firefoxManifest(baseManifest) : chromePagesManifest(baseManifest)) as unknown as ManifestV3Export;
  const inVitest = Boolean(process.env['VITEST']);
  return {
    plugins: inVitest ? [] : [dataAsJson(), crx({ manifest, browser: target }), contentScript(outDir, target), ...(target === 'chrome' ? [classicWorker(outDir)] : [])],
    // Imported JSON data (country names in 25 languages) as JSON.parse of a string: cheaper to load than object literals.
    json: { stringify: true, namedExports: false },
    define: { 'import.meta.env.BROWSER': JSON.stringify(target) },
    // The report's worker is a module worker: it shares chunks (Dexie, the core) and loads the
    // disposable-domain list lazily, which an IIFE worker cannot split.
    worker: { format: 'es' as const },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        // crxjs follows side_panel for Chrome; Firefox's sidebar_action points at the same page.
        // Chrome's offscreen document (HTML parsed for the engine) is opened by the worker, not the manifest.
        input: { sidepanel: 'src/sidepanel/index.html', report: 'src/report/index.html', ...(target === 'chrome' ? { offscreen: 'src/offscreen/index.html' } : {}) },
        output: {
          // Non-ASCII text (umlauts in vocabularies, names in data) as escapes: a chunk that is all ASCII
          // is decoded and scanned as one-byte text, a measurable part of a woken worker's start (issue 11).
          charset: 'ascii',
          // Libraries only some pages need get chunks of their own, so the popup does not load the
          // phone metadata or the CSV parser the options page and the worker use.
          manualChunks(id: string) {
            // The report's full phone metadata (validity, not only possibility) stays out of the other pages' chunk.
            if (/\/node_modules\/libphonenumber-js\/(?:max\/|metadata\.max)/.test(id)) return 'libphonenumber-js-max';
            for (const lib of ['libphonenumber-js', 'papaparse', 'dexie', 'tldts', 'chart.js', 'disposable-email-domains-js']) if (id.includes(`/node_modules/${lib}/`)) return lib;
            return undefined;
          },
        },
      },
    },
    test: {
      include: ['test/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['test/unit/setup.ts'],
      testTimeout: 20_000,
      // `npm run coverage` (not part of `npm test`): which lines of the extension's code the unit tests run.
      coverage: {
        provider: 'v8',
        include: ['src/**/*.{ts,tsx}'],
        reporter: ['text-summary', 'html'],
        reportsDirectory: 'coverage',
        // Instrumented code runs slower (the script also allows a longer test timeout): a speed bound in a
        // property test may still trip on a busy machine; the report counts all the same.
        reportOnFailure: true,
      },
    },
  };
});
