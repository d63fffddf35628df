/** Requests to the background from an extension page in Playwright, as the page's own scripts send them. */
import type { Page } from 'playwright-core';
import type { Ask } from './import-text';

interface Answer<T> {
  ok: boolean;
  data: T;
  error?: unknown;
}

/** Sends from `page` (an extension page) and returns the reply's data; an error reply throws with its code. */
export function askFrom(page: Page): Ask {
  return async <T>(message: Record<string, unknown>): Promise<T> => {
    // Source text, not a function: under tsx a function would carry esbuild's helpers, which the page lacks.
    const answer = (await page.evaluate(`browser.runtime.sendMessage(${JSON.stringify(message)})`)) as Answer<T>;
    if (!answer.ok) throw new Error(`${String(message['type'])}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  };
}
