/**
 * What the CRM contract servers share: a real HTTP server on 127.0.0.1 (port chosen by the OS), JSON
 * in and out, every request recorded, and scripted faults that take the place of the next matching
 * answers (429 with Retry-After, 500, a dropped connection), as the fault-injection receiver does.
 * `chaos()` turns on random faults for a scale run: the CRM's own rate-limit answer, which then holds
 * for the whole window it announced (every request inside it is answered the same and counted as
 * early), 5xx, connections dropped before the request is handled or after the CRM stored it, and
 * answers slower than the client waits (stored all the same).
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
  /**
   * An answer instead of the real one, 'drop' to close the socket without answering, or 'drop-after'
   * to handle the request (the record is stored) and then close the socket without answering.
   */
  answer: Answer | 'drop' | 'drop-after';
}

export type Handler = (req: Recorded) => Answer;

export const RANDOM_FAULTS = ['limit', 'status-500', 'status-503', 'drop-before', 'drop-after', 'slow'] as const;
export type RandomFault = (typeof RANDOM_FAULTS)[number];

export interface Chaos {
  /** Share of requests (outside a rate-limit window) that get a fault. */
  rate: number;
  random: () => number;
  kinds?: readonly RandomFault[];
  /** The CRM's answer while its rate limit is spent (its own status, body and headers). */
  limited: () => Answer;
  /** How long the limit holds after it is first answered: what the answer's headers announce. */
  windowMs: number;
  /** A 5xx answer in the CRM's own error shape. */
  unavailable: (status: number) => Answer;
  /** Longer than the client's timeout: the record is stored, the answer comes too late. */
  slowMs: number;
  /** Requests never faulted ("METHOD /path"), e.g. the OAuth token endpoint. */
  spare?: RegExp;
}

export interface LimitWindow {
  from: number;
  until: number;
  /** Requests that arrived inside the window after the one that opened it. */
  early: number;
}

export interface ChaosStats {
  requests: number;
  faults: number;
  byFault: Record<string, number>;
  windows: LimitWindow[];
}

export interface JsonServer {
  url: string;
  requests: Recorded[];
  /** Faults are used once each, in order. */
  faults: Fault[];
  /** Random faults from now on (null: none). */
  chaos(plan: Chaos | null): void;
  stats: ChaosStats;
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
  let plan: Chaos | null = null;
  const stats: ChaosStats = { requests: 0, faults: 0, byFault: {}, windows: [] };
  const count = (kind: string) => {
    stats.faults++;
    stats.byFault[kind] = (stats.byFault[kind] ?? 0) + 1;
  };
  /** A random fault for this request, or null; inside an open rate-limit window, always the limit. */
  function randomFault(recorded: Recorded): RandomFault | null {
    if (!plan || plan.spare?.test(`${recorded.method} ${recorded.path}`)) return null;
    const now = Date.now();
    const open = stats.windows.at(-1);
    if (open && now < open.until) {
      open.early++;
      return 'limit';
    }
    if (plan.random() >= plan.rate) return null;
    const kinds = plan.kinds ?? RANDOM_FAULTS;
    const kind = kinds[Math.floor(plan.random() * kinds.length)]!;
    count(kind);
    if (kind === 'limit') stats.windows.push({ from: now, until: now + plan.windowMs, early: 0 });
    return kind;
  }
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
      stats.requests++;
      const chaos = plan;
      const random = randomFault(recorded);
      if (chaos && random) {
        if (random === 'limit') return send(res, chaos.limited(), headersFor(recorded));
        if (random === 'status-500' || random === 'status-503') return send(res, chaos.unavailable(random === 'status-500' ? 500 : 503), headersFor(recorded));
        if (random === 'drop-before') return void req.socket.destroy();
        // Handled and stored; then the connection drops, or the answer comes after the client gave up.
        const answer = handle(recorded);
        if (random === 'drop-after') return void req.socket.destroy();
        await new Promise((r) => setTimeout(r, chaos.slowMs));
        if (!res.destroyed) send(res, answer, headersFor(recorded));
        return;
      }
      const at = faults.findIndex((f) => !f.match || f.match.test(`${recorded.method} ${recorded.path}`));
      if (at >= 0) {
        const [fault] = faults.splice(at, 1);
        if (fault!.answer === 'drop' || fault!.answer === 'drop-after') {
          if (fault!.answer === 'drop-after') handle(recorded);
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
    chaos: (next) => { plan = next; },
    stats,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
