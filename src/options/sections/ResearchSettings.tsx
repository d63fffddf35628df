/**
 * Research settings: "research automatically" (the popup researches the site of an incomplete lead by
 * itself where Leadfill may read it) and host access to all sites, granted once here so research stops
 * asking per site, and returned here too.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { ALL_SITES } from '../research-plan';
import type { SavePart } from '../settings-model';
import { useAction } from '../use-action';

export function ResearchSettings({ settings, save }: { settings: Settings; save: SavePart }) {
  const { busy, error, run } = useAction();
  const [allSites, setAllSites] = useState<boolean | null>(null);
  const check = async () => setAllSites(await browser.permissions.contains({ origins: ALL_SITES }));

  useEffect(() => {
    check().catch(() => setAllSites(false));
  }, []);

  // The request comes first in the click: browsers grant only during the rep's gesture.
  const allow = () => run(async () => {
    await browser.permissions.request({ origins: ALL_SITES });
    await check();
  });
  // Returns only the all-sites grant: sites granted one by one (automatic detection, research) keep theirs.
  const revoke = () => run(async () => {
    await browser.permissions.remove({ origins: ALL_SITES });
    await check();
  });

  return (
    <section class="card" data-testid="research-settings">
      <h3>{t('optResearchSettingsTitle')}</h3>
      <label>
        <input type="checkbox" data-testid="research-auto" checked={settings.research.auto} disabled={busy}
          onChange={(e) => void run(() => save({ research: { auto: e.currentTarget.checked } }))} />{' '}
        {t('optResearchAuto')}
      </label>
      <p class="muted">{t('optResearchAutoHint')}</p>
      <p data-testid="research-all-sites" data-granted={allSites === null ? '' : String(allSites)}>
        {allSites ? t('optResearchAllSitesOn') : t('optResearchAllSitesOff')}{' '}
        {allSites === false && <button type="button" class="secondary" data-action="research-allow-all-sites" disabled={busy} onClick={() => void allow()}>{t('optResearchAllSitesAllow')}</button>}
        {allSites && <button type="button" class="secondary" data-action="research-remove-all-sites" disabled={busy} onClick={() => void revoke()}>{t('optResearchAllSitesRemove')}</button>}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
