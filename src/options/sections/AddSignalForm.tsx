import { useState } from 'preact/hooks';
import { validateRuleSet, type RuleSet } from '../../core/lead/scoring';
import { t } from '../../shared/i18n';
import { addTickedRule, issuesByPath, parseWhole, suggestSignalId } from '../rules-model';
import { FieldErrors } from './FieldErrors';

/** A signal the rep ticks on a lead (e.g. "trade fair contact"), with its points. */
export function AddSignalForm({ ruleSet, onAdd }: { ruleSet: RuleSet; onAdd: (flag: string, label: string, points: number) => void }) {
  const [label, setLabel] = useState('');
  const [flag, setFlag] = useState('');
  const [flagEdited, setFlagEdited] = useState(false);
  const [points, setPoints] = useState('10');
  const [tried, setTried] = useState(false);

  const id = flagEdited ? flag : suggestSignalId(label);
  // Checked as part of the whole set, so a taken id is reported here, before it is added.
  const check = validateRuleSet(addTickedRule(ruleSet, id, label, parseWhole(points)));
  const at = `rules.${ruleSet.rules.length}`;
  // Only what is wrong with the new rule counts here; the rest of the set has its own errors shown.
  const own = check.ok ? [] : check.errors.filter((e) => e.path === 'rules' || e.path.startsWith(`${at}.`));
  const issues = issuesByPath(own.map((e) => ({ path: e.path === 'rules' ? 'rules' : e.path.slice(at.length + 1), rule: e.rule })));

  const add = () => {
    setTried(true);
    if (own.length) return;
    onAdd(id, label, parseWhole(points));
    setLabel('');
    setFlag('');
    setFlagEdited(false);
    setPoints('10');
    setTried(false);
  };

  return (
    <fieldset class="add-signal" data-testid="add-signal">
      <legend>{t('optAddSignal')}</legend>
      <div class="row">
        <label>
          {t('optRuleLabel')}
          <input type="text" name="new-label" value={label} maxLength={80} onInput={(e) => setLabel(e.currentTarget.value)} />
          {tried && <FieldErrors issues={issues} path="label" />}
        </label>
        <label>
          {t('optSignalId')}
          <input type="text" name="new-flag" value={id} maxLength={40} pattern="[a-z0-9][a-z0-9\-]{0,39}"
            onInput={(e) => { setFlagEdited(true); setFlag(e.currentTarget.value); }} />
          {tried && <FieldErrors issues={issues} path="flag" />}
          {tried && <FieldErrors issues={issues} path="rules" />}
        </label>
        <label>
          {t('optRulePoints')}
          <input type="number" name="new-points" class="narrow" step={1} min={-100} max={100} value={points} onInput={(e) => setPoints(e.currentTarget.value)} />
          {tried && <FieldErrors issues={issues} path="points" />}
        </label>
        <button type="button" class="secondary" data-action="add-signal" onClick={add}>{t('optAdd')}</button>
      </div>
    </fieldset>
  );
}
