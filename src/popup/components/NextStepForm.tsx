import { useState } from 'preact/hooks';
import { stageRank } from '../../core/lead/qualification';
import { CHANNELS, type Channel } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import type { LeadView } from '../../shared/messages';
import { stepChanged, type NextStepInput } from '../lead-actions';
import { channelLabel, formatDay } from '../labels';

interface Props {
  view: LeadView;
  busy: boolean;
  onSave: (step: NextStepInput) => void;
  onQualify: (step: NextStepInput) => void;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}


/** A concrete next step (date, channel, note), and "qualify" once the data supports it. */
export function NextStepForm({ view, busy, onSave, onQualify }: Props) {
  const stored = view.lead.qualification?.nextStep;
  const [step, setStep] = useState<NextStepInput>({ date: stored?.date ?? '', channel: stored?.channel ?? 'call', note: stored?.note ?? '' });
  const changed = stepChanged(view, step);
  const qualified = view.stage === 'qualified';
  // Offered only when the background's view supports it: saved step, or a need plus a date typed here.
  const canQualify = !qualified && (stageRank(view.supportedStage) >= stageRank('qualified') || (stageRank(view.supportedStage) >= stageRank('pre-qualified') && Boolean(step.date)));
  const update = (patch: Partial<NextStepInput>) => setStep({ ...step, ...patch });
  return (
    <form
      class="next-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) onSave(step);
      }}
    >
      <fieldset>
        <legend>{t('nextStepTitle')}</legend>
        {stored && (
          <p class="stored-step" data-role="next-step">
            {t('nextStepStored', [formatDay(stored.date), channelLabel(stored.channel)])}
          </p>
        )}
        <div class="row">
          <label>
            {t('nextStepDate')}
            <input type="date" required min={today()} value={step.date} onInput={(e) => update({ date: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            {t('nextStepChannel')}
            <select value={step.channel} onChange={(e) => update({ channel: (e.currentTarget as HTMLSelectElement).value as Channel })}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>{channelLabel(c)}</option>
              ))}
            </select>
          </label>
        </div>
        <label class="note">
          {t('nextStepNote')}
          <input type="text" maxLength={500} value={step.note} onInput={(e) => update({ note: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <div class="buttons">
          <button type="submit" class="secondary" data-action="set-next-step" disabled={busy || !changed}>
            {t('nextStepSave')}
          </button>
          {!qualified && (
            <button type="button" data-action="qualify" disabled={busy || !canQualify} onClick={() => onQualify(step)}>
              {t('qualify')}
            </button>
          )}
        </div>
        {!qualified && !canQualify && stageRank(view.supportedStage) < stageRank('pre-qualified') && view.completeness.complete && (
          <p class="hint">{t('qualifyNeedsNeed')}</p>
        )}
      </fieldset>
    </form>
  );
}
