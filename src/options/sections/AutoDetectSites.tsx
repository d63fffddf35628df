import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { useAction } from '../use-action';

/** Sites where the rep turned on automatic detection (from the popup); removing also returns the host permission. */
export function AutoDetectSites({ settings, onChange }: { settings: Settings; onChange: (origins: string[]) => void }) {
  const { busy, error, run } = useAction();
  // The background takes the site out of the stored list, unregisters its script, clears its badges and
  // returns the host permission unless another chosen site needs the same one (handlers-sites.ts).
  const remove = (origin: string) => run(async () => {
    onChange((await send({ type: 'sites.disableAutoDetect', origin })).origins);
  });
  return (
    <section class="card" data-testid="auto-detect-sites">
      <h3>{t('optAutoTitle')}</h3>
      <p class="muted">{t('optAutoIntro')}</p>
      {settings.autoDetectOrigins.length === 0 && <p class="muted">{t('optAutoNone')}</p>}
      <ul class="origins">
        {settings.autoDetectOrigins.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>{' '}
            <button type="button" class="secondary" data-origin={origin} disabled={busy} onClick={() => remove(origin)}>{t('optRemove')}</button>
          </li>
        ))}
      </ul>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
