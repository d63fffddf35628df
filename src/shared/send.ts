import { appError, Failure } from '../core/errors';
import { browser } from './browser';
import type { Request, RequestType, Response, Responses } from './messages';

/**
 * Sends a typed request to the background. A refusal rejects with a Failure carrying the background's
 * error code; no answer at all (a stopped or updating worker) with "no-answer".
 */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
  let response: Response<T> | undefined;
  try {
    response = (await browser.runtime.sendMessage(request)) as Response<T> | undefined;
  } catch {
    // "Could not establish connection. Receiving end does not exist." and the like.
    throw new Failure(appError('no-answer'));
  }
  if (!response) throw new Failure(appError('no-answer'));
  if (!response.ok) throw new Failure(response.error);
  return response.data;
}
