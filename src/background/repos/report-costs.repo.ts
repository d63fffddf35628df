/** What the rep paid for a source, campaign or batch, entered on the report page; only the background writes it. */
import type { LeadfillDb, ReportCostRow } from '../../shared/db/schema';

export function createReportCostsRepo(db: LeadfillDb) {
  return {
    all: (): Promise<ReportCostRow[]> => db.reportCosts.toArray(),
    /** Sets the cost of `key` (see core/report/selection.ts costKey); null removes it. */
    async set(key: string, cost: { amount: number; currency: string } | null, at: number): Promise<void> {
      if (cost === null) await db.reportCosts.delete(key);
      else await db.reportCosts.put({ key, amount: cost.amount, currency: cost.currency, at });
    },
  };
}

export type ReportCostsRepo = ReturnType<typeof createReportCostsRepo>;
