import type { Provenance as Source } from '../../core/lead/types';
import { t, uiLocale } from '../../shared/i18n';
import { methodLabel } from '../../shared/labels';
import { formatDateTime } from '../../shared/format';

const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/** Where a value came from and when. Page text (URL, snippet) is rendered as text only. */
export function Provenance({ source }: { source: Source }) {
  const when = formatDateTime(source.at, uiLocale());
  if (source.kind === 'typed') return <span class="source">{t('provenance_typed')} · {when}</span>;
  if (source.kind === 'imported') {
    return <span class="source">{t('provenance_imported')}{source.batch ? ` (${source.batch})` : ''} · {when}</span>;
  }
  return (
    <span class="source" title={source.snippet}>
      {t('optProvenanceDetected', methodLabel(source.method))} ·{' '}
      {isWebUrl(source.url) ? <a href={source.url} target="_blank" rel="noopener noreferrer">{source.url}</a> : source.url} · {when}
    </span>
  );
}
