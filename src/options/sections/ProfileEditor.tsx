import { useEffect, useState } from 'preact/hooks';
import type { Requirement } from '../../core/lead/completeness';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { fieldLabel } from '../../shared/labels';
import { describeRequirement, profileChoices, toggleRequirement } from '../profile-model';
import { issuesByPath } from '../rules-model';
import { checkSettings, issuesUnder, type SavePart } from '../settings-model';
import { useAction } from '../use-action';
import { FieldErrors } from './FieldErrors';

const KIND_KEYS = { default: 'optProfileDefaults', custom: 'optProfileCustom', field: 'optProfileFields' } as const;

export function ProfileEditor({ settings, save }: { settings: Settings; save: SavePart }) {
  const [draft, setDraft] = useState<Requirement[]>(settings.profile);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  // Reset only when the saved profile itself changed, not when another part was saved.
  useEffect(() => setDraft(settings.profile), [JSON.stringify(settings.profile)]);

  const check = checkSettings({ ...settings, profile: draft });
  const issues = issuesByPath(check.ok ? [] : issuesUnder(check.issues, 'profile'));
  const choices = profileChoices(draft);
  const groups = (['default', 'custom', 'field'] as const).map((kind) => ({ kind, items: choices.filter((c) => c.kind === kind) })).filter((g) => g.items.length);

  return (
    <section class="card" data-testid="profile-editor">
      <h3>{t('optProfileTitle')}</h3>
      <p class="muted">{t('optProfileIntro')}</p>
      {groups.map((g) => (
        <fieldset key={g.kind}>
          <legend>{t(KIND_KEYS[g.kind])}</legend>
          <div class="choices">
            {g.items.map(({ requirement, checked }) => (
              <label key={requirement.id} class="check">
                <input type="checkbox" data-requirement={requirement.id} checked={checked}
                  onChange={(e) => { setSaved(false); setDraft(toggleRequirement(draft, requirement, e.currentTarget.checked)); }} />
                {describeRequirement(requirement, fieldLabel)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <FieldErrors issues={issues} path="profile" />
      <div class="row">
        <button type="button" data-action="save-profile" disabled={busy || !check.ok} onClick={() => run(async () => { await save({ profile: draft }); setSaved(true); })}>{t('optSave')}</button>
        {saved && <span class="ok" role="status">{t('optSaved')}</span>}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
