// Release gate for the built extension, run by `npm run build` after both vite builds.
// Fails (exit 1) when dist/ holds something that must never ship:
//  - references to a dev server (localhost, 127.0.0.1, @vite/client): a dev build loads remote code;
//  - broad host access in host_permissions or content_scripts (optional_host_permissions are fine);
//  - web_accessible_resources (pages could probe for the extension);
//  - a content script (content.js, content-auto.js) that is missing, not self-contained (static or
//    dynamic import, import.meta), or over its size budget (the engine runs in the background; the
//    script injected into every page only reads it);
//  - a Chrome build whose externally_connectable admits any extension or web page;
//  - a classic Chrome worker (no "type": "module") that is missing, not self-contained, or not all
//    ASCII (a non-ASCII script is decoded as two-byte text at every wake: issue 11).
// Prints the content script's size, raw and gzipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { argv, exit } from 'node:process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/**
 * A dev server as a URL host (`//localhost`, `http:\/\/127.0.0.1` in JSON), with a port (`localhost:5173`),
 * or Vite's client modules. A bare word is not enough: Dexie ships `/^(http|https):\/\/(localhost|127\.0\.0\.1)/`
 * to switch on its debug mode, which loads nothing.
 */
const DEV_REFERENCE = /\\?\/\\?\/(?:localhost|127\.0\.0\.1)(?![\w-])|(?<![\w.-])(?:localhost|127\.0\.0\.1):\d|@vite\/(?:client|env)/gi;
const NEEDLE = /localhost|127\.0\.0\.1|@vite\/client|@vite\/env/i;

/** `<all_urls>`, or any scheme with the host `*` (e.g. `*://*\/*`, `https://*\/*`). */
export function isBroadPattern(pattern) {
  if (typeof pattern !== 'string') return false;
  const p = pattern.trim();
  if (p === '<all_urls>' || p === '*') return true;
  const m = /^[^:]+:\/\/([^/]*)(?:\/.*)?$/.exec(p);
  if (!m) return false;
  const host = m[1] ?? '';
  return host === '*' || host === '*.' || host.startsWith('*:');
}

/** Every file below `dir`, as absolute paths. */
export function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** Dev-server references in any file below `dir`: one finding per file and needle, with a snippet. */
export function findDevReferences(dir) {
  const findings = [];
  for (const file of listFiles(dir)) {
    const text = readFileSync(file).toString('latin1');
    const seen = new Set();
    for (const m of text.matchAll(DEV_REFERENCE)) {
      const needle = (NEEDLE.exec(m[0])?.[0] ?? m[0]).toLowerCase();
      if (seen.has(needle)) continue;
      seen.add(needle);
      const from = Math.max(0, m.index - 40);
      const snippet = text.slice(from, m.index + needle.length + 40).replace(/\s+/g, ' ');
      findings.push({ file, needle, snippet });
    }
  }
  return findings;
}

/** Which browser a built manifest is for: the folder name if it says so, otherwise the background shape. */
export function browserOf(dirName, manifest) {
  if (/chrom/i.test(dirName)) return 'chrome';
  if (/firefox|gecko/i.test(dirName)) return 'firefox';
  return manifest?.background?.service_worker ? 'chrome' : 'firefox';
}

/**
 * The extension pages' policy: only our own scripts, no plugins, and no way for injected markup to
 * re-point relative URLs, submit a form elsewhere or frame our pages.
 */
const REQUIRED_CSP = { 'script-src': "'self'", 'object-src': "'self'", 'base-uri': "'none'", 'form-action': "'none'", 'frame-ancestors': "'none'" };

