import { useCallback, useState } from 'preact/hooks';
import { failureText } from '../shared/i18n';

/** Runs one async action at a time and keeps its error for display. */
export function useAction(): { busy: boolean; error: string | null; run: (action: () => Promise<void>) => Promise<void>; clear: () => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(failureText(err));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}
