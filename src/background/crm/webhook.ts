/**
 * The webhook connector: one HTTPS POST per lead version, a JSON event signed per the Standard
 * Webhooks specification (ecosystem.md §3.4). `webhook-id` is the push's idempotency key, so it is the
 * same on every retry and a receiver deduplicates on it; `webhook-timestamp` is the attempt's time
 * (receivers refuse old ones), and the signature covers "id.timestamp.body" with HMAC-SHA256 (WebCrypto).
 */
import { recordLink } from '../../core/crm/record-link';
import type { ConnectorDeps, CrmConnector, PushItem, PushOutcome } from '../../core/crm/connector';
import { crmHttpError } from '../../core/crm/http-errors';
import { checkSigningSecret, checkWebhookUrl, webhookEvent } from '../../core/crm/webhook-event';
import { appError, type AppError, type Result } from '../../core/errors';
import { pushEach, rateLimitOf } from './crm-fetch';

export const SIGNING_SECRET = 'signing-secret';
const USER_AGENT = 'Leadfill-Webhook/1';

function base64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

/** The Standard Webhooks signature header value: "v1,<base64 HMAC-SHA256(key, id.timestamp.body)>". */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const raw = Uint8Array.from(atob(secret.slice('whsec_'.length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${base64(new Uint8Array(mac))}`;
}

/** A failure before any answer: the outbox's timeout aborted it, or the network did. */
function transportError(err: unknown, signal: AbortSignal): AppError {
  return signal.aborted || (err instanceof Error && err.name === 'TimeoutError') ? appError('crm-timeout') : appError('crm-unreachable');
}

/** The receiver refusing the signature is a wrong secret, which the rep fixes, whatever status it picked for it. */
function answerError(response: Response, now: number): AppError | null {
  if (response.status === 401 || response.status === 403) return appError('crm-signature-refused');
  return crmHttpError(response.status, response.headers.get('retry-after'), now);
}

export function createWebhookConnector(deps: ConnectorDeps): CrmConnector {
  async function post(type: string, id: string, body: string, signal: AbortSignal): Promise<Result<Response>> {
    const url = checkWebhookUrl(deps.connection.url);
    if (!url.ok) return url;
    const stored = (await deps.secret(SIGNING_SECRET))?.reveal();
    const secret = stored === undefined ? null : checkSigningSecret(stored);
    if (!secret?.ok) return { ok: false, error: appError('crm-not-configured') };
    const timestamp = Math.floor(deps.now() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': await signWebhook(secret.value, id, timestamp, body),
      // The IETF Idempotency-Key header for receivers that deduplicate on it instead (a quoted string).
      'idempotency-key': `"${id}"`,
      'x-leadfill-event': type,
    };
    try {
      return { ok: true, value: await deps.fetch(url.value, { method: 'POST', headers, body, signal, redirect: 'error', credentials: 'omit' }) };
    } catch (err) {
      return { ok: false, error: transportError(err, signal) };
    }
  }

  async function pushOne(item: PushItem, signal: AbortSignal): Promise<{ outcome: PushOutcome; response: Response | null }> {
    const sent = await post(item.event, item.idempotencyKey, JSON.stringify(webhookEvent(item)), signal);
    if (!sent.ok) return { outcome: { ok: false, error: sent.error }, response: null };
    const response = sent.value;
    // The body is read to the end: a connection dropped while reading it means no confirmation.
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      return { outcome: { ok: false, error: transportError(err, signal) }, response };
    }
    const error = answerError(response, deps.now());
    if (error) return { outcome: { ok: false, error }, response };
    const record = recordOf(text);
    return { outcome: { ok: true, remoteId: record.id ?? item.lead.id, recordUrl: record.url }, response };
  }

  return {
    kind: 'webhook',
    batchSize: 1,
    async push(items, signal) {
      let last = null as Response | null;
      const outcomes = await pushEach(items, async (item) => {
        const { outcome, response } = await pushOne(item, signal);
        last = response ?? last;
        return outcome;
      });
      return { outcomes, rateLimit: rateLimitOf(last?.headers ?? null, deps.now()) };
    },
    async testConnection(signal) {
      const id = `msg_test_${deps.now().toString(36)}`;
      const body = JSON.stringify({ type: 'leadfill.test', timestamp: new Date(deps.now()).toISOString(), data: {} });
      const sent = await post('leadfill.test', id, body, signal);
      if (!sent.ok) return sent;
      await sent.value.text().catch(() => '');
      const error = answerError(sent.value, deps.now());
      return error ? { ok: false, error } : { ok: true, value: { account: new URL(deps.connection.url).host } };
    },
  };
}

/**
 * A receiver may answer with the id it stored the lead under and a link to its page
 * ({"id": "…", "url": "https://…"}): shown as the remote id and the "open in CRM" link.
 */
function recordOf(text: string): { id: string | null; url: string | null } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { id: null, url: null };
  }
  if (!body || typeof body !== 'object') return { id: null, url: null };
  const { id, url } = body as { id?: unknown; url?: unknown };
  return { id: typeof id === 'string' && id.length <= 200 ? id : typeof id === 'number' ? String(id) : null, url: recordLink(url) };
}