/** Problems in one built manifest (an empty list means it may ship). */
export function checkManifest(manifest, browser) {
  const errors = [];
  if (!manifest || typeof manifest !== 'object') return ['manifest.json is not a JSON object'];
  if (manifest.manifest_version !== 3) errors.push(`manifest_version is ${JSON.stringify(manifest.manifest_version)}, expected 3`);

  for (const p of asArray(manifest.host_permissions)) {
    if (isBroadPattern(p)) errors.push(`host_permissions holds the broad pattern "${p}" (request it at runtime via optional_host_permissions instead)`);
  }
  for (const p of asArray(manifest.permissions)) {
    if (isBroadPattern(p)) errors.push(`permissions holds the broad host pattern "${p}"`);
  }
  asArray(manifest.content_scripts).forEach((cs, i) => {
    for (const p of asArray(cs?.matches)) {
      if (isBroadPattern(p)) errors.push(`content_scripts[${i}].matches holds the broad pattern "${p}" (inject on demand with scripting.executeScript)`);
    }
  });
  const war = manifest.web_accessible_resources;
  if (war !== undefined && !(Array.isArray(war) && war.length === 0)) {
    errors.push(`web_accessible_resources is present (${JSON.stringify(war).slice(0, 200)}): pages could load and fingerprint extension files`);
  }

  const csp = manifest.content_security_policy?.extension_pages;
  const directives = new Map(String(csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values.join(' ')]));
  for (const [name, value] of Object.entries(REQUIRED_CSP)) {
    if (directives.get(name) !== value) errors.push(`content_security_policy.extension_pages lacks "${name} ${value}" (has ${JSON.stringify(csp ?? null)})`);
  }
  if (browser === 'firefox' && 'minimum_chrome_version' in manifest) {
    errors.push('minimum_chrome_version is in the Firefox manifest: Firefox warns about a key it does not know');
  }

  if (browser === 'chrome') {
    const ec = manifest.externally_connectable;
    if (!ec || typeof ec !== 'object') {
      errors.push('externally_connectable is missing: without it Chrome lets every other extension message this one (declare { "ids": [] })');
    } else {
      if (asArray(ec.ids).includes('*')) errors.push('externally_connectable.ids contains "*": any extension could message this one');
      for (const p of asArray(ec.matches)) {
        if (isBroadPattern(p)) errors.push(`externally_connectable.matches holds the broad pattern "${p}": any web page could message this one`);
      }
    }
  }
  return errors;
}

/** Node types that mean "this script loads other code or only works as a module". */
const MODULE_NODES = new Set(['ImportDeclaration', 'ImportExpression', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration']);

/** Module syntax found in `code` (static/dynamic import, export, import.meta), or a parse error. */
export function findModuleSyntax(code, filename = 'content.js') {
  let program;
  try {
    program = parseAst(code, { sourceType: 'module' }, filename);
  } catch {
    try {
      program = parseAst(code, { sourceType: 'script' }, filename);
    } catch (err) {
      return [`does not parse as JavaScript: ${String(err?.message ?? err).replace(/\s+/g, ' ').slice(0, 200)}`];
    }
  }
  const found = [];
  const stack = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    if (MODULE_NODES.has(node.type)) {
      const src = node.source?.value ?? node.source?.raw;
      found.push(`${node.type}${typeof src === 'string' ? ` "${src}"` : ''} at offset ${node.start}`);
    } else if (node.type === 'MetaProperty' && node.meta?.name === 'import') {
      found.push(`import.meta at offset ${node.start}`);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && value && typeof value === 'object') stack.push(value);
    }
  }
  return found;
}

/** The content scripts: injected on demand, and registered for the sites with automatic detection. */
export const CONTENT_SCRIPTS = ['content.js', 'content-auto.js'];
/** Gzipped bytes a content script may have (issue 8: under 20 KB, every page it is injected into pays it). */
export const CONTENT_SCRIPT_MAX_GZIP = 20 * 1024;

