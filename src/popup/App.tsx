import { useEffect, useState } from 'preact/hooks';
import { LeadPanel } from './components/LeadPanel';
import { useTabState } from './use-tab-state';

/** The toolbar popup: the lead view for the tab it was opened on. */
export function App({ tabId }: { tabId: Promise<number> }) {
  const [id, setId] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    tabId.then(setId, (err: unknown) => setFailure(err instanceof Error ? err.message : String(err)));
  }, [tabId]);
  const model = useTabState(id, failure);
  return <LeadPanel model={model} />;
}
