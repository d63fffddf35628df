/**
 * The quality report over a set of leads, side by side per source, campaign or import batch, plus the
 * total. Built lead by lead so the page can read 100,000 leads in chunks and show progress: from each
 * lead's report input (`addInput`, what the report worker reads) or from a whole lead (`add`, the same
 * through reportInputOf). Every stored lead is added, the ones outside the selection only count as
 * "already stored" for the duplicate measure.
 */
import type { Profile } from '../lead/completeness';
import type { Lead } from '../lead/types';
import { createDuplicateCounter, TOTAL } from './duplicate-count';
import { createFactsReader, createGroupCounter, withCost, type GroupFigures } from './figures';
import { reportInputOf, type ReportInput } from './report-input';
import { costKey, inSelection, type GroupBy, type Selection } from './selection';

export interface ReportOptions {
  by: GroupBy;
  selection: Selection;
  profile: Profile;
  now: number;
  /** From the maintained list the report page loads lazily; never in the content script. */
  isDisposableDomain: (domain: string) => boolean;
  /** Costs the rep entered, by costKey. */
  costs: Readonly<Record<string, number>>;
}

export interface Report {
  by: GroupBy;
  /** Largest group first. */
  groups: GroupFigures[];
  total: GroupFigures;
  /** Every lead read, in the selection or not. */
  storedLeads: number;
}

export function createReport(options: ReportOptions) {
  const factsOf = createFactsReader(options.profile, options.isDisposableDomain, options.now);
  const groupIndex = new Map<string, number>();
  const counters: ReturnType<typeof createGroupCounter>[] = [];
  const total = createGroupCounter(null);
  const duplicates = createDuplicateCounter();
  let storedLeads = 0;

  /** One lead's input; nothing of it is kept (the report worker fills one object for every lead). */
  function addInput(input: ReportInput): void {
    storedLeads += 1;
    if (!inSelection(input, options.selection)) {
      duplicates.add(input.joinKeys, null);
      return;
    }
    const name = input[options.by];
    let g = groupIndex.get(name);
    if (g === undefined) {
      g = counters.push(createGroupCounter(name)) - 1;
      groupIndex.set(name, g);
    }
    const facts = factsOf(input);
    counters[g]?.add(facts);
    total.add(facts);
    duplicates.add(input.joinKeys, g);
  }

  return {
    addInput,
    /** A whole lead: its input derived as the leads repository derives it when storing the lead. */
    add(lead: Lead): void {
      addInput(reportInputOf(lead, options.profile));
    },

    result(): Report {
      const duplicatesOf = duplicates.result(counters.length);
      const groups = counters.map((counter, g) => ({ ...counter.result(), ...duplicatesOf(g) }));
      groups.sort((a, b) => b.leads - a.leads || (a.group ?? '').localeCompare(b.group ?? ''));
      const report = { by: options.by, groups, total: { ...total.result(), ...duplicatesOf(TOTAL) }, storedLeads };
      return withCosts(report, options.costs);
    },
  };
}

/** The report with the rep's costs divided in: per group, and for the total when every group has one. */
export function withCosts(report: Report, costs: Readonly<Record<string, number>>): Report {
  const groups = report.groups.map((g) => withCost(g, costs[costKey(report.by, g.group ?? '')] ?? null));
  const known = groups.map((g) => g.cost);
  const totalCost = known.length && known.every((c) => c !== null) ? known.reduce<number>((a, c) => a + (c ?? 0), 0) : null;
  return { ...report, groups, total: withCost(report.total, totalCost) };
}
