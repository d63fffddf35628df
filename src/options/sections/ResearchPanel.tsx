/**
 * "Research incomplete leads": the chosen leads' sites are researched as a durable job (progress,
 * pause and cancel in the jobs panel above). Host access is granted here, once for the run — the
 * list of the leads' sites, or all sites — so the run never asks in the middle; leads whose site
 * was not granted are skipped and listed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lead } from '../../core/lead/types';
import { browser } from '../../shared/browser';
import { db } from '../../shared/db/db';
import { leadPages } from '../../shared/db/lead-pages';
import { t, uiLocale } from '../../shared/i18n';
import { send } from '../../shared/send';
import { formatNumber } from '../../shared/format';
import { ALL_SITES, bulkResearchPlan, type BulkResearchPlan } from '../research-plan';
import { useAction } from '../use-action';

interface Props {
  resolveIds: () => Promise<string[] | undefined>;
  onStarted: () => void;
  onCancel: () => void;
}

export function ResearchPanel({ resolveIds, onStarted, onCancel }: Props) {
  const [plan, setPlan] = useState<BulkResearchPlan | null>(null);
  const { busy, error, run } = useAction();
  const locale = uiLocale();

  useEffect(() => {
    void run(async () => {
      // Read from the database page by page, as the exports are: 100,000 leads fit no runtime message.
      const leads: Lead[] = [];
      for await (const page of leadPages(db, await resolveIds())) leads.push(...page);
      setPlan(bulkResearchPlan(leads));
    });
  }, []);

  // The permission request comes first in the click: browsers grant only during the rep's gesture.
  const start = (origins: string[]) =>
    run(async () => {
      if (!plan?.ids.length) return;
      const granted = origins.length ? await browser.permissions.request({ origins }) : true;
      if (!granted) return;
      await send({ type: 'leads.research', ids: plan.ids });
      onStarted();
    });

  return (
    <section class="panel" data-testid="bulk-research" aria-label={t('optResearchLeads')}>
      {!plan && <p class="muted">…</p>}
      {plan && (
        <>
          <p data-testid="bulk-research-plan">{t('optResearchPlan', [formatNumber(plan.ids.length, locale), formatNumber(plan.patterns.length, locale), formatNumber(plan.withoutSite, locale)])}</p>
          <div class="row">
            <button type="button" data-action="research-sites" disabled={busy || !plan.ids.length} onClick={() => void start(plan.patterns)}>
              {t('optResearchAllowListed', formatNumber(plan.patterns.length, locale))}
            </button>
            <button type="button" class="secondary" data-action="research-all-sites" disabled={busy || !plan.ids.length} onClick={() => void start(ALL_SITES)}>
              {t('optResearchAllowAll')}
            </button>
            <button type="button" class="secondary" onClick={onCancel}>{t('cancel')}</button>
          </div>
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
