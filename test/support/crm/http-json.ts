/**
 * What the CRM contract servers share: a real HTTP server on 127.0.0.1 (port chosen by the OS), JSON
 * in and out, every request recorded, and scripted faults that take the place of the next matching
 * answers (429 with Retry-After, 500, a dropped connection), as the fault-injection receiver does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A fault for the next request whose "METHOD /path" matches `match` (all requests when absent). */
export interface Fault {
  match?: RegExp;
  /** An answer instead of the real one, or 'drop' to close the socket without answering. */
  answer: Answer | 'drop';
}

export type Handler = (req: Recorded) => Answer;

export interface JsonServer {
  url: string;
  requests: Recorded[];
  /** Faults are used once each, in order. */
  faults: Fault[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: Answer, extraHeaders: Record<string, string>): void {
  const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, { ...extraHeaders, ...(text ? { 'content-type': 'application/json;charset=utf-8' } : {}), ...answer.headers });
  res.end(text);
}

/** `redirects`: "METHOD /path" answered with a 302 to the URL the function gives (a login page). */
export async function startJsonServer(
  handle: Handler,
  headersFor: (req: Recorded) => Record<string, string> = () => ({}),
  redirects: Record<string, (url: URL) => string> = {},
): Promise<JsonServer> {
  const requests: Recorded[] = [];
  const faults: Fault[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const redirect = redirects[`${req.method} ${url.pathname}`];
      if (redirect) {
        res.writeHead(302, { location: redirect(url) });
        res.end();
        return;
      }
      // JSON bodies parsed; form bodies (OAuth token requests) kept as their text.
      let body: unknown = text || undefined;
      if (text && String(req.headers['content-type'] ?? '').includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          send(res, { status: 400, body: { message: 'Invalid JSON' } }, {});
          return;
        }
      }
      const recorded: Recorded = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(recorded);
      const at = faults.findIndex((f) => !f.match || f.match.test(`${recorded.method} ${recorded.path}`));
      if (at >= 0) {
        const [fault] = faults.splice(at, 1);
        if (fault!.answer === 'drop') {
          req.socket.destroy();
          return;
        }
        send(res, fault!.answer, headersFor(recorded));
        return;
      }
      send(res, handle(recorded), headersFor(recorded));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
