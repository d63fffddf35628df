// `npm start` (after `npm run build`): serves the demo company site on 127.0.0.1 and opens it in a
// fresh Chromium profile with the built extension (dist/chrome) loaded, so you can try Leadfill by hand;
// the demo lead batches are imported into that profile and the Quality report opens beside the site
// (unless --no-demo-data). Keeps serving until the browser exits or you press Ctrl-C.
//
//   tsx scripts/start.ts [--headless] [--port N] [--no-demo-data]
//   CHROME_PATH=/path/to/chromium tsx scripts/start.ts
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { argv, env, exit, platform } from 'node:process';
import { fileURLToPath } from 'node:url';
import { startResearchSites } from '../test/support/research-sites.mjs';
import { startStaticServer } from '../test/support/static-server.mjs';
import { DEMO_BATCHES, devtoolsEndpoint, loadDemoData, type DemoData } from './start/demo-data';

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_PORT = 8377;
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FALLBACKS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium to run: CHROME_PATH first, then chromium / chromium-browser / google-chrome on PATH,
 * then the usual install locations. Returns null when there is none.
 */
export function findChromium({ env: e = env }: { env?: Record<string, string | undefined> } = {}): { path: string; from: string } | null {
  const explicit = e['CHROME_PATH'];
  if (explicit) return isExecutable(explicit) ? { path: explicit, from: 'CHROME_PATH' } : null;
  for (const name of PATH_NAMES) {
    for (const dir of (e['PATH'] ?? '').split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { path: candidate, from: 'PATH' };
    }
  }
  for (const candidate of FALLBACKS) if (isExecutable(candidate)) return { path: candidate, from: 'default location' };
  return null;
}

export interface ChromiumArgsOptions {
  extensionDir: string;
  profileDir: string;
  url: string;
  headless?: boolean;
  root?: boolean;
  /** Lets the demo data be loaded over the DevTools protocol (a free port on 127.0.0.1, named in the profile). */
  devtools?: boolean;
}

/** Command-line flags for a throw-away profile with only our extension loaded. */
export function chromiumArgs({ extensionDir, profileDir, url, headless = false, root = false, devtools = false }: ChromiumArgsOptions): string[] {
  return [
    `--user-data-dir=${profileDir}`,
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(headless ? ['--headless=new', '--disable-gpu'] : []),
    ...(root ? ['--no-sandbox'] : []),
    ...(devtools ? ['--remote-debugging-port=0'] : []),
    url,
  ];
}

const USAGE = 'usage: tsx scripts/start.ts [--headless] [--port N] [--no-demo-data]';

export interface StartOptions {
  headless: boolean;
  port: number;
  demoData: boolean;
}

