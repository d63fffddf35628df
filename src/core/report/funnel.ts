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

export function createFunnelCounter() {
  const reachedTop = [0, 0, 0, 0];
  const msSum = [0, 0, 0, 0];
  const leadsWithStint = [0, 0, 0, 0];

  return {
    add(lead: { stageHistory?: readonly StageChange[] }, current: Stage, now: number): void {
      const history = lead.stageHistory ?? [];
      let top = stageRank(current);
      for (const change of history) top = Math.max(top, stageRank(change.stage));
      reachedTop[top] = (reachedTop[top] ?? 0) + 1;
      if (!history.length) return;
      // A lead's stints in one stage add up; each stage a lead sat in counts it once.
      const own = [-1, -1, -1, -1];
      for (const stint of stints(history, now)) {
        const rank = stageRank(stint.stage);
        own[rank] = Math.max(0, own[rank] ?? -1) + stint.ms;
      }
      own.forEach((ms, rank) => {
        if (ms < 0) return;
        msSum[rank] = (msSum[rank] ?? 0) + ms;
        leadsWithStint[rank] = (leadsWithStint[rank] ?? 0) + 1;
      });
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
