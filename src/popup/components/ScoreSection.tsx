import type { Score } from '../../core/lead/scoring';
import { t, tOr } from '../../shared/i18n';
import { ruleLabel } from '../../shared/labels';
import { dataKeyPart } from '../../shared/message-keys';
import { formatNumber } from '../labels';
import type { Tickable } from '../score-view';
import { Section } from './Section';

interface Props {
  score: Score;
  signals: Tickable[];
  ticked: readonly string[];
  busy: boolean;
  onOpen: () => void;
  onSignal: (flag: string, on: boolean) => void;
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** The lead score with its breakdown, handover readiness and the signals the rep ticks. */
export function ScoreSection({ score, signals, ticked, busy, onOpen, onSignal }: Props) {
  const summary = (
    <span class="score" data-testid="score" data-points={score.total} data-ready={score.ready ? 'true' : 'false'}>
      {t('scorePoints', [formatNumber(score.total), formatNumber(score.threshold)])}
      {score.ready && <span class="badge ok" data-role="ready">{t('readyForHandover')}</span>}
    </span>
  );
  return (
    <Section id="score" title={t('sectionScore')} summary={summary} onOpen={onOpen}>
      <ul class="breakdown">
        {score.breakdown.map((line) => (
          <li key={line.ruleId} class={line.met ? 'met' : 'unmet'} data-rule={line.ruleId} data-met={line.met ? 'true' : 'false'}>
            <span class="check" aria-hidden="true">{line.met ? '✓' : '○'}</span>
            <span class="rule-label">{ruleLabel(line.ruleId, line.label)}</span>
            <span class="points">{signed(line.points)}</span>
            <span class="sr-only">{line.met ? t('ruleMet') : t('ruleNotMet')}</span>
          </li>
        ))}
      </ul>
      {!score.ready && <p class="hint">{t('scoreToGo', formatNumber(score.threshold - score.total))}</p>}
      <fieldset class="signals">
        <legend>{t('signalsTitle')}</legend>
        {signals.map(({ flag, rule }) => (
          <label key={flag} class="signal">
            <input
              type="checkbox"
              data-signal={flag}
              checked={ticked.includes(flag)}
              disabled={busy}
              onChange={(e) => onSignal(flag, (e.currentTarget as HTMLInputElement).checked)}
            />
            {rule ? ruleLabel(rule.id, rule.label) : tOr(`signal_${dataKeyPart(flag)}`, flag)}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
