import { t } from '../../shared/i18n';

/** Where a value came from, e.g. "tel: link" with the page snippet on hover. Text only, never HTML. */
export function SourceNote({ source }: { source: { method: string; snippet?: string | undefined } }) {
  return (
    <span class="source" title={source.snippet}>
      {t(`method_${source.method.replace(/-/g, '_')}`)}
    </span>
  );
}
