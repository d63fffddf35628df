// Packs the built extension for the stores: artifacts/leadfill-chrome-<version>.zip and
// artifacts/leadfill-firefox-<version>.zip. Run through `npm run zip` (which builds and checks dist/ first).
// Uses web-ext's packer (already a dev dependency): it skips dot-files such as dist/*/.vite/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { exit } from 'node:process';
import webExt from 'web-ext';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'artifacts');
const BROWSERS = ['chrome', 'firefox'];

async function main() {
  const results = [];
  for (const browser of BROWSERS) {
    const sourceDir = join(ROOT, 'dist', browser);
    const manifestFile = join(sourceDir, 'manifest.json');
    if (!existsSync(manifestFile)) {
      console.error(`zip: ${relative(ROOT, manifestFile)} is missing; run \`npm run build\` first.`);
      exit(1);
    }
    const { version } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (typeof version !== 'string' || !/^\d+(?:\.\d+){0,3}$/.test(version)) {
      console.error(`zip: ${relative(ROOT, manifestFile)} has no valid version (${JSON.stringify(version)}).`);
      exit(1);
    }
    const filename = `leadfill-${browser}-${version}.zip`;
    const { extensionPath } = await webExt.cmd.build(
      { sourceDir, artifactsDir: ARTIFACTS, filename, overwriteDest: true },
      { showReadyMessage: false, shouldExitProgram: false },
    );
    results.push(`${relative(ROOT, extensionPath)} (${(statSync(extensionPath).size / 1024).toFixed(1)} KiB)`);
  }
  for (const line of results) console.log(`zip: ${line}`);
}

main().catch((err) => {
  console.error(`zip: ${err?.message ?? err}`);
  exit(1);
});
