import { useEffect, useRef, useState } from 'preact/hooks';
import { failureText, t, uiLocale } from '../../shared/i18n';
import type { LeadRow } from '../../shared/messages';
import { queryLeads } from '../lead-rows';
import { formatNumber } from '../../shared/format';
import { reportHref } from '../../report/report-link';
import { DEFAULT_FILTERS, filterParams, isFiltered, matchingIds, pageInfo, toQuery, type Filters } from '../../shared/list-query';
import { NONE, selectedCount, toggle, togglePage, without, type Selection } from '../selection';
import { BulkDelete } from './BulkDelete';
import { ExportPanel } from './ExportPanel';
import { ResearchPanel } from './ResearchPanel';
import { LeadDetails } from './LeadDetails';
import { LeadFilters } from './LeadFilters';
import { LeadTable } from './LeadTable';
import { usePushStates } from '../push-states';

interface Props {
  hidden: boolean;
  version: number;
  onChanged: () => void;
}

export function LeadsSection({ hidden, version, onChanged }: Props) {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<{ total: number; rows: LeadRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>(NONE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [panel, setPanel] = useState<'export' | 'delete' | 'research' | null>(null);
  const [reload, setReload] = useState(0);
  const request = useRef(0);
  const locale = uiLocale();

  useEffect(() => {
    const id = ++request.current;
    // Typing in the search box waits for a pause; only the newest answer is shown.
    const timer = setTimeout(() => {
      queryLeads(toQuery(filters, page))
        .then((r) => { if (id === request.current) { setResult(r); setError(null); } })
        .catch((err: unknown) => { if (id === request.current) setError(failureText(err)); });
    }, 200);
    return () => clearTimeout(timer);
  }, [filters, page, version, reload]);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(0);
    setSelection(NONE);
  };

  const rows = result?.rows ?? [];
  const total = result?.total ?? 0;
  const info = pageInfo(total, page);
  const pageIds = rows.map((r) => r.id);
  const push = usePushStates(pageIds, version + reload);
  const count = selectedCount(selection, total);
  const allMatching = (): Promise<string[]> => matchingIds(filters, queryLeads);
  // Selected rows, else everything the filters match; undefined means every lead (no filter set).
  const targetIds = async (): Promise<string[] | undefined> => {
    if (selection.kind === 'ids' && selection.ids.size > 0) return [...selection.ids];
    return isFiltered(filters) ? allMatching() : undefined;
  };
  const afterDelete = (ids: readonly string[]) => {
    setSelection((s) => without(s, ids));
    if (openId && ids.includes(openId)) setOpenId(null);
    setPanel(null);
    setReload((n) => n + 1);
    onChanged();
  };

  return (
    <section hidden={hidden} data-section="leads" class="leads-section">
      <h2>{t('optNavLeads')}</h2>
      <LeadFilters filters={filters} onChange={changeFilters} />
      <div class="bulk" data-testid="bulk-bar">
        <span>{t('optSelected', formatNumber(count, locale))}</span>
        {selection.kind === 'ids' && total > 0 && count < total && (
          <button type="button" class="link" data-action="select-matching" onClick={() => setSelection({ kind: 'matching' })}>
            {t('optSelectAllMatching', formatNumber(total, locale))}
          </button>
        )}
        {count > 0 && <button type="button" class="link" onClick={() => setSelection(NONE)}>{t('optClearSelection')}</button>}
        <span class="spacer" />
        <a class="button secondary" href={reportHref(isFiltered(filters) ? { list: filterParams(filters) } : {})} target="_blank" rel="noopener" data-action="open-list-report">
          {t('reportOpen')}
        </a>
        <button type="button" data-action="open-export" disabled={total === 0} onClick={() => setPanel('export')}>
          {count > 0 ? t('optExportSelected') : t('optExportAllMatching')}
        </button>
        <button type="button" data-action="open-research" disabled={total === 0} onClick={() => setPanel('research')}>{t('optResearchLeads')}</button>
        <button type="button" class="danger" data-action="open-delete" disabled={count === 0} onClick={() => setPanel('delete')}>{t('optDeleteSelected')}</button>
      </div>
      {panel === 'export' && (
        <ExportPanel count={count > 0 ? count : total} resolveIds={targetIds} onClose={() => setPanel(null)} />
      )}
      {panel === 'research' && <ResearchPanel resolveIds={targetIds} onStarted={() => setPanel(null)} onCancel={() => setPanel(null)} />}
      {panel === 'delete' && <BulkDelete count={count} resolveIds={async () => (await targetIds()) ?? allMatching()} onDone={afterDelete} onCancel={() => setPanel(null)} />}
      {error && <p class="error" role="alert">{error}</p>}
      <div>
        <div class="list">
          {result && total === 0 && <p class="muted" data-testid="no-leads">{isFiltered(filters) ? t('optNoMatches') : t('optNoLeads')}</p>}
          {rows.length > 0 && (
            <LeadTable rows={rows} selection={selection} openId={openId} onOpen={setOpenId} push={push}
              onToggle={(id) => setSelection(toggle(selection, id, pageIds))} onTogglePage={() => setSelection(togglePage(selection, pageIds))} />
          )}
          <div class="pager">
            <button type="button" class="secondary" disabled={!info.hasPrev} onClick={() => setPage(info.page - 1)}>{t('optPrev')}</button>
            <span data-testid="page-info">{t('optPageInfo', [formatNumber(info.from, locale), formatNumber(info.to, locale), formatNumber(total, locale)])}</span>
            <button type="button" class="secondary" disabled={!info.hasNext} onClick={() => setPage(info.page + 1)}>{t('optNext')}</button>
          </div>
        </div>
        {openId && <LeadDetails leadId={openId} onClose={() => setOpenId(null)} onDeleted={(id) => afterDelete([id])} />}
      </div>
    </section>
  );
}
