import { appError } from '../../core/errors';
import { errorText } from '../../shared/error-text';
import { messages, t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { formatNumber } from '../labels';
import type { Status } from '../use-tab-state';

/** The page-reading status the end-to-end tests wait on: data-status running | done | error. */
export function StatusLine({ status, state }: { status: Status; state: TabState | null }) {
  let text = t('statusReading');
  if (status === 'error') text = t('statusError');
  else if (status === 'done' && state?.detection) text = t('statusRead', formatNumber(Math.max(1, Math.round(state.detection.elapsedMs))));
  else if (status === 'done') text = errorText(state?.detectionError ?? appError('page-failed'), messages);
  return (
    <p data-testid="detect-status" data-status={status} class={`status ${status}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
