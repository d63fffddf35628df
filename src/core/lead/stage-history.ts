/**
 * The lead's stage history: the derived stage is recorded each time it changes, so the quality report
 * can say how long leads sat in each stage. Derived on every write, like keys and summary.
 */
import type { Lead, Stage, StageChange } from './types';

/** Long enough for any real lead's life; a lead flapping between stages keeps its latest changes. */
export const MAX_STAGE_CHANGES = 50;

/** The lead with `stage` recorded at `at` if it differs from the last recorded stage. */
export function withStageChange(lead: Lead, stage: Stage, at: number): Lead {
  const history = lead.stageHistory ?? [];
  if (history[history.length - 1]?.stage === stage) return lead;
  return { ...lead, stageHistory: [...history, { stage, at }].slice(-MAX_STAGE_CHANGES) };
}

/** A stint: the time a lead spent in one stage; `ongoing` when it is still there. */
export interface Stint {
  stage: Stage;
  ms: number;
  ongoing: boolean;
}

/** The stints of a history up to `now`, oldest first. */
export function stints(history: readonly StageChange[], now: number): Stint[] {
  return history.map((change, i) => {
    const next = history[i + 1];
    return { stage: change.stage, ms: Math.max(0, (next ? next.at : now) - change.at), ongoing: !next };
  });
}
