/**
 * The qualification funnel of a set of leads: how many reached each stage (a lead that stepped back
 * still reached the stages it passed), the conversion between neighbouring stages, and how long
 * leads sat in each stage on average.
 */
import { stageRank } from '../lead/qualification';
import { stints } from '../lead/stage-history';
import { STAGES, type Stage, type StageChange } from '../lead/types';

const DAY_MS = 86_400_000;

export interface Funnel {
  reached: Record<Stage, number>;
  /** reached[to] / reached[from] for each neighbouring pair; null when nobody reached `from`. */
  conversion: { from: Stage; to: Stage; rate: number | null }[];
  /** Mean days a lead spent in the stage (all its stints there, the current one up to now); null when no history. */
  meanDays: Record<Stage, number | null>;
}

const perStage = <T>(value: () => T) => Object.fromEntries(STAGES.map((s) => [s, value()])) as Record<Stage, T>;

/** One lead's part in the funnel: the rank of the highest stage it reached, and its time in each stage (ms; -1 where it never sat). */
export interface LeadStints {
  top: number;
  ms: number[];
}

/** Worked out once per lead, however many counters (its group's, the total) add it. */
export function leadStints(history: readonly StageChange[], current: Stage, now: number): LeadStints {
  let top = stageRank(current);
  for (const change of history) top = Math.max(top, stageRank(change.stage));
  // A lead's stints in one stage add up; each stage a lead sat in counts it once.
  const ms = [-1, -1, -1, -1];
  for (const stint of stints(history, now)) {
    const rank = stageRank(stint.stage);
    ms[rank] = Math.max(0, ms[rank] ?? -1) + stint.ms;
  }
  return { top, ms };
}

export function createFunnelCounter() {
  const reachedTop = [0, 0, 0, 0];
  const msSum = [0, 0, 0, 0];
  const leadsWithStint = [0, 0, 0, 0];

  return {
    add(lead: LeadStints): void {
      reachedTop[lead.top] = (reachedTop[lead.top] ?? 0) + 1;
      for (let rank = 0; rank < lead.ms.length; rank++) {
        const ms = lead.ms[rank]!;
        if (ms < 0) continue;
        msSum[rank] = (msSum[rank] ?? 0) + ms;
        leadsWithStint[rank] = (leadsWithStint[rank] ?? 0) + 1;
      }
    },
    result(): Funnel {
      // A lead whose highest stage is S reached every stage up to S.
      const reached = perStage(() => 0);
      STAGES.forEach((stage, rank) => {
        reached[stage] = reachedTop.slice(rank).reduce((a, b) => a + b, 0);
      });
      const conversion = STAGES.slice(1).map((to, i) => {
        const from = STAGES[i] as Stage;
        return { from, to, rate: reached[from] ? reached[to] / reached[from] : null };
      });
      const meanDays = perStage<number | null>(() => null);
      STAGES.forEach((stage, rank) => {
        const n = leadsWithStint[rank] ?? 0;
        meanDays[stage] = n ? (msSum[rank] ?? 0) / n / DAY_MS : null;
      });
      return { reached, conversion, meanDays };
    },
  };
}
