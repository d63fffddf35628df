import { useState } from 'preact/hooks';
import type { Side } from '../../core/lead/merge';
import type { Lead } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import { fieldLabel } from '../../shared/labels';
import { choose, conflictChoices, defaultChoices, mergeRows } from '../merge-model';
import { useAction } from '../use-action';

interface Props {
  /** The older lead: the merge keeps its id. */
  left: Lead;
  right: Lead;
  onCancel: () => void;
  onMerged: () => void;
}

export function MergePanel({ left, right, onCancel, onMerged }: Props) {
  const rows = mergeRows(left, right);
  const [choices, setChoices] = useState(() => defaultChoices(rows));
  const { busy, error, run } = useAction();
  const conflicts = rows.filter((r) => r.conflict).length;

  const merge = () => run(async () => {
    await send({ type: 'leads.merge', leftId: left.id, rightId: right.id, choices: conflictChoices(rows, choices) });
    onMerged();
  });

  const cell = (field: (typeof rows)[number], side: Side) => {
    const value = side === 'left' ? field.left : field.right;
    if (!field.conflict) return <td class={value ? 'kept' : 'empty'}>{value}</td>;
    return (
      <td class={choices[field.field] === side ? 'chosen' : undefined}>
        <label class="check">
          <input type="radio" name={`merge-${field.field}`} value={side} checked={choices[field.field] === side}
            onChange={() => setChoices(choose(choices, field.field, side))} />
          {value}
        </label>
      </td>
    );
  };

  return (
    <section class="panel merge" data-testid="merge-panel" aria-label={t('optMergeTitle')}>
      <h3>{t('optMergeTitle')}</h3>
      <p class="muted">{conflicts ? t('optMergeIntro', String(conflicts)) : t('optMergeNoConflicts')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('optMergeField')}</th>
            <th>{t('optMergeLeft')}</th>
            <th>{t('optMergeRight')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} class={row.conflict ? 'conflict' : undefined} data-field={row.field}>
              <th scope="row">{fieldLabel(row.field)}</th>
              {cell(row, 'left')}
              {cell(row, 'right')}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <button type="button" data-action="merge" disabled={busy} onClick={merge}>{t('optMergeNow')}</button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>{t('optCancel')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
