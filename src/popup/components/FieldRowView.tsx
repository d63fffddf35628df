import type { LeadField } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import type { FieldRow } from '../fields-view';
import { SourceNote } from './SourceNote';

interface Props {
  row: FieldRow;
  canFill: boolean;
  onFill: (field: LeadField, value: string) => void;
}

export function FieldRowView({ row, canFill, onFill }: Props) {
  const { field, state, stored, found } = row;
  return (
    <li class={`field ${state}`} data-field={field} data-state={state}>
      <span class="label">{t(`field_${field}`)}</span>
      {stored ? (
        <span class="stored">
          <span data-role="value">{stored.value}</span>
          {stored.source.kind === 'detected' && <SourceNote source={stored.source} />}
          {stored.source.kind !== 'detected' && <span class="source">{t(`provenance_${stored.source.kind}`)}</span>}
        </span>
      ) : (
        !found.length && <span class="empty">{t('notFound')}</span>
      )}
      {!stored && found.length > 0 && (
        <ul class="found">
          {found.map((s) => (
            <li key={s.value}>
              <span data-role="found">{s.value}</span>
              <SourceNote source={s.source} />
              <button type="button" data-action="fill" disabled={!canFill} onClick={() => onFill(field, s.value)}>
                {t('fill')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
