import { t } from '../../shared/i18n';
import type { SocialRow } from '../socials-view';
import { Section } from './Section';
import { SourceNote } from './SourceNote';

interface Props {
  socials: SocialRow[];
  pageUrl: string;
  busy: boolean;
  onAdd: (url: string) => void;
}

/** The organisation's own profiles (LinkedIn, XING, …) the page links to. URLs are shown as text, not links. */
export function SocialsSection({ socials, pageUrl, busy, onAdd }: Props) {
  if (!socials.length) return null;
  return (
    <Section id="socials" title={t('socialsFound')} summary={String(socials.length)} open>
      <ul class="socials" data-testid="socials">
        {socials.map((s) => (
          <li key={s.url} data-social={s.url} data-added={s.added ? 'true' : 'false'}>
            <div class="social">
              {s.network && <strong>{s.network}</strong>} <span class="url">{s.url}</span>
              <SourceNote method={s.method} snippet={s.snippet} url={pageUrl} />
            </div>
            {s.added ? (
              <span class="person-done">{t('socialAdded')}</span>
            ) : (
              <button type="button" class="secondary" data-action="add-social" disabled={busy} onClick={() => onAdd(s.url)}>
                {t('addSocial')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
