import { STAGES, type Stage } from '../../core/lead/types';
import { t } from '../../shared/i18n';
import type { MessageKey } from '../../shared/message-keys';
import { stageLabel } from '../../shared/labels';
import { SORTS, type Filters, type Sort } from '../../shared/list-query';

const SORT_KEYS: Record<Sort, MessageKey> = { updated: 'optSortUpdated', score: 'optSortScore', company: 'optSortCompany', completeness: 'optSortCompleteness' };

export function LeadFilters({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="grow">
        {t('optSearch')}
        <input type="search" name="text" value={filters.text} placeholder={t('optSearchPlaceholder')} maxLength={200}
          onInput={(e) => set('text', e.currentTarget.value)} />
      </label>
      <label>
        {t('optFilterStage')}
        <select name="stage" value={filters.stage} onChange={(e) => set('stage', e.currentTarget.value as Stage | '')}>
          <option value="">{t('optAllStages')}</option>
          {STAGES.map((s) => <option key={s} value={s}>{stageLabel(s)}</option>)}
        </select>
      </label>
      <label>
        {t('optFilterMinScore')}
        <input type="number" name="minScore" step={1} class="narrow" value={filters.minScore} onInput={(e) => set('minScore', e.currentTarget.value)} />
      </label>
      <label>
        {t('optFilterSource')}
        <input type="text" name="source" value={filters.source} maxLength={200} onInput={(e) => set('source', e.currentTarget.value)} />
      </label>
      <label class="check">
        <input type="checkbox" name="incomplete" checked={filters.incomplete} onChange={(e) => set('incomplete', e.currentTarget.checked)} />
        {t('optFilterIncomplete')}
      </label>
      <label>
        {t('optSortBy')}
        <select name="sort" value={filters.sort} onChange={(e) => set('sort', e.currentTarget.value as Sort)}>
          {SORTS.map((s) => <option key={s} value={s}>{t(SORT_KEYS[s])}</option>)}
        </select>
      </label>
      <label>
        {t('optSortOrder')}
        <select name="order" value={filters.descending ? 'desc' : 'asc'} onChange={(e) => set('descending', e.currentTarget.value === 'desc')}>
          <option value="desc">{t('optDescending')}</option>
          <option value="asc">{t('optAscending')}</option>
        </select>
      </label>
    </form>
  );
}
