import { useState } from 'preact/hooks';
import { certaintyOf, rightInTen } from '../../core/lead/certainty';
import type { FieldValue, LeadField } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import type { FieldRow } from '../fields-view';
import { fieldLabel } from '../../shared/labels';
import { ConflictList } from './ConflictList';
import { FieldEditor } from './FieldEditor';
import { SourceNote } from './SourceNote';

export interface RowHandlers {
  onFill: (field: LeadField, value: string) => void;
  onEdit: (field: LeadField, value: string) => Promise<boolean>;
  onResolve: (field: LeadField, action: 'keep' | 'replace', index?: number) => void;
}

interface Props extends RowHandlers {
  row: FieldRow;
  /** The page the found values come from. */
  pageUrl: string;
  busy: boolean;
}

function Provenance({ value }: { value: FieldValue }) {
  const s = value.source;
  if (s.kind === 'detected') return <SourceNote method={s.method} snippet={s.snippet} url={s.url} />;
  return <span class="source">{t(`provenance_${s.kind}`)}</span>;
}

export function FieldRowView({ row, pageUrl, busy, onFill, onEdit, onResolve }: Props) {
  const { field, state, stored, found, conflicts, required } = row;
  const [editing, setEditing] = useState(false);
  const label = fieldLabel(field);
  return (
    <li class={`field ${state}${required ? ' required' : ''}`} data-field={field} data-state={state} data-required={required ? 'true' : undefined}>
      <span class="label">
        {label}
        {required && <span class="req" title={t('requiredField')}> *</span>}
      </span>
      <div class="content">
        {editing ? (
          <FieldEditor
            label={label}
            initial={stored?.value ?? ''}
            busy={busy}
            onSave={async (value) => {
              if (await onEdit(field, value)) setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          (stored || !found.length) && (
            <div class="stored">
              {stored ? <span data-role="value">{stored.value}</span> : <span class="empty">{t('notFound')}</span>}
              {stored && <Provenance value={stored} />}
            </div>
          )
        )}
        {conflicts.length > 0 && stored && <ConflictList field={field} label={label} stored={stored} conflicts={conflicts} busy={busy} onResolve={onResolve} />}
        {found.length > 0 && (
          <ul class="found">
            {found.map((s) => (
              <li key={s.value} class={certaintyOf(s.confidence)} data-certainty={certaintyOf(s.confidence)}>
                <button type="button" class="small" data-action="fill" disabled={busy} aria-label={t('fillValue', [label, s.value])} onClick={() => onFill(field, s.value)}>
                  {t('fill')}
                </button>
                <span data-role="found">{s.value}</span>
                {certaintyOf(s.confidence) === 'suggestion' && (
                  <span class="certainty" data-role="certainty" title={t('suggestionHint', String(rightInTen(s.confidence)))}>
                    {t('suggestionMarker')}
                  </span>
                )}
                <SourceNote method={s.source.method} snippet={s.source.snippet} url={s.source.url ?? pageUrl} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {!editing && (
        <button type="button" class="icon edit" data-action="edit" disabled={busy} aria-label={t('editField', label)} title={t('editField', label)} onClick={() => setEditing(true)}>
          ✎
        </button>
      )}
    </li>
  );
}
