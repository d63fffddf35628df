import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

interface Props {
  label: string;
  initial: string;
  busy: boolean;
  onSave: (value: string) => void;
  onCancel: () => void;
}

/** Inline typed edit: Enter saves, Escape cancels, an empty value clears the field. */
export function FieldEditor({ label, initial, busy, onSave, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
    >
      <input
        type="text"
        value={value}
        maxLength={2000}
        aria-label={label}
        autoFocus
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" data-action="save" disabled={busy}>{t('save')}</button>
      <button type="button" class="secondary" onClick={onCancel}>{t('cancel')}</button>
    </form>
  );
}
