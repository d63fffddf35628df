/**
 * The quality report over a set of leads, side by side per source, campaign or import batch, plus the
 * total. Built lead by lead so the page can read 100,000 leads in chunks and show progress: from each
 * lead's report input (`addInput`, what the report worker reads) or from a whole lead (`add`, the same
 * through reportInputOf). Every stored lead is added, the ones outside the selection only count as
 * "already stored" for the duplicate measure.
 */
import type { Profile } from '../lead/completeness';
import type { Lead } from '../lead/types';
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

const TOTAL = -1;

/**
 * How many stored leads have a join key, how many selected ones, and per group. Most keys live in one
 * group only, so the per-group map is made only for keys that span groups (100,000 leads, few allocations).
 */
interface KeyCount {
  stored: number;
  selected: number;
  firstGroup: number;
  byGroup: Map<number, number> | null;
}

function selectedIn(kc: KeyCount | undefined, g: number): number {
  if (!kc) return 0;
  if (g === TOTAL) return kc.selected;
  if (kc.byGroup) return kc.byGroup.get(g) ?? 0;
  return kc.firstGroup === g ? kc.selected : 0;
}

export function createReport(options: ReportOptions) {
  const factsOf = createFactsReader(options.profile, options.isDisposableDomain);
  const groupIndex = new Map<string, number>();
  const counters: ReturnType<typeof createGroupCounter>[] = [];
  const total = createGroupCounter(null, options.now);
  const keyCounts = new Map<string, KeyCount>();
  const selectedKeys: { group: number; keys: readonly string[] }[] = [];
  let storedLeads = 0;

  function addInput(input: ReportInput): void {
    storedLeads += 1;
    const keys = input.joinKeys;
    const counts = keys.map((k) => {
      let kc = keyCounts.get(k);
      if (!kc) keyCounts.set(k, (kc = { stored: 0, selected: 0, firstGroup: -1, byGroup: null }));
      kc.stored += 1;
      return kc;
    });
    if (!inSelection(input, options.selection)) return;
    const name = input[options.by];
    let g = groupIndex.get(name);
    if (g === undefined) {
      g = counters.push(createGroupCounter(name, options.now)) - 1;
      groupIndex.set(name, g);
    }
    const facts = factsOf(input);
    counters[g]?.add(facts);
    total.add(facts);
    if (!keys.length) return;
    for (const kc of counts) {
      if (kc.selected === 0) kc.firstGroup = g;
      else if (!kc.byGroup && kc.firstGroup !== g) kc.byGroup = new Map([[kc.firstGroup, kc.selected]]);
      kc.byGroup?.set(g, (kc.byGroup.get(g) ?? 0) + 1);
      kc.selected += 1;
    }
    selectedKeys.push({ group: g, keys });
  }

  return {
    addInput,
    /** A whole lead: its input derived as the leads repository derives it when storing the lead. */
    add(lead: Lead): void {
      addInput(reportInputOf(lead, options.profile));
    },

    result(): Report {
      const within = new Map<number, number>();
      const outside = new Map<number, number>();
      const either = new Map<number, number>();
      const count = (map: Map<number, number>, g: number) => map.set(g, (map.get(g) ?? 0) + 1);
      for (const { group, keys } of selectedKeys) {
        for (const g of [group, TOTAL]) {
          const isWithin = keys.some((k) => selectedIn(keyCounts.get(k), g) > 1);
          const isStored = keys.some((k) => (keyCounts.get(k)?.stored ?? 0) > selectedIn(keyCounts.get(k), g));
          if (isWithin) count(within, g);
          if (isStored) count(outside, g);
          if (isWithin || isStored) count(either, g);
        }
      }
      const duplicatesOf = (g: number) => ({ duplicatesWithin: within.get(g) ?? 0, duplicatesStored: outside.get(g) ?? 0, duplicates: either.get(g) ?? 0 });
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
