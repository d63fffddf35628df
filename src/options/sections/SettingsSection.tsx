import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { checkSettings } from '../settings-model';
import { errorText } from '../use-action';
import { AutoDetectSites } from './AutoDetectSites';
import { ProfileEditor } from './ProfileEditor';
import { RetentionEditor } from './RetentionEditor';
import { ScoringEditor } from './ScoringEditor';

/** Saves a part of the settings; a function patch is applied to the settings as saved at that moment. */
export type SavePart = (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => Promise<void>;

export function SettingsSection({ hidden }: { hidden: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (hidden) return;
    send({ type: 'settings.get' })
      .then((r) => { setSettings(r.settings); setProblems(r.problems); setError(null); })
      .catch((err: unknown) => setError(errorText(err)));
  }, [hidden]);

  // Each editor saves its own part on top of the latest saved settings, one save after the other,
  // so two quick saves of different parts never undo each other.
  const latest = useRef<Settings | null>(null);
  latest.current = settings;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save: SavePart = (patch) => {
    const next = queue.current.catch(() => {}).then(async () => {
      if (!latest.current) return;
      // Checked here as well as in the background, so the rep sees what is wrong before anything is sent.
      const current = latest.current;
      const check = checkSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
      if (!check.ok) throw new Error(t('optSettingsInvalid'));
      const saved = await send({ type: 'settings.set', settings: check.settings });
      latest.current = saved;
      setSettings(saved);
      setProblems([]);
    });
    queue.current = next;
    return next;
  };

  return (
    <section hidden={hidden} data-section="settings">
      <h2>{t('optNavSettings')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {problems.length > 0 && (
        <div class="error" role="alert" data-testid="settings-problems">
          <p>{t('optSettingsProblems')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {settings && (
        <>
          <ProfileEditor settings={settings} save={save} />
          <ScoringEditor settings={settings} save={save} />
          <RetentionEditor settings={settings} save={save} />
          <AutoDetectSites settings={settings} save={save} />
        </>
      )}
    </section>
  );
}
