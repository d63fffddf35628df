/** The three charts of the report: the funnel, completeness by field, and data quality by group. */
import { useMemo } from 'preact/hooks';
import type { Profile } from '../core/lead/completeness';
import type { Report } from '../core/report/report';
import { keyPart, type MessageKey } from '../shared/message-keys';
import { messages, t } from '../shared/i18n';
import { requirementText } from '../shared/label-text';
import { completenessSeries, funnelSeries, qualitySeries, type QUALITY_CATEGORIES } from './chart-data';
import { BarChart } from './Charts';

const QUALITY_LABELS: Record<(typeof QUALITY_CATEGORIES)[number], MessageKey> = {
  invalid: 'reportInvalidAny',
  looksInvented: 'reportLooksInvented',
  freeMail: 'reportFreeMail',
  duplicates: 'reportDuplicatesAny',
};

const stageLabel = (stage: string) => t(`stage_${keyPart(stage)}` as MessageKey);
const requirementLabel = (id: string) => requirementText(id, messages);
const qualityLabel = (c: string) => t(QUALITY_LABELS[c as keyof typeof QUALITY_LABELS]);

export function ReportCharts({ report, profile }: { report: Report; profile: Profile }) {
  const funnel = useMemo(() => funnelSeries(report), [report]);
  const completeness = useMemo(() => completenessSeries(report, profile.map((r) => r.id)), [report, profile]);
  const quality = useMemo(() => qualitySeries(report), [report]);
  return (
    <section class="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('reportCharts')}</h2>
      <div class="charts-grid">
        <BarChart id="funnel" title={t('reportChartFunnel')} data={funnel} categoryLabel={stageLabel} report={report} />
        <BarChart id="completeness" title={t('reportChartCompleteness')} data={completeness} categoryLabel={requirementLabel} report={report} percent horizontal />
        <BarChart id="quality" title={t('reportChartQuality')} data={quality} categoryLabel={qualityLabel} report={report} percent />
      </div>
    </section>
  );
}