export function parseCli(args: readonly string[]): StartOptions {
  const opts: StartOptions = { headless: false, port: DEFAULT_PORT, demoData: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--headless') opts.headless = true;
    else if (a === '--no-demo-data') opts.demoData = false;
    else if (a === '--port') opts.port = Number(args[++i]);
    else if (a?.startsWith('--port=')) opts.port = Number(a.slice(7));
    else {
      console.error(`start: unknown argument ${a}\n${USAGE}`);
      exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('start: --port needs a number between 0 and 65535');
    exit(2);
  }
  return opts;
}

async function main() {
  const opts = parseCli(argv.slice(2));
  const chromium = findChromium();
  if (!chromium) {
    const why = env['CHROME_PATH'] ? `CHROME_PATH=${env['CHROME_PATH']} is not an executable file.` : 'No Chromium found on PATH or in /usr/bin.';
    console.error(
      [
        `start: ${why}`,
        'Install Chromium, e.g. on Debian/Ubuntu:  sudo apt-get install chromium',
        'or point CHROME_PATH at a Chromium or "Chrome for Testing" binary:  CHROME_PATH=/path/to/chrome npm start',
        '(Branded Google Chrome 137+ ignores --load-extension; load dist/chrome via chrome://extensions → "Load unpacked" instead.)',
      ].join('\n'),
    );
    exit(1);
  }
  if (/google-chrome/.test(chromium.path)) {
    console.warn(`start: ${chromium.path} looks like branded Google Chrome, which ignores --load-extension since version 137.`);
    console.warn('       If Leadfill does not show up, load dist/chrome by hand at chrome://extensions ("Load unpacked").');
  }
  const extensionDir = join(ROOT, 'dist', 'chrome');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error('start: dist/chrome/manifest.json is missing. Build first: npm run build (npm start does that for you).');
    exit(1);
  }

  if (platform === 'linux' && !opts.headless && !env['DISPLAY'] && !env['WAYLAND_DISPLAY']) {
    console.warn('start: no DISPLAY or WAYLAND_DISPLAY is set; Chromium may fail to open a window (try xvfb-run, or --headless).');
  }

  const server = await startStaticServer({ port: opts.port, fallback: true });
  // The multi-page companies for "Research this company" (each site its own port, as <name>.localhost).
  const researchSites = await startResearchSites({ named: true });
  const home = server.url('/index.html');
  const profileDir = mkdtempSync(join(tmpdir(), 'leadfill-profile-'));
  const args = chromiumArgs({ extensionDir, profileDir, url: home, headless: opts.headless, root: process.getuid?.() === 0, devtools: opts.demoData });

  console.log(`start: demo site      ${home}`);
  console.log(`        Kontakt        ${server.url('/kontakt.html')}`);
  console.log(`        Impressum      ${server.url('/impressum.html')}`);
  console.log(`        English        ${server.url('/contact.html')}`);
  console.log(`start: research demo  ${researchSites.sites['kranich']?.url('/')}  (home page only; "Research this company" reads the rest)`);
  console.log(`        sitemap only   ${researchSites.sites['seeblick']?.url('/')}`);
  console.log(`        failing pages  ${researchSites.sites['stoerfall']?.url('/')}`);
  console.log(`start: browser        ${chromium.path} (${chromium.from}), fresh profile in ${profileDir}`);
  console.log(`start: extension      ${extensionDir}`);
  console.log('');
  console.log('Open a demo page, then click the Leadfill icon in the toolbar (pin it via the puzzle-piece menu)');
  console.log('or press Alt+Shift+L. The popup shows what the page offers for the lead; "Fill" stores a value.');
  if (opts.demoData) console.log(`The demo batches (${DEMO_BATCHES.join(', ')}) are being imported; the Quality report opens beside the site.`);
  console.log('Close the browser or press Ctrl-C here to stop.');

  const child = spawn(chromium.path, args, { stdio: ['ignore', 'ignore', env['LEADFILL_BROWSER_LOG'] ? 'inherit' : 'ignore'] });

  let finished = false;
  let interrupted = false;
  const finish = async (code: number) => {
    if (finished) return;
    finished = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await server.stop().catch(() => {});
    await researchSites.stop().catch(() => {});
    // Chromium may still be flushing the profile for a moment after it exits.
    for (let i = 0; i < 5; i++) {
      try {
        rmSync(profileDir, { recursive: true, force: true });
        break;
      } catch {
        await new Promise((r) => globalThis.setTimeout(r, 200));
      }
    }
    exit(code);
  };
  child.on('error', (err) => {
    console.error(`start: could not run ${chromium.path}: ${err.message}`);
    void finish(1);
  });
  child.on('exit', (code, signal) => {
    if (!finished && !interrupted) console.log(`start: browser exited (${signal ?? `code ${code}`}); stopping the demo server.`);
    void finish(interrupted || !code ? 0 : 1);
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      // Ctrl-C reaches this process twice under tsx (from the terminal and relayed by tsx's own process).
      if (interrupted) return;
      interrupted = true;
      console.log(`\nstart: ${sig}, closing the browser.`);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      globalThis.setTimeout(() => void finish(0), 3000).unref();
    });
  }

  if (opts.demoData) {
    try {
      const endpoint = await devtoolsEndpoint(profileDir);
      console.log(`start: DevTools       ${endpoint}`);
      const demo = await loadDemoData({ root: ROOT, endpoint, extensionDir });
      const told = (b: DemoData['batches'][number]) => `${b.batch} (${b.added} leads${b.known ? `, ${b.known} rows already stored` : ''})`;
      console.log(`start: demo data      ${demo.batches.map(told).join(', ')} imported`);
      console.log(`start: Quality report ${demo.reportUrl}  (the tab beside the demo site, compared by campaign)`);
    } catch (err) {
      // Fail soft: the browser and the demo sites stay usable without the demo leads.
      if (!finished) {
        console.error(`start: demo data not loaded: ${err instanceof Error ? err.message : String(err)}`);
        console.error(`       Import ${DEMO_BATCHES.join(' and ')} by hand (options page → Import), then open "Quality report".`);
      }
    }
  }
}

if (argv[1] && resolve(argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`start: ${err?.stack ?? err}`);
    exit(1);
  });
}
