/**
 * Findings for marketing: the figures that matter, as data for a plain sentence ("38 % of the leads
 * from campaign X have no phone number"). Each UI words them from its catalog; the thresholds below
 * decide what is worth a sentence.
 */
import type { GroupFigures } from './figures';
import type { Report } from './report';

/** A requirement missing in at least this share of a group's leads is named. */
export const MISSING_SHARE = 0.2;
/** At most this many missing requirements per group, most often missing first. */
export const MISSING_NAMED = 3;
export const FREE_MAIL_SHARE = 0.05;
export const INVENTED_SHARE = 0.02;
export const INVALID_SHARE = 0.05;
export const DUPLICATE_SHARE = 0.05;
export const SWITCHBOARD_SHARE = 0.5;

export type Finding =
  | { id: 'missing'; group: string; percent: number; requirement: string }
  | { id: 'free-mail' | 'invented' | 'invalid' | 'duplicates' | 'switchboard-only' | 'became-complete' | 'qualified'; group: string; percent: number }
  | { id: 'cheapest-qualified'; group: string; amount: number };

const wholePercent = (n: number, of: number) => Math.round((n / of) * 100);

function groupFindings(g: GroupFigures, name: string): Finding[] {
  if (!g.leads) return [];
  const out: Finding[] = [];
  const share = (n: number, id: Exclude<Finding['id'], 'missing' | 'cheapest-qualified'>, threshold: number) => {
    if (n / g.leads >= threshold && n > 0) out.push({ id, group: name, percent: wholePercent(n, g.leads) });
  };
  for (const m of g.missing.slice(0, MISSING_NAMED)) {
    if (m.leads / g.leads >= MISSING_SHARE) out.push({ id: 'missing', group: name, percent: wholePercent(m.leads, g.leads), requirement: m.requirement });
  }
  share(g.freeMail, 'free-mail', FREE_MAIL_SHARE);
  share(g.looksInvented, 'invented', INVENTED_SHARE);
  share(g.invalid, 'invalid', INVALID_SHARE);
  share(g.duplicates, 'duplicates', DUPLICATE_SHARE);
  share(g.reach.switchboard, 'switchboard-only', SWITCHBOARD_SHARE);
  const incompleteAtImport = g.imported - g.completeAtImport;
  if (g.becameComplete > 0 && incompleteAtImport > 0) out.push({ id: 'became-complete', group: name, percent: wholePercent(g.becameComplete, incompleteAtImport) });
  out.push({ id: 'qualified', group: name, percent: wholePercent(g.funnel.reached.qualified, g.leads) });
  return out;
}

/**
 * Findings per group, in the report's group order; with several groups the cheapest qualified lead
 * is named. `noneName` names the group of leads without a source, campaign or batch.
 */
export function findings(report: Report, noneName: string): Finding[] {
  const named = (g: GroupFigures) => (g.group ? g.group : noneName);
  const out = report.groups.flatMap((g) => groupFindings(g, named(g)));
  const priced = report.groups.filter((g) => g.costPerQualified !== null);
  if (priced.length > 1) {
    const cheapest = priced.reduce((a, b) => ((b.costPerQualified ?? Infinity) < (a.costPerQualified ?? Infinity) ? b : a));
    out.push({ id: 'cheapest-qualified', group: named(cheapest), amount: cheapest.costPerQualified ?? 0 });
  }
  return out;
}
