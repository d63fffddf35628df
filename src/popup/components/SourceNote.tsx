import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { methodLabel } from '../../shared/labels';

interface Props {
  method: string;
  snippet?: string | undefined;
  /** The page the value was read on. */
  url?: string | undefined;
}

/**
 * Where a value came from: the method, and on hover or on click the page text and the page address.
 * Page text is rendered as text, never as markup.
 */
export function SourceNote({ method, snippet, url }: Props) {
  const [open, setOpen] = useState(false);
  const hover = [snippet, url].filter(Boolean).join('\n');
  if (!snippet && !url) return <span class="source">{methodLabel(method)}</span>;
  return (
    <span class="source-wrap" data-source-url={url}>
      <button
        type="button"
        class="source link"
        title={hover}
        aria-expanded={open}
        aria-label={t('sourceShow', methodLabel(method))}
        onClick={() => setOpen(!open)}
      >
        {methodLabel(method)}
      </button>
      {open && (
        <span class="source-detail" data-role="source">
          {snippet && <q class="snippet">{snippet}</q>}
          {url && <span class="url">{url}</span>}
        </span>
      )}
    </span>
  );
}
