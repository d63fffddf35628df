/**
 * One drain of a durable queue at a time per worker (the job runner's, the CRM outbox's): a wake while a
 * drain runs does not start a second one but makes the running one look once more when it is done, so
 * work enqueued meanwhile is never left waiting for the next alarm.
 */
export function singleFlight(drain: () => Promise<void>, onError: (err: unknown) => void) {
  let loop: Promise<void> | null = null;
  let again = false;
  const run = async () => {
    do {
      again = false;
      await drain();
    } while (again);
  };
  return {
    wake(): Promise<void> {
      if (loop) {
        again = true;
        return loop;
      }
      loop = run().catch(onError).finally(() => { loop = null; });
      return loop;
    },
    /** Resolves when nothing runs (tests, and the bench). */
    async whenIdle(): Promise<void> {
      while (loop) await loop;
    },
  };
}
