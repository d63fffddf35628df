/**
 * Bulk research's cache writes are best effort (a site not cached is only researched again), but a
 * failed write is logged in the worker's console instead of vanishing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedSiteResearch } from '../../../src/background/research/cached-research';
import type { ResearchStore } from '../../../src/background/research/site-research';
import { appError } from '../../../src/core/errors';

const full: ResearchStore = {
  get: async () => null,
  put: async () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); },
};

afterEach(() => vi.restoreAllMocks());

describe('bulk research with a cache that cannot be written', () => {
  it('answers with what research found and logs the failed write', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const research = cachedSiteResearch({
      store: full,
      now: () => 1_000,
      io: { fetch: async () => ({ ok: false, error: appError('research-timeout', { url: 'https://example.org/' }) }), read: async () => { throw new Error('nothing was fetched'); } },
    });
    const answer = await research('https://example.org/', 0);
    expect(answer.start).toBe('https://example.org/');
    expect(answer.error?.code).toBeDefined();
    expect(logged).toHaveBeenCalledWith('Leadfill: research result write failed:', expect.objectContaining({ name: 'QuotaExceededError' }));
  });
});
