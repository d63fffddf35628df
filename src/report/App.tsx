import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_PROFILE, type Profile } from '../core/lead/completeness';
import { findings } from '../core/report/findings';
import { withCosts, type Report } from '../core/report/report';
import { GROUP_BY, type GroupBy } from '../core/report/selection';
import { db } from '../shared/db/db';
import type { ReportCostRow } from '../shared/db/schema';
import { failureText, t, uiLocale } from '../shared/i18n';
import { send } from '../shared/send';
import { findingText, groupLabel } from './findings-text';
import { listFilterIds } from './list-ids';
import { missingTable, TABLES } from './measures';
import { runReport, type Progress } from './run-report';
import { parseReportQuery, reportSearch, selectionOf, type ReportQuery } from './selection-url';
import { downloadName } from '../shared/download-name';
import { saveText } from '../shared/download';
import { exportDefaults } from '../shared/format';
import { CostEditor } from './CostEditor';
import { ReportCharts } from './ReportCharts';
import { reportCsv } from './report-csv';
import { ReportTable } from './Tables';

const DEFAULT_CURRENCY = 'EUR';

const costMap = (costs: readonly ReportCostRow[]) => Object.fromEntries(costs.map((c) => [c.key, c.amount]));

export function App() {
  const locale = uiLocale();
  const [query, setQuery] = useState<ReportQuery>(() => parseReportQuery(location.search));
  const [report, setReport] = useState<Report | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);
  const [costs, setCosts] = useState<ReportCostRow[]>([]);

  useEffect(() => {
    let cancelled = false;
    const stop = new AbortController();
    history.replaceState(null, '', reportSearch(query));
    setError(null);
    setProgress({ done: 0, total: 0 });
    void (async () => {
      try {
        const [{ settings }, ids] = await Promise.all([send({ type: 'settings.get' }), query.list ? listFilterIds(query.list) : Promise.resolve(undefined)]);
        const profile: Profile = settings.profile.length ? settings.profile : DEFAULT_PROFILE;
        setProfile(profile);
        const stored = await db.reportCosts.toArray();
        setCosts(stored);
        const job = { by: query.by, selection: selectionOf(query, ids), profile, now: Date.now(), costs: costMap(stored) };
        const built = await runReport(job, (p) => {
          if (!cancelled) setProgress(p);
        }, stop.signal);
        if (!cancelled) setReport(built);
      } catch (err) {
        if (!cancelled) setError(failureText(err));
      } finally {
        if (!cancelled) setProgress(null);
      }
    })();
    return () => {
      cancelled = true;
      stop.abort();
    };
  }, [query]);

  // One currency per report: the one the costs were entered in.
  const CURRENCY = costs[0]?.currency ?? DEFAULT_CURRENCY;
  const sentences = useMemo(() => (report ? findings(report, '').map((f) => ({ f, text: findingText(f, report.by, locale, CURRENCY) })) : []), [report, locale, CURRENCY]);
  const costsSaved = (next: ReportCostRow[]) => {
    setCosts(next);
    setReport((r) => (r ? withCosts(r, costMap(next)) : r));
  };
  const tables = report ? [TABLES[0]!, missingTable(report.groups), ...TABLES.slice(1)] : [];
  const exportCsv = () => {
    if (!report) return;
    const csv = reportCsv(report, tables, sentences.map((s) => s.text), { delimiter: exportDefaults(locale).delimiter, locale });
    saveText(csv, downloadName('report', 'csv', new Date(), query[query.by] ?? query.by), 'csv');
  };
  const change = (patch: Partial<ReportQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const limitKey = query.by;

  return (
    <div class="report">
      <header>
        <h1>{t('reportTitle')}</h1>
        <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('reportGroupBy')}
            <select data-control="by" value={query.by} onChange={(e) => change({ by: e.currentTarget.value as GroupBy, batch: undefined, source: undefined, campaign: undefined })}>
              {GROUP_BY.map((by) => <option key={by} value={by}>{t(`reportBy_${by}`)}</option>)}
            </select>
          </label>
          <label>
            {t('reportLimitTo')}
            <select data-control="limit" value={query[limitKey] ?? '\u0000all'} onChange={(e) => change({ [limitKey]: e.currentTarget.value === '\u0000all' ? undefined : e.currentTarget.value })}>
              <option value={'\u0000all'}>{t('reportAllGroups')}</option>
              {(report?.groups ?? []).map((g) => <option key={g.group} value={g.group ?? ''}>{groupLabel(query.by, g.group ?? '')}</option>)}
            </select>
          </label>
          <label>
            {t('reportFrom')}
            <input type="date" data-control="from" value={query.from ?? ''} onChange={(e) => change({ from: e.currentTarget.value || undefined })} />
          </label>
          <label>
            {t('reportTo')}
            <input type="date" data-control="to" value={query.to ?? ''} onChange={(e) => change({ to: e.currentTarget.value || undefined })} />
          </label>
          {query.list ? <span class="note" data-list-filter>{t('reportListFilter')}</span> : null}
          <button type="button" class="secondary" data-action="export-csv" disabled={!report || Boolean(progress)} onClick={exportCsv}>{t('reportExportCsv')}</button>
          <button type="button" data-action="print" onClick={() => print()}>{t('reportPrint')}</button>
        </form>
      </header>
      {progress ? (
        <div class="progress" role="status" data-progress>
          <progress max={progress.total || 1} value={progress.done} />
          <span>{t('reportProgress', [progress.done.toLocaleString(locale), progress.total.toLocaleString(locale)])}</span>
        </div>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      {report && !progress ? (
        report.total.leads === 0 ? <p class="empty" data-empty>{t('reportEmpty')}</p> : (
          <main data-report-ready>
            <section class="findings" aria-labelledby="findings-title">
              <h2 id="findings-title">{t('reportFindings')}</h2>
              <ul data-findings>
                {sentences.map(({ f, text }, i) => <li key={i} data-finding={f.id} data-source={f.group}>{text}</li>)}
              </ul>
            </section>
            <ReportCharts report={report} profile={profile} />
            {tables.map((table) => (
              <ReportTable key={table.id} table={table} report={report} locale={locale} currency={CURRENCY} />
            ))}
            <CostEditor key={`${report.by}|${report.groups.map((g) => g.group).join('|')}`} report={report} costs={costs} currency={CURRENCY} onSaved={costsSaved} />
          </main>
        )
      ) : null}
    </div>
  );
}
