/**
 * Which exports of src/core only tests reach: code that is tested but never runs for the rep (as "fill
 * all" once ran its own loop beside the tested applyDetection). A static import graph, walked from the
 * extension's entry points (manifest and content script) and the product's CLIs; a value export counts
 * as running when a reachable file imports it by name (directly or through re-exports) or its own file
 * is reachable and uses it. Type-only exports are left out: they do not run.
 *
 * `node scripts/core-exports.mjs` prints the findings and exits 1 when there are any, 2 on a broken tree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(?:ts|tsx|mts)$/;

/** Extension pages opened in a tab, not named in the manifest (vite.config.ts builds them). */
export const EXTRA_PAGES = ['src/report/index.html'];

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts') ? [path] : [];
  });
}

/** Extension pages, worker and content script, and the CLIs in src/node: what runs for the rep. */
export function entryPoints(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  // Pages the manifest does not name are built from vite.config.ts's inputs (the report opens in a tab).
  const pages = [manifest.action?.default_popup, manifest.options_ui?.page, manifest.side_panel?.default_path, ...EXTRA_PAGES.filter((page) => existsSync(join(root, page)))].filter(Boolean);
  const scripts = pages.flatMap((page) => {
    const html = readFileSync(join(root, page), 'utf8');
    const sources = [...html.matchAll(/<script[^>]*>/g)].map((tag) => /\ssrc="([^"]+)"/.exec(tag[0])?.[1]).filter(Boolean);
    return sources.map((src) => join(root, dirname(page), src));
  });
  const clis = walk(join(root, 'src/node')).filter((f) => f.endsWith('-cli.ts'));
  return [join(root, manifest.background.service_worker), join(root, 'src/content/index.ts'), ...scripts, ...clis].map((f) => resolve(f));
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** `new URL('./file', import.meta.url)`: a module of the extension the bundler emits as its own file (a worker). */
function isModuleUrl(node) {
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'URL') return false;
  const [spec, base] = node.arguments ?? [];
  return Boolean(spec && ts.isStringLiteral(spec) && base && ts.isPropertyAccessExpression(base) && base.name.text === 'url' && ts.isMetaProperty(base.expression));
}

/** One file's imports, re-exports, value exports and the identifiers it uses. */
function readModule(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  /** { target, names: Set | '*', typeOnly } */
  const imports = [];
  /** name → { target, name } | '*' entries for `export * from` */
  const reexports = [];
  const exports = new Map();
  const used = new Map();
  const declaredAt = new Set();
  const isExported = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;

  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveImport(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (target && clause) {
        const typeOnly = clause.isTypeOnly;
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) imports.push({ target, names: '*', typeOnly });
        else {
          const names = new Set();
          if (clause.name) names.add('default');
          if (bindings) for (const el of bindings.elements) if (!typeOnly && !el.isTypeOnly) names.add((el.propertyName ?? el.name).text);
          imports.push({ target, names, typeOnly: typeOnly || names.size === 0 });
        }
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveImport(file, node.moduleSpecifier.text);
      if (target && !node.isTypeOnly) {
        if (!node.exportClause) reexports.push({ as: '*', target, name: '*' });
        else if (ts.isNamedExports(node.exportClause)) {
          for (const el of node.exportClause.elements) if (!el.isTypeOnly) reexports.push({ as: el.name.text, target, name: (el.propertyName ?? el.name).text });
        }
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0] ?? {})) {
      const target = resolveImport(file, node.arguments[0].text);
      if (target) imports.push({ target, names: '*', typeOnly: false });
    } else if (isModuleUrl(node)) {
      // new Worker(new URL('./x.worker.ts', import.meta.url)): the bundler builds the worker from that file.
      const target = resolveImport(file, node.arguments[0].text);
      if (target) imports.push({ target, names: '*', typeOnly: false });
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name && isExported(node)) {
      exports.set(node.name.text, node.name.getStart());
      declaredAt.add(node.name.getStart());
    } else if (ts.isVariableStatement(node) && isExported(node)) {
      for (const d of node.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) {
          exports.set(d.name.text, d.name.getStart());
          declaredAt.add(d.name.getStart());
        }
      }
    } else if (ts.isIdentifier(node) && !declaredAt.has(node.getStart())) {
      used.set(node.text, (used.get(node.text) ?? 0) + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, reexports, exports, used };
}

/** The findings: core value exports that tests import but nothing the rep runs reaches. */
export function coreExportsReachedOnlyByTests(root) {
  const production = walk(join(root, 'src'));
  const tests = walk(join(root, 'test'));
  const modules = new Map([...production, ...tests].map((f) => [f, readModule(f)]));

  // Files reachable from the entry points through value imports.
  const reachable = new Set();
  const queue = entryPoints(root).filter((f) => modules.has(f));
  while (queue.length) {
    const file = queue.pop();
    if (reachable.has(file)) continue;
    reachable.add(file);
    const m = modules.get(file);
    for (const i of m.imports) if (!i.typeOnly && modules.has(i.target)) queue.push(i.target);
    for (const r of m.reexports) if (modules.has(r.target)) queue.push(r.target);
  }

  /** Marks `name` of `file` used, following re-exports to where it is declared. */
  const mark = (uses, file, name, seen = new Set()) => {
    const key = `${file}#${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const m = modules.get(file);
    if (!m) return;
    if (name === '*') {
      for (const exported of m.exports.keys()) uses.add(`${file}#${exported}`);
      for (const r of m.reexports) mark(uses, r.target, r.name === '*' ? '*' : r.name, seen);
      return;
    }
    uses.add(key);
    for (const r of m.reexports) if (r.as === name || r.as === '*') mark(uses, r.target, r.as === '*' ? name : r.name, seen);
  };

  const byProduction = new Set();
  const byTests = new Map();
  for (const [file, m] of modules) {
    const inProduction = reachable.has(file);
    const inTests = file.startsWith(join(root, 'test'));
    if (!inProduction && !inTests) continue;
    for (const i of m.imports) {
      if (i.typeOnly) continue;
      for (const name of i.names === '*' ? ['*'] : i.names) {
        if (inProduction) mark(byProduction, i.target, name);
        if (inTests) {
          const uses = new Set();
          mark(uses, i.target, name);
          for (const u of uses) byTests.set(u, [...(byTests.get(u) ?? []), relative(root, file)]);
        }
      }
    }
    // A reachable file's own use of its export runs too.
    if (inProduction) for (const name of m.exports.keys()) if (m.used.get(name)) byProduction.add(`${file}#${name}`);
  }

  const core = join(root, 'src/core');
  const findings = [];
  for (const [file, m] of modules) {
    if (!file.startsWith(core)) continue;
    for (const name of m.exports.keys()) {
      const key = `${file}#${name}`;
      if (!byProduction.has(key) && byTests.has(key)) findings.push({ file: relative(root, file), name, tests: [...new Set(byTests.get(key))] });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let findings;
  try {
    findings = coreExportsReachedOnlyByTests(root);
  } catch (err) {
    console.error(`core-exports: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  for (const f of findings) console.log(`${f.file}: ${f.name} — only tests reach it (${f.tests.join(', ')})`);
  if (findings.length) {
    console.log(`core-exports: ${findings.length} export(s) of src/core run only in tests`);
    process.exit(1);
  }
  console.log('core-exports: every src/core export the tests use also runs for the rep');
}
