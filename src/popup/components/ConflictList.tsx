import type { FieldValue, LeadField } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import { SourceNote } from './SourceNote';

interface Props {
  field: LeadField;
  label: string;
  stored: FieldValue;
  conflicts: FieldValue[];
  busy: boolean;
  onResolve: (field: LeadField, action: 'keep' | 'replace', index?: number) => void;
}

/** A detected value that differs from the stored one: both shown, the rep keeps or replaces. */
export function ConflictList({ field, label, stored, conflicts, busy, onResolve }: Props) {
  return (
    <div class="conflicts" data-role="conflicts" role="group" aria-label={t('conflictTitle', label)}>
      <p class="conflict-title">{t('conflictTitle', label)}</p>
      <ul>
        {conflicts.map((c, index) => (
          <li key={`${index}:${c.value}`} data-role="conflict">
            <span data-role="conflict-value">{c.value}</span>
            {c.source.kind === 'detected' ? <SourceNote method={c.source.method} snippet={c.source.snippet} url={c.source.url} /> : <span class="source">{t(`provenance_${c.source.kind}`)}</span>}
            <button type="button" data-action="replace" disabled={busy} aria-label={t('conflictReplace', [stored.value, c.value])} onClick={() => onResolve(field, 'replace', index)}>
              {t('replace')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" data-action="keep" disabled={busy} aria-label={t('conflictKeep', stored.value)} onClick={() => onResolve(field, 'keep')}>
        {t('keepValue', stored.value)}
      </button>
    </div>
  );
}
