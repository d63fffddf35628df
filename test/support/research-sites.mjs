// Company sites for research on 127.0.0.1, each on a port of its own (ports chosen by the OS): the
// folders of test/fixtures/research-sites, or sites made up in memory (bulk research of many leads).
// Every site counts the requests it got, per path, so tests can say "read once, never twice".
// Plain ESM (types in research-sites.d.mts) so scripts/*.mjs can use it without a TypeScript loader.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, stopStaticServer } from './static-server.mjs';

export const RESEARCH_SITES_DIR = fileURLToPath(new URL('../fixtures/research-sites/', import.meta.url));
export const RESEARCH_SITE_NAMES = ['kranich', 'seeblick', 'lotsen', 'stoerfall'];

/**
 * @typedef {{ status?: number, delayMs?: number, contentType?: string, body?: string, redirect?: string }} Route
 * @typedef {{ name: string, dir?: string, files?: Record<string, string>, routes?: Record<string, Route> }} SiteSpec
 */

/** @param {string} dir @param {string} path */
function fileIn(dir, path) {
  const base = resolve(dir);
  const clean = decodeURIComponent(path.split('?')[0] ?? '/');
  const tries = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const t of tries) {
    const file = resolve(join(base, t));
    if ((file === base || file.startsWith(base + sep)) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * @param {SiteSpec} spec
 * @param {() => string | undefined} otherOrigin
 * @param {boolean} named
 */
async function startSite(spec, otherOrigin, named) {
  /** @type {Map<string, number>} */
  const requests = new Map();
  const routes = spec.routes ?? (spec.dir && existsSync(join(spec.dir, 'routes.json')) ? JSON.parse(readFileSync(join(spec.dir, 'routes.json'), 'utf8')) : {});
  let origin = '';
  /** @type {Set<import('node:http').ServerResponse>} */
  const open = new Set();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const route = /** @type {Route | undefined} */ (routes[path]);
    const send = () => {
      open.delete(res);
      if (res.destroyed) return;
      if (route?.redirect) {
        const to = route.redirect.startsWith('other-site:') ? `${otherOrigin() ?? origin}${route.redirect.slice(11)}` : route.redirect;
        res.writeHead(302, { location: to }).end();
        return;
      }
      if (route?.status) {
        res.writeHead(route.status, { 'content-type': 'text/html; charset=utf-8' }).end(`<h1>${route.status}</h1>`);
        return;
      }
      if (route?.body !== undefined) {
        res.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8' }).end(route.body);
        return;
      }
      const inMemory = spec.files?.[path] ?? spec.files?.[`${path}.html`] ?? (path.endsWith('/') ? spec.files?.[`${path}index.html`] : undefined);
      const file = inMemory === undefined && spec.dir ? fileIn(spec.dir, path) : null;
      if (inMemory === undefined && !file) {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Not found</h1>');
        return;
      }
      const text = (inMemory ?? readFileSync(/** @type {string} */ (file), 'utf8')).replaceAll('{{origin}}', origin);
      const type = route?.contentType ?? (file ? contentType(file) : path.endsWith('.xml') ? 'application/xml' : path.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8');
      res.writeHead(200, { 'content-type': type }).end(text);
    };
    open.add(res);
    if (route?.delayMs) setTimeout(send, route.delayMs).unref();
    else send();
  });
  server.keepAliveTimeout = 1000;
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('research site: no TCP address');
  // Browsers resolve every *.localhost name to the loopback address: a name per site makes the sites
  // different companies for lead matching too (which ignores ports), as real sites are.
  origin = named ? `http://${spec.name}.localhost:${address.port}` : `http://127.0.0.1:${address.port}`;
  return {
    name: spec.name,
    origin,
    /** @param {string} [path] */
    url: (path = '/') => new URL(path, origin + '/').href,
    requests,
    total: () => [...requests.values()].reduce((a, b) => a + b, 0),
    stop: () => {
      for (const res of open) res.destroy();
      return stopStaticServer(server);
    },
  };
}

/**
 * Starts the given sites (by default the fixture folders). A route `"redirect": "other-site:/x"`
 * points at the next site in the list (the first for the last). `named`: each site is addressed as
 * http://<name>.localhost:<port> (browsers; Node's resolver may not know such names), else by
 * 127.0.0.1 and its port.
 * @param {{ sites?: SiteSpec[], named?: boolean }} [options]
 */
export async function startResearchSites(options = {}) {
  const specs = options.sites ?? RESEARCH_SITE_NAMES.map((name) => ({ name, dir: join(RESEARCH_SITES_DIR, name) }));
  /** @type {Awaited<ReturnType<typeof startSite>>[]} */
  const started = [];
  for (const [i, spec] of specs.entries()) {
    started.push(await startSite(spec, () => started[(i + 1) % specs.length]?.origin, options.named ?? false));
  }
  return {
    sites: Object.fromEntries(started.map((s) => [s.name, s])),
    list: started,
    stop: async () => {
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}

/**
 * `count` invented companies, each a home page linking its imprint (with a phone, an address, a VAT
 * number-free register entry and a managing director) — sites for bulk research.
 * @param {number} count
 * @returns {SiteSpec[]}
 */
export function inventedCompanySites(count) {
  const streets = ['Lindenweg', 'Mühlenstraße', 'Am Deich', 'Gartenstraße', 'Hafenkante'];
  const towns = [['20095', 'Hamburg'], ['28195', 'Bremen'], ['24103', 'Kiel'], ['23552', 'Lübeck'], ['26122', 'Oldenburg']];
  const given = ['Anke', 'Bernd', 'Clara', 'Dirk', 'Edda', 'Frank', 'Greta', 'Hauke'];
  const family = ['Albers', 'Brandt', 'Carstens', 'Dreyer', 'Ehlers', 'Fick', 'Gerdes', 'Hinrichs'];
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const [zip, town] = towns[i % towns.length] ?? ['20095', 'Hamburg'];
    const company = `Nordwerk ${n} Handel GmbH`;
    const phone = `+49 40 ${String(5000000 + i * 137).slice(0, 3)} ${String(1000 + i)}`;
    const person = `${given[i % given.length]} ${family[(i * 3) % family.length]}`;
    const page = (title, body) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
    return {
      name: `nordwerk-${n}`,
      files: {
        '/index.html': page(company, `<header><a href="/">${company}</a></header><main><h1>Willkommen</h1><p>Großhandel für Bootsbedarf.</p></main><footer><a href="/impressum.html">Impressum</a></footer>`),
        '/impressum.html': page(`Impressum – ${company}`, `<main><h1>Impressum</h1><p>${company}<br>${streets[i % streets.length]} ${i + 1}<br>${zip} ${town}</p><p>Geschäftsführer: ${person}</p><p>Telefon: ${phone}</p><p>Amtsgericht ${town}, HRB ${10000 + i}</p><p>Erfundene Firma für Tests.</p></main>`),
      },
    };
  });
}
