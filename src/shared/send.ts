import { browser } from './browser';
import type { Request, RequestType, Response, Responses } from './messages';

/** Sends a typed request to the background; rejects with the background's error message. */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
  const response = (await browser.runtime.sendMessage(request)) as Response<T> | undefined;
  if (!response) throw new Error('No answer from the background.');
  if (!response.ok) throw new Error(response.error);
  return response.data;
}
