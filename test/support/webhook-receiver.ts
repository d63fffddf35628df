/**
 * A webhook receiver on 127.0.0.1 (port from the OS) that behaves as the Standard Webhooks spec tells
 * receivers to: every delivery is verified with the reference `standardwebhooks` package (signature,
 * timestamp tolerance) and deduplicated by `webhook-id` only. It can fail a share of requests the way
 * real receivers and networks fail, for the contract tests and the fault-injection run.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Fault = 'status-500' | 'status-503' | 'status-429' | 'drop-before-body' | 'drop-after-body' | 'slow';
export const FAULTS: readonly Fault[] = ['status-500', 'status-503', 'status-429', 'drop-before-body', 'drop-after-body', 'slow'];

export interface Delivery {
  id: string;
  type: string;
  leadId: string | null;
  body: unknown;
  headers: Record<string, string>;
}

export interface ReceiverOptions {
  secret: string;
  /** Share of requests failed at random (0 to 1). */
  faultRate?: number;
  faults?: readonly Fault[];
  /** How long a 'slow' answer waits: longer than the client's timeout. */
  slowMs?: number;
  retryAfterSeconds?: number;
  /** Seeded randomness, so a failing run can be repeated. */
  random?: () => number;
  /** A fixed answer for every request (status and body), e.g. 400 with field errors. */
  answer?: (req: IncomingMessage, body: string) => { status: number; body?: string; headers?: Record<string, string> } | null;
}

/** mulberry32: a small seeded generator for reproducible fault sequences. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function startWebhookReceiver(options: ReceiverOptions) {
  const verifier = new Webhook(options.secret);
  const random = options.random ?? Math.random;
  let faultRate = options.faultRate ?? 0;
  const faults = options.faults ?? FAULTS;
  /** First delivery per webhook-id: what a deduplicating receiver keeps. */
  const delivered = new Map<string, Delivery>();
  const stats = { requests: 0, accepted: 0, repeats: 0, refused: 0, faults: 0, byFault: {} as Record<string, number> };
  const sockets = new Set<Socket>();
  let origin = '';

  function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
      req.on('error', reject);
    });
  }

  function accept(req: IncomingMessage, body: string): { status: number; text: string } {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    let payload: { type?: string; data?: { id?: string } };
    try {
      payload = verifier.verify(body, headers) as typeof payload;
    } catch {
      stats.refused++;
      return { status: 401, text: '{"error":"invalid signature"}' };
    }
    const id = headers['webhook-id'] ?? '';
    if (delivered.has(id)) stats.repeats++;
    else {
      delivered.set(id, { id, type: payload.type ?? '', leadId: payload.data?.id ?? null, body: payload, headers });
      stats.accepted++;
    }
    // The id it stored the lead under and its page, as a team's receiver would answer.
    return { status: 200, text: JSON.stringify({ id: `rcv_${id}`, url: `${origin}/records/rcv_${id}` }) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    const fault = faultRate > random() ? faults[Math.floor(random() * faults.length)] : null;
    if (fault) {
      stats.faults++;
      stats.byFault[fault] = (stats.byFault[fault] ?? 0) + 1;
    }
    if (fault === 'drop-before-body') {
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    const fixed = options.answer?.(req, body);
    if (fixed) {
      res.writeHead(fixed.status, { 'content-type': 'application/json', ...fixed.headers }).end(fixed.body ?? '');
      return;
    }
    if (fault === 'status-500' || fault === 'status-503') {
      res.writeHead(fault === 'status-500' ? 500 : 503).end();
      return;
    }
    if (fault === 'status-429') {
      res.writeHead(429, { 'retry-after': String(options.retryAfterSeconds ?? 1) }).end();
      return;
    }
    // Processed (stored) before the answer is lost: the client must retry under the same id.
    const result = accept(req, body);
    if (fault === 'drop-after-body') {
      req.socket.destroy();
      return;
    }
    if (fault === 'slow') await new Promise((r) => setTimeout(r, options.slowMs ?? 2_000));
    if (!res.destroyed) res.writeHead(result.status, { 'content-type': 'application/json' }).end(result.text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}/hooks/leads`,
    origin,
    delivered,
    stats,
    /** Changes the share of failed requests from now on (e.g. after a clean connection test). */
    setFaultRate(rate: number): void {
      faultRate = rate;
    },
    /** Lead ids with how many distinct webhook-ids each arrived under (more than one: a duplicate). */
    idsPerLead(): Map<string, number> {
      const per = new Map<string, number>();
      for (const d of delivered.values()) if (d.leadId) per.set(d.leadId, (per.get(d.leadId) ?? 0) + 1);
      return per;
    },
    async close(): Promise<void> {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** A fresh Standard Webhooks secret: whsec_ + base64 of 32 random bytes. */
export function newSigningSecret(): string {
  return `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;
}
