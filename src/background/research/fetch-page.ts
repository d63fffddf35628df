/**
 * One GET for research, as the rep's own browser: no cookies or other credentials, no referrer, a
 * timeout and a size limit (the body is read as a stream and cut there; parsers cope with a cut
 * page). Every failure is a research error code with the address; nothing throws.
 */
import { appError, type Result } from '../../core/errors';
import type { FetchedText } from '../../core/research/research-site';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const PAGE_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 2_000_000 };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder(charsetOf(response.headers.get('content-type')), { fatal: false });
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (bytes >= maxBytes) {
      await reader.cancel().catch(() => {});
      break;
    }
  }
  return text + decoder.decode();
}

function charsetOf(type: string | null): string {
  const label = /charset=["']?([\w-]+)/i.exec(type ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * Fetches `url`. `want: 'html'` refuses anything but a web page; `'text'` takes robots.txt and XML.
 * `signal` (the rep cancelled) aborts like the timeout does.
 */
export async function fetchPage(url: string, want: 'html' | 'text', limits: FetchLimits = PAGE_LIMITS, signal?: AbortSignal): Promise<Result<FetchedText>> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const abort = signal ? AbortSignal.any([timeout, signal]) : timeout;
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
      headers: { accept: want === 'html' ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' : 'text/plain,application/xml,text/xml;q=0.9,*/*;q=0.1' },
      signal: abort,
    });
    const at = response.url || url;
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, error: appError('research-http-status', { url, status: response.status }) };
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (want === 'html' && type && !HTML_TYPES.test(type)) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, error: appError('research-not-html', { url, type }) };
    }
    return { ok: true, value: { url: at, text: await readCapped(response, limits.maxBytes) } };
  } catch {
    if (timeout.aborted) return { ok: false, error: appError('research-timeout', { url }) };
    if (signal?.aborted) return { ok: false, error: appError('research-cancelled') };
    return { ok: false, error: appError('research-unreachable', { url }) };
  }
}
