import { useEffect, useState } from 'preact/hooks';
import { validateRuleSet, type RuleSet } from '../../core/lead/scoring';
import { t } from '../../shared/i18n';
import { keyPart } from '../../shared/message-keys';
import type { Settings } from '../../shared/settings';
import type { SavePart } from '../settings-model';
import { ruleLabel } from '../../shared/labels';
import { addTickedRule, issuesByPath, parseWhole, removeRule, updateRule } from '../rules-model';
import { useAction } from '../use-action';
import { AddSignalForm } from './AddSignalForm';
import { FieldErrors } from './FieldErrors';

const numberText = (n: number): string => (Number.isFinite(n) ? String(n) : '');

export function ScoringEditor({ settings, save }: { settings: Settings; save: SavePart }) {
  const [draft, setDraft] = useState<RuleSet>(settings.scoring);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  useEffect(() => setDraft(settings.scoring), [JSON.stringify(settings.scoring)]);

  const validation = validateRuleSet(draft);
  const issues = issuesByPath(validation.ok ? [] : validation.errors);
  const edit = (next: RuleSet) => { setSaved(false); setDraft(next); };

  return (
    <section class="card" data-testid="scoring-editor">
      <h3>{t('optScoringTitle')}</h3>
      <p class="muted">{t('optScoringIntro')}</p>
      <table class="rules">
        <thead>
          <tr>
            <th>{t('optRuleLabel')}</th>
            <th>{t('optRuleSignal')}</th>
            <th class="num">{t('optRulePoints')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.rules.map((rule, i) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <input type="text" name={`label-${rule.id}`} value={ruleLabel(rule.id, rule.label)} maxLength={80} aria-label={t('optRuleLabel')}
                  onInput={(e) => edit(updateRule(draft, i, { label: e.currentTarget.value }))} />
                <FieldErrors issues={issues} path={`rules.${i}.label`} />
              </td>
              <td>
                {rule.signal === 'ticked' ? <span>{t('optSignalTicked')} <code>{rule.flag}</code></span> : t(`optSignal_${keyPart(rule.signal)}`)}
                <FieldErrors issues={issues} path={`rules.${i}.id`} />
                <FieldErrors issues={issues} path={`rules.${i}.flag`} />
              </td>
              <td class="num">
                <input type="number" name={`points-${rule.id}`} class="narrow" step={1} min={-100} max={100} value={numberText(rule.points)} aria-label={t('optRulePoints')}
                  onInput={(e) => edit(updateRule(draft, i, { points: parseWhole(e.currentTarget.value) }))} />
                <FieldErrors issues={issues} path={`rules.${i}.points`} />
              </td>
              <td>
                <button type="button" class="secondary" aria-label={t('optRemoveRule', rule.label)} onClick={() => edit(removeRule(draft, i))}>{t('optRemove')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FieldErrors issues={issues} path="rules" />
      <div class="row">
        <label>
          {t('optThreshold')}
          <input type="number" name="threshold" class="narrow" min={1} max={1000} step={1} value={numberText(draft.threshold)}
            onInput={(e) => edit({ ...draft, threshold: parseWhole(e.currentTarget.value) })} />
          <FieldErrors issues={issues} path="threshold" />
        </label>
      </div>
      <AddSignalForm ruleSet={draft} onAdd={(flag, label, points) => edit(addTickedRule(draft, flag, label, points))} />
      <div class="row">
        <button type="button" data-action="save-scoring" disabled={busy || !validation.ok}
          onClick={() => run(async () => { if (validation.ok) await save({ scoring: validation.value }); setSaved(true); })}>{t('optSave')}</button>
        {saved && <span class="ok" role="status">{t('optSaved')}</span>}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
