import { useEffect, useState } from 'preact/hooks';
import { appError, Failure, type AppError } from '../../core/errors';
import { errorText } from '../../shared/error-text';
import { failureText, messages, t } from '../../shared/i18n';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { checkSettings, type SavePart } from '../settings-model';
import { AutoDetectSites } from './AutoDetectSites';
import { ProfileEditor } from './ProfileEditor';
import { ResearchSettings } from './ResearchSettings';
import { RetentionEditor } from './RetentionEditor';
import { ScoringEditor } from './ScoringEditor';

export function SettingsSection({ hidden }: { hidden: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<AppError[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (hidden) return;
    send({ type: 'settings.get' })
      .then((r) => { setSettings(r.settings); setProblems(r.problems); setError(null); })
      .catch((err: unknown) => setError(failureText(err)));
  }, [hidden]);

  // Each editor sends only its own part; the background applies it to the settings as stored at that
  // moment, so two saves (this page, another tab, the popup) never undo each other.
  const save: SavePart = async (patch) => {
    // Checked here as well as in the background, so the rep sees what is wrong before anything is sent.
    const check = settings ? checkSettings({ ...settings, ...patch }) : null;
    if (check && !check.ok) throw new Failure(appError('settings-invalid', { path: check.issues[0]?.path ?? '' }));
    const saved = await send({ type: 'settings.update', patch });
    setSettings(saved);
    setProblems([]);
  };
  // The sites list changes through its own requests, which answer with the origins only.
  const setOrigins = (autoDetectOrigins: string[]) => setSettings((s) => (s ? { ...s, autoDetectOrigins } : s));

  return (
    <section hidden={hidden} data-section="settings">
      <h2>{t('optNavSettings')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {problems.length > 0 && (
        <div class="error" role="alert" data-testid="settings-problems">
          <p>{t('optSettingsProblems')}</p>
          <ul>{problems.map((p) => errorText(p, messages)).map((text) => <li key={text}>{text}</li>)}</ul>
        </div>
      )}
      {settings && (
        <>
          <ProfileEditor settings={settings} save={save} />
          <ScoringEditor settings={settings} save={save} />
          <RetentionEditor settings={settings} save={save} />
          <AutoDetectSites settings={settings} onChange={setOrigins} />
          <ResearchSettings settings={settings} save={save} />
        </>
      )}
    </section>
  );
}
