import { useEffect, useState } from 'preact/hooks';
import { suggestionsFrom } from '../core/lead/suggestions';
import type { LeadField } from '../core/lead/types';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { send } from '../shared/send';
import { FieldRowView } from './components/FieldRowView';
import { PeopleList } from './components/PeopleList';
import { fieldRows } from './fields-view';

type Status = 'running' | 'done' | 'error';

export function App({ tabId }: { tabId: Promise<number> }) {
  const [status, setStatus] = useState<Status>('running');
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    tabId
      .then((id) => send({ type: 'tab.state', tabId: id }))
      .then((s) => {
        setState(s);
        setStatus('done');
      })
      .catch((err: unknown) => {
        setError(err instanceof Error ? err.message : String(err));
        setStatus('error');
      });
  }, [tabId]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const suggestions = state?.detection ? suggestionsFrom(state.detection.record) : {};
  const rows = fieldRows(state?.lead ?? null, suggestions);

  const createLead = () =>
    run(async () => {
      if (!state) return;
      const lead = await send({ type: 'lead.createFromTab', tabId: state.tabId });
      setState({ ...state, lead });
    });

  const fill = (field: LeadField, value: string) =>
    run(async () => {
      if (!state?.lead) return;
      const lead = await send({ type: 'lead.fill', leadId: state.lead.id, field, value, tabId: state.tabId });
      setState({ ...state, lead });
    });

  const fillAll = () =>
    run(async () => {
      if (!state?.lead) return;
      let lead = state.lead;
      for (const row of rows) {
        const best = row.state === 'found' ? row.found[0] : undefined;
        if (best) lead = await send({ type: 'lead.fill', leadId: lead.id, field: row.field, value: best.value, tabId: state.tabId });
      }
      setState({ ...state, lead });
    });

  const fillable = rows.filter((r) => r.state === 'found').length;

  return (
    <main data-testid="popup">
      <header>
        <h1>Leadfill</h1>
        <p class="site">{state?.domain || '…'}</p>
        <p data-testid="detect-status" data-status={status} class={`status ${status}`}>
          {status === 'running' && t('statusReading')}
          {status === 'done' && state?.detection && t('statusRead', String(Math.max(1, Math.round(state.detection.elapsedMs))))}
          {status === 'done' && !state?.detection && t('statusNoAccess')}
          {status === 'error' && t('statusError')}
        </p>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {status === 'done' && state && !state.lead && (
        <section class="no-lead">
          <p>{t('noLeadForSite')}</p>
          <button type="button" data-action="create-lead" disabled={busy || !state.domain} onClick={createLead}>
            {t('createLead')}
          </button>
        </section>
      )}
      {status === 'done' && state && (
        <>
          {state.lead && fillable > 0 && (
            <button type="button" class="fill-all" data-action="fill-all" disabled={busy} onClick={fillAll}>
              {t('fillAllMissing', String(fillable))}
            </button>
          )}
          <ul class="fields">
            {rows.map((row) => (
              <FieldRowView key={row.field} row={row} canFill={Boolean(state.lead) && !busy} onFill={fill} />
            ))}
          </ul>
          {state.detection && <PeopleList people={state.detection.record.people} />}
        </>
      )}
    </main>
  );
}
