import { useEffect, useRef, useState } from 'preact/hooks';
import { appError } from '../core/errors';
import { t } from '../shared/i18n';
import { LeadPanel } from '../popup/components/LeadPanel';
import { useTabState } from '../popup/use-tab-state';
import { followActiveTab, type FollowApi } from './follow-tab';

const NO_TAB = appError('no-active-tab');

/** The side panel (Firefox: sidebar): the same lead view, for whichever tab the rep is on. */
export function SidePanelApp({ api }: { api: FollowApi }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [noTab, setNoTab] = useState(false);
  const model = useTabState(tabId, noTab ? NO_TAB : null);
  const latest = useRef({ model, tabId });
  latest.current = { model, tabId };

  useEffect(
    () =>
      followActiveTab(api, {
        onTab: (id) => {
          setNoTab(id === null);
          if (id === null) return;
          // The same tab again (a page loaded in it, access granted): read it afresh.
          if (id === latest.current.tabId) latest.current.model.reload();
          else setTabId(id);
        },
        waitingForAccess: () => latest.current.model.state?.detectionError?.code === 'page-no-access',
      }),
    [api],
  );

  const refresh = (
    <button type="button" class="icon refresh" data-action="refresh" disabled={model.status === 'running'} aria-label={t('refresh')} title={t('refresh')} onClick={model.reload}>
      ↻
    </button>
  );
  return <LeadPanel model={model} inSidePanel tools={refresh} />;
}
