import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Rule } from '../../core/lead/scoring';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import { fieldRows, groupRows } from '../fields-view';
import { leadActions, stepChanged, type LeadActions } from '../lead-actions';
import { peopleRows } from '../people-view';
import { socialRows } from '../socials-view';
import { tickableSignals } from '../score-view';
import type { TabModel } from '../use-tab-state';
import { AccessHint } from './AccessHint';
import { CompletenessBar } from './CompletenessBar';
import { FieldsSection } from './FieldsSection';
import { MatchInfo } from './MatchInfo';
import { PeopleSection } from './PeopleSection';
import { ResearchSection } from './ResearchSection';
import { PushSection } from './PushSection';
import { SocialsSection } from './SocialsSection';
import { ScoreSection } from './ScoreSection';
import { StageSection } from './StageSection';
import { StatusLine } from './StatusLine';

interface Props {
  model: TabModel;
  inSidePanel?: boolean;
  /** Extra header controls (the side panel's refresh button). */
  tools?: ComponentChildren;
  actions?: LeadActions;
}

const defaultActions = leadActions(send);

/** The lead view for one tab, shared by the popup and the side panel. */
export function LeadPanel({ model, inSidePanel = false, tools, actions = defaultActions }: Props) {
  const { status, state, error, busy, run } = model;
  const view = state?.view ?? null;
  const groups = useMemo(
    () => groupRows(fieldRows(view?.lead ?? null, state?.suggestions ?? {}, view?.completeness.missingFields ?? [])),
    [view, state?.suggestions],
  );
  const people = useMemo(() => peopleRows(state?.detection?.record.people ?? [], view?.lead ?? null), [state?.detection, view]);
  const socials = useMemo(() => socialRows(state?.detection?.record.socials ?? [], view?.lead ?? null), [state?.detection, view]);

  // The ticked rules live in the settings: asked for only when the rep opens the score, not on open.
  const [rules, setRules] = useState<Rule[] | null>(null);
  const asked = useRef(false);
  const loadRules = () => {
    if (asked.current) return;
    asked.current = true;
    send({ type: 'settings.get' })
      .then((r) => setRules(r.settings.scoring.rules))
      .catch(() => setRules([]));
  };

  const noAccess = state?.detectionError?.code === 'page-no-access';
  const pageUrl = state?.url ?? '';
  return (
    <main data-testid="popup" class={inSidePanel ? 'side-panel' : 'popup'}>
      <header>
        <h1>Leadfill</h1>
        <p class="site" title={pageUrl}>{state?.domain || '…'}</p>
        {tools}
        <StatusLine status={status} state={state} />
      </header>
      {error && <p class="error" role="alert" data-testid="error">{error}</p>}
      {status === 'done' && state && noAccess && <AccessHint inSidePanel={inSidePanel} url={pageUrl} onGranted={model.reload} />}
      {status === 'done' && state && !state.domain && !noAccess && <p class="hint" data-testid="not-a-site">{t('notASite')}</p>}
      {/* A browser page or one not readable yet has no site to file a lead for: only the hint above. */}
      {status === 'done' && state && state.domain && (
        <div key={`${state.tabId}:${view?.lead.id ?? ''}`}>
          <MatchInfo state={state} busy={busy} onCreate={() => void run((s) => actions.createLead(s))} />
          {view && <CompletenessBar completeness={view.completeness} />}
          <ResearchSection state={state} onFound={model.reload} />
          <FieldsSection
            groups={groups}
            pageUrl={pageUrl}
            busy={busy}
            onFillAll={() => void run((s) => actions.fillAll(s))}
            onFill={(field, value) => void run((s) => actions.fill(s, field, value))}
            onEdit={async (field, value) => {
              let ok = false;
              await run(async (s) => {
                const next = await actions.edit(s, field, value);
                ok = true;
                return next;
              });
              return ok;
            }}
            onResolve={(field, action, index) => void run((s) => actions.resolveConflict(s, field, action, index))}
          />
          <PeopleSection people={people} pageUrl={pageUrl} busy={busy} onAdd={(name, asContact) => void run((s) => actions.addPerson(s, name, asContact))} />
          <SocialsSection socials={socials} pageUrl={pageUrl} busy={busy} onAdd={(url) => void run((s) => actions.addSocial(s, url))} />
          {view && (
            <>
              <StageSection
                view={view}
                busy={busy}
                onRecordNeed={(text) => void run((s) => actions.recordNeed(s, text))}
                onSetNextStep={(step) => void run((s) => actions.setNextStep(s, step))}
                onQualify={(step) => void run((s) => actions.qualify(s, stepChanged(view, step) ? step : null))}
                onStage={(stage) => void run((s) => actions.setStage(s, stage))}
              />
              <ScoreSection
                score={view.score}
                signals={tickableSignals(rules, view.lead.signals)}
                ticked={view.lead.signals ?? []}
                busy={busy}
                onOpen={loadRules}
                onSignal={(flag, on) => void run((s) => actions.setSignal(s, flag, on))}
              />
              <PushSection leadId={view.lead.id} />
            </>
          )}
        </div>
      )}
      {status === 'error' && !state && <p class="hint">{t('statusErrorHint')}</p>}
    </main>
  );
}
