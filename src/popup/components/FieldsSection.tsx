import { t } from '../../shared/i18n';
import type { FieldGroups } from '../fields-view';
import { FieldRowView, type RowHandlers } from './FieldRowView';

interface Props extends RowHandlers {
  groups: FieldGroups;
  pageUrl: string;
  busy: boolean;
  onFillAll: () => void;
}

/** The lead's fields: missing ones first with what the page offers, then the stored data. */
export function FieldsSection({ groups, pageUrl, busy, onFillAll, ...handlers }: Props) {
  const { primary, more, fillable } = groups;
  return (
    <section class="fields-section" aria-label={t('sectionFields')}>
      {fillable > 0 && (
        <button type="button" class="fill-all" data-action="fill-all" disabled={busy} onClick={onFillAll}>
          {t('fillAllMissing', String(fillable))}
        </button>
      )}
      <ul class="fields" data-testid="fields">
        {primary.map((row) => (
          <FieldRowView key={row.field} row={row} pageUrl={pageUrl} busy={busy} {...handlers} />
        ))}
      </ul>
      {more.length > 0 && (
        <details class="more-fields">
          <summary>{t('moreFields', String(more.length))}</summary>
          <ul class="fields">
            {more.map((row) => (
              <FieldRowView key={row.field} row={row} pageUrl={pageUrl} busy={busy} {...handlers} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
