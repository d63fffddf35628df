// A tiny static file server on 127.0.0.1 for the demo site: used by the e2e tests, the bench and `npm start`.
// Plain ESM (types in static-server.d.mts) so that scripts/*.mjs can import it without a TypeScript loader.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo company site shipped with the tests. */
export const DEMO_SITE_DIR = fileURLToPath(new URL('../fixtures/demo-site/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** @param {string} file */
export function contentType(file) {
  return TYPES[/** @type {keyof typeof TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream';
}

/**
 * Serves `root` on 127.0.0.1. `port` 0 (the default) picks a free port; a busy fixed port is an error
 * unless `fallback` is set, in which case the next free ports are tried.
 * @param {{ root?: string, port?: number, fallback?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<import('./static-server.d.mts').StaticServer>}
 */
export async function startStaticServer(options = {}) {
  const root = resolve(options.root ?? DEMO_SITE_DIR);
  const log = options.log;
  const server = createServer((req, res) => {
    void handle(root, req, res).then((status) => log?.(`${status} ${req.method} ${req.url}`));
  });
  // Keep-alive sockets would hold close() open until the browser drops them.
  server.keepAliveTimeout = 1000;

  let port = options.port ?? 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await listen(server, port);
      break;
    } catch (err) {
      const busy = /** @type {NodeJS.ErrnoException} */ (err).code === 'EADDRINUSE';
      if (!busy || !options.fallback || port === 0 || attempt >= 50) throw err;
      port++;
    }
  }
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    root,
    port: address.port,
    origin,
    url: (path = '/') => new URL(path, origin + '/').href,
    stop: () => stopStaticServer(server),
    server,
  };
}

/**
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function stopStaticServer(server) {
  return new Promise((done, fail) => {
    server.close((err) => (err ? fail(err) : done()));
    server.closeAllConnections();
  });
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @returns {Promise<void>}
 */
function listen(server, port) {
  return new Promise((done, fail) => {
    const onError = (/** @type {Error} */ err) => {
      server.off('listening', onListening);
      fail(err);
    };
    const onListening = () => {
      server.off('error', onError);
      done();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * @param {string} root
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {Promise<number>} the status sent
 */
async function handle(root, req, res) {
  const send = (/** @type {number} */ status, /** @type {string} */ body) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return status;
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');

  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return send(400, 'Bad Request');
  }
  if (pathname.includes('\0')) return send(400, 'Bad Request');
  let file = resolve(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden');

  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: pathname + '/' });
        res.end();
        return 301;
      }
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return send(404, 'Not Found');
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': info.size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return 200;
    }
    await new Promise((done) => {
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.on('close', done);
      stream.pipe(res);
    });
    return 200;
  } catch {
    return send(404, 'Not Found');
  }
}
