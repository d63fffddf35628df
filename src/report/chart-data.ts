/**
 * What the report's charts show, as plain series (labels, one series per group, values): the same
 * figures as the tables beside them, shaped for Chart.js.
 */
import type { GroupFigures } from '../core/report/figures';
import type { Report } from '../core/report/report';
import { STAGES } from '../core/lead/types';

export interface ChartSeries {
  /** The categories along the axis (stage ids, requirement ids, measure names). */
  categories: string[];
  series: { group: GroupFigures; values: number[] }[];
}

const pct = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);

/** Leads that reached each stage, per group. */
export function funnelSeries(report: Report): ChartSeries {
  return { categories: [...STAGES], series: report.groups.map((g) => ({ group: g, values: STAGES.map((s) => g.funnel.reached[s]) })) };
}

/** Share of leads that have each requirement of the profile, per group (100 % = none missing). */
export function completenessSeries(report: Report, requirements: readonly string[]): ChartSeries {
  const missing = (g: GroupFigures, id: string) => g.missing.find((m) => m.requirement === id)?.leads ?? 0;
  return { categories: [...requirements], series: report.groups.map((g) => ({ group: g, values: requirements.map((id) => pct(g.leads - missing(g, id), g.leads)) })) };
}

export const QUALITY_CATEGORIES = ['invalid', 'looksInvented', 'freeMail', 'duplicates'] as const;

/** Share of leads with invalid data, fake-data signals, free-mail and duplicates, per group. */
export function qualitySeries(report: Report): ChartSeries {
  return { categories: [...QUALITY_CATEGORIES], series: report.groups.map((g) => ({ group: g, values: QUALITY_CATEGORIES.map((c) => pct(g[c], g.leads)) })) };
}
