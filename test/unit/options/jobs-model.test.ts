import { describe, expect, it } from 'vitest';
import { newlyDone, visibleJobs } from '../../../src/options/jobs-model';
import type { JobView } from '../../../src/shared/messages';

const job = (id: string, state: JobView['state']): JobView => ({ id, kind: 'rescore', state, progress: { done: 1, failed: 0, total: 2 }, error: null, retryAt: null, createdAt: 1, updatedAt: 1 });

describe('jobs in the options page', () => {
  it('shows running, paused and failed jobs, not finished or cancelled ones', () => {
    const jobs = [job('a', 'running'), job('b', 'paused'), job('c', 'failed'), job('d', 'done'), job('e', 'cancelled')];
    expect(visibleJobs(jobs).map((j) => j.id)).toEqual(['a', 'b', 'c']);
  });

  it('notices a job that has just finished, once', () => {
    const before = [job('a', 'running'), job('b', 'done')];
    const after = [job('a', 'done'), job('b', 'done')];
    expect(newlyDone(before, after)).toEqual(['a']);
    expect(newlyDone(after, after)).toEqual([]);
  });
});
