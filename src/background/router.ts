/**
 * The background's only entrance. A request is acted on only when it comes from one of the
 * extension's own pages and matches its schema; content scripts and web pages get a refusal.
 * Every refusal and failure answers with an error code (core/errors.ts) that the page translates.
 */
import * as v from 'valibot';
import { appError, asAppError, Failure, type AppError } from '../core/errors';
import { RequestSchema, type Request } from '../shared/messages';
import type { Runtime } from '../shared/browser';
import type { createHandlers } from './handlers';
import { logFailure } from './log';

export interface SenderCheck {
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
}

export function isExtensionPage(sender: Runtime.MessageSender, check: SenderCheck): boolean {
  // A content script's sender.url is the page's URL, so it fails here even though sender.id matches.
  return sender.id === check.extensionId && typeof sender.url === 'string' && sender.url.startsWith(check.extensionOrigin);
}

export type Reply = { ok: true; data: unknown } | { ok: false; error: AppError };

/** The first schema failure: where in the request (dot path, "" for the message itself) and which check. */
function invalid(issues: readonly v.BaseIssue<unknown>[]): AppError {
  const issue = issues[0];
  return appError('request-invalid', { path: (issue && v.getDotPath(issue)) ?? '', rule: issue?.type ?? 'unknown' });
}

export async function route(
  message: unknown,
  sender: Runtime.MessageSender,
  check: SenderCheck,
  handlers: ReturnType<typeof createHandlers>,
): Promise<Reply> {
  if (!isExtensionPage(sender, check)) return { ok: false, error: appError('request-refused') };
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) return { ok: false, error: invalid(parsed.issues) };
  const req: Request = parsed.output;
  try {
    const handler = handlers[req.type] as (r: Request) => Promise<unknown>;
    return { ok: true, data: await handler(req) };
  } catch (err) {
    // A refusal the handler meant is the rep's to read; anything else is a bug or a broken browser: logged.
    if (!(err instanceof Failure)) logFailure(req.type, err);
    return { ok: false, error: asAppError(err) };
  }
}
