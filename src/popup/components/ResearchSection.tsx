/**
 * "Research this company": the background reads the site's imprint, contact and team pages; this
 * shows the run (each page as it loads, with its error), lets the rep stop it, shows the cached
 * result with its date and a refresh, and offers a prepared web search when the site gave nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../shared/error-text';
import { browser } from '../../shared/browser';
import { failureText, messages, t, tOr, uiLocale } from '../../shared/i18n';
import type { ResearchView, TabState } from '../../shared/messages';
import { send } from '../../shared/send';
import { originPattern, siteOrigin } from '../../shared/site-access';
import { webSearchUrl } from '../research-view';

interface Props {
  state: TabState;
  /** Reads the tab again: research's values join the lead view. */
  onFound: () => void;
}

const POLL_MS = 300;

/**
 * "Research automatically": a site not researched yet whose lead is incomplete, where Leadfill may
 * already read (checked, never asked: a request needs the rep's click).
 */
async function mayResearchByItself(state: TabState): Promise<boolean> {
  const origin = siteOrigin(state.url);
  if (!state.autoResearch || !origin || !state.view || state.view.completeness.complete) return false;
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

export function ResearchSection({ state, onFound }: Props) {
  const [research, setResearch] = useState<ResearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tabId = state.tabId;

  const follow = (view: ResearchView | null) => {
    setResearch(view);
    clearTimeout(timer.current);
    if (view?.status === 'running') {
      timer.current = setTimeout(() => {
        send({ type: 'research.state', tabId })
          .then((next) => {
            follow(next);
            if (next && next.status !== 'running') onFound();
          })
          .catch((err: unknown) => setError(failureText(err)));
      }, POLL_MS);
    }
  };

  useEffect(() => {
    send({ type: 'research.state', tabId })
      .then(async (view) => {
        follow(view);
        if (!view && (await mayResearchByItself(state))) follow(await send({ type: 'research.start', tabId }));
      })
      .catch(() => {});
    return () => clearTimeout(timer.current);
  }, [tabId]);

  const start = async (refresh: boolean) => {
    setError(null);
    const origin = siteOrigin(state.url);
    if (!origin) return;
    try {
      // Asked in the click itself (browsers grant only during a user gesture); nothing is fetched without it.
      const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
      if (!granted) {
        setError(errorText({ code: 'research-no-access', params: { origin } }, messages));
        return;
      }
      follow(await send({ type: 'research.start', tabId, refresh }));
    } catch (err) {
      setError(failureText(err));
    }
  };

  const cancel = () => {
    send({ type: 'research.cancel', tabId })
      .then((view) => {
        follow(view);
        onFound();
      })
      .catch((err: unknown) => setError(failureText(err)));
  };

  const status = research?.status ?? 'idle';
  const read = research?.pages.filter((p) => p.state === 'read').length ?? 0;
  const company = state.view?.lead.fields.companyName?.value ?? state.suggestions.companyName?.[0]?.value ?? state.domain;
  const city = state.view?.lead.fields.city?.value ?? state.suggestions.city?.[0]?.value ?? '';
  const nothing = research && research.status !== 'running' && read <= 1 && !Object.keys(state.suggestions).some((f) => f !== 'website' && f !== 'companyName');
  return (
    <section class="research" data-testid="research">
      <div class="buttons">
        {status !== 'running' && (
          <button type="button" data-action="research" onClick={() => void start(research !== null)}>
            {research ? t('researchAgain') : t('researchAction')}
          </button>
        )}
        {status === 'running' && (
          <button type="button" class="secondary" data-action="research-cancel" onClick={cancel}>
            {t('researchCancel')}
          </button>
        )}
      </div>
      {research && (
        <p class="research-status" data-testid="research-status" data-status={research.status} role="status">
          {research.status === 'running'
            ? t('researchRunning', [String(read), String(research.pages.length)])
            : research.status === 'failed'
              ? research.error
                ? errorText(research.error, messages)
                : t('researchFailed')
              : research.cancelled
                ? t('researchCancelled', String(read))
                : t('researchDone', [String(read), new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(research.at)])}
        </p>
      )}
      {research && research.pages.length > 0 && (
        <ul class="research-pages">
          {research.pages.map((p) => (
            <li key={p.url} data-page-state={p.state} title={p.url}>
              <span class="kind">{tOr(`researchKind_${p.kind}`, p.kind)}</span> <span class="url">{new URL(p.url).pathname}</span>{' '}
              {p.error ? <span class="error">{errorText(p.error, messages)}</span> : <span class="state">{tOr(`researchPage_${p.state}`, p.state)}</span>}
            </li>
          ))}
        </ul>
      )}
      {nothing && (
        <p class="hint" data-testid="research-web-search">
          {t('researchNothing')}{' '}
          <a href={webSearchUrl(company, city)} target="_blank" rel="noreferrer noopener">
            {t('researchWebSearch', [company, city].filter(Boolean).join(', '))}
          </a>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
