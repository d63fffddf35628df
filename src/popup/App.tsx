import { useEffect, useState } from 'preact/hooks';
import { asAppError, type AppError } from '../core/errors';
import type { TabState } from '../shared/messages';
import { LeadPanel } from './components/LeadPanel';
import { useTabState } from './use-tab-state';

interface Props {
  tabId: Promise<number>;
  /** The first tab.state answer, requested before the first render. */
  prefetched?: Promise<{ tabId: number; state: Promise<TabState> }>;
}

/** The toolbar popup: the lead view for the tab it was opened on. */
export function App({ tabId, prefetched }: Props) {
  const [id, setId] = useState<number | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [first, setFirst] = useState<{ tabId: number; state: Promise<TabState> } | undefined>(undefined);
  useEffect(() => {
    // The prefetched request is taken before the id, so the first load finds it.
    void (prefetched ?? Promise.resolve(undefined)).then((p) => {
      setFirst(p);
      return tabId.then(setId);
    }).catch((err: unknown) => setFailure(asAppError(err)));
  }, [tabId, prefetched]);
  const model = useTabState(id, failure, first);
  return <LeadPanel model={model} />;
}
