import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../shared/error-text';
import { messages, t, tOr, uiLocale } from '../../shared/i18n';
import type { JobView } from '../../shared/messages';
import { send } from '../../shared/send';
import { formatNumber } from '../../shared/format';
import { newlyDone, visibleJobs } from '../jobs-model';
import { watchJobs } from '../jobs-watch';
import { useAction } from '../use-action';

/**
 * Work the background does for the rep (re-scoring after a rules change, imports, research): progress,
 * pause, resume, cancel. Shown above every section while something runs; `onDone` lets lists reload.
 */
export function JobsPanel({ onDone }: { onDone: () => void }) {
  const [jobs, setJobs] = useState<JobView[]>([]);
  const last = useRef<JobView[]>([]);
  const { busy, error, run } = useAction();
  const locale = uiLocale();

  useEffect(() => {
    const take = (next: JobView[]) => {
      if (newlyDone(last.current, next).length && last.current.length) onDone();
      last.current = next;
      setJobs(next);
    };
    const stop = watchJobs(take);
    send({ type: 'jobs.list' }).then(take).catch(() => {});
    return stop;
  }, []);

  const shown = visibleJobs(jobs);
  if (!shown.length) return null;
  const act = (type: 'jobs.pause' | 'jobs.resume' | 'jobs.cancel', id: string) => run(async () => { await send({ type, id }); });

  return (
    <section class="card jobs" aria-label={t('jobsTitle')} data-testid="jobs">
      {shown.map((job) => (
        <div key={job.id} class="job" data-testid="job" data-kind={job.kind} data-state={job.state}>
          <strong>{tOr(`jobKind_${job.kind}`, job.kind)}</strong>{' '}
          <span class="muted">{t(`jobState_${job.state}`)}</span>
          <p class="progress">
            <progress max={job.progress.total ?? 1} value={job.progress.total === null ? undefined : job.progress.done} />{' '}
            {job.progress.total === null ? formatNumber(job.progress.done, locale) : t('jobProgress', [formatNumber(job.progress.done, locale), formatNumber(job.progress.total, locale)])}
          </p>
          {job.error && <p class={job.state === 'failed' ? 'error' : 'muted'} role={job.state === 'failed' ? 'alert' : undefined}>{errorText(job.error, messages)}</p>}
          {job.state === 'running' && <button type="button" class="secondary" data-action="job-pause" disabled={busy} onClick={() => act('jobs.pause', job.id)}>{t('jobPause')}</button>}
          {job.state === 'paused' && <button type="button" data-action="job-resume" disabled={busy} onClick={() => act('jobs.resume', job.id)}>{t('jobResume')}</button>}{' '}
          {job.state !== 'failed' && <button type="button" class="secondary" data-action="job-cancel" disabled={busy} onClick={() => act('jobs.cancel', job.id)}>{t('jobCancel')}</button>}
        </div>
      ))}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
