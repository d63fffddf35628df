/**
 * The background's only entrance. A request is acted on only when it comes from one of the
 * extension's own pages and matches its schema; content scripts and web pages get a refusal.
 */
import * as v from 'valibot';
import { RequestSchema, type Request } from '../shared/messages';
import type { Runtime } from '../shared/browser';
import type { createHandlers } from './handlers';

export interface SenderCheck {
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
}

export function isExtensionPage(sender: Runtime.MessageSender, check: SenderCheck): boolean {
  // A content script's sender.url is the page's URL, so it fails here even though sender.id matches.
  return sender.id === check.extensionId && typeof sender.url === 'string' && sender.url.startsWith(check.extensionOrigin);
}

export type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export async function route(
  message: unknown,
  sender: Runtime.MessageSender,
  check: SenderCheck,
  handlers: ReturnType<typeof createHandlers>,
): Promise<Reply> {
  if (!isExtensionPage(sender, check)) return { ok: false, error: 'Refused: not sent by an extension page.' };
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, error: `Invalid request: ${issue ? `${v.getDotPath(issue) ?? 'message'}: ${issue.message}` : 'unknown'}` };
  }
  const req: Request = parsed.output;
  try {
    const handler = handlers[req.type] as (r: Request) => Promise<unknown>;
    return { ok: true, data: await handler(req) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
