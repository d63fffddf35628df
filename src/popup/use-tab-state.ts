/** The lead view's data for one tab: asks the background once per (re)load, then applies the rep's actions. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { asAppError, type AppError } from '../core/errors';
import { errorText } from '../shared/error-text';
import { failureText, messages } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { send } from '../shared/send';

export type Status = 'running' | 'done' | 'error';

export interface TabModel {
  status: Status;
  state: TabState | null;
  /** Why the load or the last action failed, in the rep's language. */
  error: string | null;
  busy: boolean;
  run: (action: (state: TabState) => Promise<TabState>) => Promise<void>;
  /** Reads the tab again (the page changed, or access was granted). */
  reload: () => void;
}

/**
 * `prefetched` is a tab.state request the page already sent while it was loading (see popup/main.tsx):
 * the first load of that tab uses its answer instead of asking again.
 */
export function useTabState(tabId: number | null, failure: AppError | null = null, prefetched?: { tabId: number; state: Promise<TabState> }): TabModel {
  const [status, setStatus] = useState<Status>('running');
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Answers to earlier loads (the rep switched tabs meanwhile) must not overwrite the current one.
  const latest = useRef(0);
  // A refusal that the reload it causes must not clear: the rep reads why the page was read again.
  const keepError = useRef(false);

  useEffect(() => {
    if (failure) {
      setStatus('error');
      setError(errorText(failure, messages));
      return;
    }
    if (tabId === null) return;
    const ticket = ++latest.current;
    setStatus('running');
    setState((s) => (s?.tabId === tabId ? s : null));
    const first = prefetched && prefetched.tabId === tabId && ticket === 1 ? prefetched.state : null;
    (first ?? send({ type: 'tab.state', tabId }))
      .then((s) => {
        if (ticket !== latest.current) return;
        setState(s);
        if (!keepError.current) setError(null);
        keepError.current = false;
        setStatus('done');
      })
      .catch((err: unknown) => {
        if (ticket !== latest.current) return;
        setError(failureText(err));
        setStatus('error');
      });
  }, [tabId, failure, generation]);

  const run = useCallback(async (action: (state: TabState) => Promise<TabState>) => {
    if (!state) return;
    const ticket = latest.current;
    setBusy(true);
    try {
      const next = await action(state);
      if (ticket === latest.current) {
        setState(next);
        setError(null);
      }
    } catch (err) {
      if (ticket === latest.current) {
        setError(failureText(err));
        // The page changed since it was read: show what it shows now, so the rep decides on that.
        if (asAppError(err).code === 'page-changed') {
          keepError.current = true;
          setGeneration((g) => g + 1);
        }
      }
    } finally {
      setBusy(false);
    }
  }, [state]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { status, state, error, busy, run, reload };
}