/** Checks one content script in one build folder; returns errors and the sizes. */
export function checkContentScript(buildDir, name = 'content.js') {
  const file = join(buildDir, name);
  if (!existsSync(file)) return { errors: [`${name} is missing at the build root`], raw: 0, gzip: 0 };
  const code = readFileSync(file);
  const errors = findModuleSyntax(code.toString('utf8'), name).map((f) => `${name} is not self-contained: ${f}`);
  const gzip = gzipSync(code, { level: 9 }).length;
  if (gzip > CONTENT_SCRIPT_MAX_GZIP) errors.push(`${name} is ${gzip} B gzipped, over its budget of ${CONTENT_SCRIPT_MAX_GZIP} B`);
  return { errors, raw: code.length, gzip };
}

/**
 * Checks the Chrome worker the manifest names, when it is a classic script (Chrome keeps its code
 * cache): it must exist, load nothing (a classic worker cannot import), and be all ASCII.
 */
export function checkClassicWorker(buildDir, manifest) {
  const name = manifest?.background?.service_worker;
  if (typeof name !== 'string' || manifest.background.type === 'module') return [];
  const file = join(buildDir, name);
  if (!existsSync(file)) return [`${name} (the manifest's service worker) is missing`];
  const code = readFileSync(file, 'utf8');
  const errors = findModuleSyntax(code, name).map((f) => `${name} is a classic worker but not self-contained: ${f}`);
  const at = code.search(/[\u0080-\uffff]/);
  if (at >= 0) errors.push(`${name} holds non-ASCII text (…${code.slice(Math.max(0, at - 40), at + 10)}…): the worker is decoded as two-byte text at every wake`);
  return errors;
}

/**
 * Checks every build below `distDir` (each sub-folder with a manifest.json).
 * @returns {{ errors: string[], notes: string[], builds: string[] }}
 */
export function checkDist(distDir = 'dist', { expect = [] } = {}) {
  const root = resolve(distDir);
  const errors = [];
  const notes = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) return { errors: [`${distDir} does not exist: run the build first`], notes, builds: [] };

  const builds = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'manifest.json')))
    .map((e) => e.name)
    .sort();
  if (builds.length === 0) errors.push(`${distDir} holds no build (no */manifest.json)`);
  for (const name of expect) {
    if (!builds.includes(name)) errors.push(`${distDir}/${name}/manifest.json is missing`);
  }

  for (const ref of findDevReferences(root)) {
    errors.push(`${relative(process.cwd(), ref.file)} references "${ref.needle}" (dev-server code must never ship): …${ref.snippet}…`);
  }

  for (const name of builds) {
    const dir = join(root, name);
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    } catch (err) {
      errors.push(`${name}/manifest.json does not parse: ${err.message}`);
      continue;
    }
    const browser = browserOf(name, manifest);
    for (const e of checkManifest(manifest, browser)) errors.push(`${name}/manifest.json: ${e}`);
    for (const e of checkClassicWorker(dir, manifest)) errors.push(`${name}/${e}`);
    for (const script of CONTENT_SCRIPTS) {
      const cs = checkContentScript(dir, script);
      for (const e of cs.errors) errors.push(`${name}/${e}`);
      if (cs.raw > 0) notes.push(`${name}/${script}: ${formatBytes(cs.raw)} raw, ${formatBytes(cs.gzip)} gzipped`);
    }
  }
  return { errors, notes, builds };
}

function asArray(value) {
  return Array.isArray(value) ? value : [];
}

function formatBytes(n) {
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB (${n} B)` : `${n} B`;
}

function main() {
  const distDir = argv[2] ?? 'dist';
  const expect = argv[2] ? [] : ['chrome', 'firefox'];
  const { errors, notes, builds } = checkDist(distDir, { expect });
  for (const n of notes) console.log(`check-dist: ${n}`);
  if (errors.length > 0) {
    console.error(`check-dist: FAILED, ${errors.length} problem(s) in ${distDir}/:`);
    for (const e of errors) console.error(`  - ${e}`);
    exit(1);
  }
  console.log(`check-dist: ok (${builds.join(', ')})`);
}

if (argv[1] && resolve(argv[1]) === fileURLToPath(import.meta.url)) main();
