/**
 * The e2e harness never touches the shipped dist/: it copies dist/<browser> into a temp dir and grants
 * the copy host access to the loopback demo site, the way a rep grants the optional host permission.
 * (Browsers grant activeTab only on a real toolbar click, which a headless test cannot make.)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const POPUP_PATH = 'src/popup/index.html';
export const OPTIONS_PATH = 'src/options/index.html';
export const REPORT_PATH = 'src/report/index.html';
/** The extension pages a Firefox test opens by a link from a loopback page. */
const EXPOSED_PAGES = [POPUP_PATH, OPTIONS_PATH, REPORT_PATH];
export const GECKO_ID = 'leadfill@leadfill.dev';
/** Host access the test copy gets: the static server always listens on 127.0.0.1. */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';
/** The research demo sites are addressed as <name>.localhost (test/support/research-sites.mjs). */
export const TEST_SITES_HOST_PERMISSION = 'http://*.localhost/*';

export type Target = 'chrome' | 'firefox';

export interface ExtensionCopy {
  /** Temp dir holding everything of this run (the extension copy and the browser profile). */
  readonly workDir: string;
  /** The unpacked extension to load. */
  readonly extensionDir: string;
  readonly manifest: Record<string, unknown>;
  remove(): void;
}

export function distDir(target: Target): string {
  return join(ROOT, 'dist', target);
}

export interface CopyOptions {
  /** Firefox: list the pages the tests open in web_accessible_resources for the loopback site (ecosystem.md 2.4). */
  exposePagesToLoopback?: boolean;
}

export function prepareExtensionCopy(target: Target, options: CopyOptions = {}): ExtensionCopy {
  const source = distDir(target);
  if (!existsSync(join(source, 'manifest.json'))) {
    throw new Error(`${source}/manifest.json is missing: run \`npm run build\` before the e2e tests.`);
  }
  const workDir = mkdtempSync(join(tmpdir(), `leadfill-e2e-${target}-`));
  const extensionDir = join(workDir, 'extension');
  cpSync(source, extensionDir, { recursive: true });

  const manifestFile = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  const hosts = Array.isArray(manifest['host_permissions']) ? (manifest['host_permissions'] as string[]) : [];
  manifest['host_permissions'] = [...new Set([...hosts, TEST_HOST_PERMISSION, TEST_SITES_HOST_PERMISSION])];
  if (options.exposePagesToLoopback) {
    manifest['web_accessible_resources'] = [{ resources: EXPOSED_PAGES, matches: [TEST_HOST_PERMISSION, TEST_SITES_HOST_PERMISSION] }];
  }
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));

  return {
    workDir,
    extensionDir,
    manifest,
    remove: () => rmSync(workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }),
  };
}
