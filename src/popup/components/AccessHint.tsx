import { useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import { failureText, t } from '../../shared/i18n';
import { send } from '../../shared/send';

interface Props {
  inSidePanel: boolean;
  /** The page's address when the browser lets us see it ("" otherwise). */
  url: string;
  onGranted: () => void;
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Leadfill reads a page only when the rep asks (toolbar button or shortcut, which grants activeTab) or
 * on sites they turned automatic detection on for: say so instead of showing an empty lead.
 */
export function AccessHint({ inSidePanel, url, onGranted }: Props) {
  const origin = originOf(url);
  const [error, setError] = useState<string | null>(null);
  const enable = async () => {
    if (!origin) return;
    try {
      // Must run in the click itself: browsers grant permissions only during a user gesture.
      const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
      if (!granted) return;
      await send({ type: 'sites.enableAutoDetect', origin });
      onGranted();
    } catch (err) {
      setError(failureText(err));
    }
  };
  return (
    <div class="hint-box" data-testid="no-access" role="note">
      <p>{inSidePanel ? t('noAccessSidePanel') : t('noAccessPopup')}</p>
      <p>{t('noAccessAuto')}</p>
      <div class="buttons">
        {origin && (
          <button type="button" data-action="enable-auto-detect" onClick={() => void enable()}>
            {t('enableAutoDetect', new URL(origin).host)}
          </button>
        )}
        <button type="button" class="secondary" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
