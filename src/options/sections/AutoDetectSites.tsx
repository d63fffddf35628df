import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { originPattern, withoutOrigin } from '../settings-model';
import { useAction } from '../use-action';
import type { SavePart } from './SettingsSection';

/** Sites where the rep turned on automatic detection (from the popup); removing also returns the host permission. */
export function AutoDetectSites({ settings, save }: { settings: Settings; save: SavePart }) {
  const { busy, error, run } = useAction();
  const remove = (origin: string) => run(async () => {
    // Permission first: a site still listed without permission only fails to detect, the reverse would keep access.
    await browser.permissions.remove({ origins: [originPattern(origin)] });
    await save((current) => ({ autoDetectOrigins: withoutOrigin(current, origin).autoDetectOrigins }));
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
