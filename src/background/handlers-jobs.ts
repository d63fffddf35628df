/** Requests about durable jobs: the options page lists them and pauses, resumes or cancels one. */
import type { HandlerContext } from './context';
import type { Handlers } from './handler-types';

type JobHandlers = Pick<Handlers, 'jobs.list' | 'jobs.pause' | 'jobs.resume' | 'jobs.cancel'>;

export function jobHandlers(ctx: HandlerContext): JobHandlers {
  return {
    'jobs.list': () => ctx.jobs.list(),
    'jobs.pause': ({ id }) => ctx.jobs.pause(id),
    'jobs.resume': ({ id }) => ctx.jobs.resume(id),
    'jobs.cancel': ({ id }) => ctx.jobs.cancel(id),
  };
}
