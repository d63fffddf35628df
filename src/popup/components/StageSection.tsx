import { useState } from 'preact/hooks';
import { stageRank } from '../../core/lead/qualification';
import { STAGES, type Stage } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import type { LeadView } from '../../shared/messages';
import type { NextStepInput } from '../lead-actions';
import { stageLabel } from '../../shared/labels';
import { stageNeeds } from '../labels';
import { NextStepForm } from './NextStepForm';
import { Section } from './Section';

interface Props {
  view: LeadView;
  busy: boolean;
  onRecordNeed: (text: string) => void;
  onSetNextStep: (step: NextStepInput) => void;
  onQualify: (step: NextStepInput) => void;
  onStage: (stage: Stage) => void;
}


/** What the lead still lacks for `stage`, as the background's view shows it. */
function stageMet(view: LeadView, stage: Stage): boolean {
  const q = view.lead.qualification;
  switch (stage) {
    case 'needs-research': return true;
    case 'unqualified': return view.completeness.complete;
    case 'pre-qualified': return view.completeness.complete && Boolean(q?.need?.text);
    case 'qualified': return stageRank(view.supportedStage) >= stageRank('qualified');
  }
}

/** The qualification stage, what each stage needs, and the forms that move the lead up. */
export function StageSection({ view, busy, onRecordNeed, onSetNextStep, onQualify, onStage }: Props) {
  const storedNeed = view.lead.qualification?.need?.text ?? '';
  const [need, setNeed] = useState(storedNeed);
  const canStepUp = stageRank(view.stage) < stageRank(view.supportedStage) && view.supportedStage !== 'qualified';
  const summary = (
    <span class={`stage stage-${view.stage}`} data-testid="stage" data-stage={view.stage}>
      {stageLabel(view.stage)}
    </span>
  );
  return (
    <Section id="stage" title={t('sectionStage')} summary={summary} open={view.completeness.complete}>
      <ol class="ladder">
        {STAGES.map((stage) => (
          <li key={stage} class={`${stage === view.stage ? 'current' : ''} ${stageMet(view, stage) ? 'met' : ''}`} aria-current={stage === view.stage ? 'step' : undefined}>
            <span class="stage-name">{stageLabel(stage)}</span>
            <span class="stage-needs">{stageNeeds(stage)}</span>
          </li>
        ))}
      </ol>
      {canStepUp && (
        <button type="button" data-action="stage-up" disabled={busy} onClick={() => onStage(view.supportedStage)}>
          {t('stageMoveTo', stageLabel(view.supportedStage))}
        </button>
      )}
      {!view.completeness.complete && <p class="hint" data-role="stage-blocked">{t('stageNeedsContact')}</p>}
      <form
        class="need"
        onSubmit={(e) => {
          e.preventDefault();
          if (need.trim()) onRecordNeed(need);
        }}
      >
        <label for="need-text">{t('needLabel')}</label>
        <textarea id="need-text" rows={2} maxLength={2000} value={need} placeholder={t('needPlaceholder')} onInput={(e) => setNeed((e.currentTarget as HTMLTextAreaElement).value)} />
        <button type="submit" data-action="record-need" disabled={busy || !need.trim() || need.trim() === storedNeed}>
          {t('recordNeed')}
        </button>
      </form>
      <NextStepForm view={view} busy={busy} onSave={onSetNextStep} onQualify={onQualify} />
    </Section>
  );
}
