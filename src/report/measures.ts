/**
 * The rows of the report's tables: which figure, counted how, out of what. One list, so the tables,
 * the CSV export and the tests name each measure the same way (the cells' data-measure).
 */
import type { GroupFigures } from '../core/report/figures';
import { FAKE_SIGNALS } from '../core/report/placeholders';
import { REACH } from '../core/report/reachability';
import { STAGES, type Stage } from '../core/lead/types';
import { messages, t } from '../shared/i18n';
import { keyPart, type MessageKey } from '../shared/message-keys';
import { requirementText } from '../shared/label-text';

export type MeasureKind = 'count' | 'percent' | 'rate' | 'days' | 'money';

export interface Measure {
  name: string;
  /** The row's label in the rep's language. */
  label: () => string;
  kind: MeasureKind;
  value: (g: GroupFigures) => number | null;
  /** A count's base, shown as its share: leads unless said otherwise. */
  of?: (g: GroupFigures) => number;
}

export interface MeasureTable {
  id: string;
  title: MessageKey;
  measures: Measure[];
}

const count = (name: string, label: MessageKey, value: (g: GroupFigures) => number): Measure => ({ name, label: () => t(label), kind: 'count', value, of: (g) => g.leads });
const stageText = (stage: Stage) => t(`stage_${keyPart(stage)}`);

export const TABLES: readonly MeasureTable[] = [
  {
    id: 'completeness',
    title: 'reportTableCompleteness',
    measures: [
      { name: 'leads', label: () => t('reportLeads'), kind: 'count', value: (g) => g.leads },
      count('complete', 'reportComplete', (g) => g.complete),
      { name: 'completeness', label: () => t('reportCompleteness'), kind: 'percent', value: (g) => g.completeness },
      { name: 'completeAtImport', label: () => t('reportCompleteAtImport'), kind: 'count', value: (g) => g.completeAtImport, of: (g) => g.imported },
      { name: 'becameComplete', label: () => t('reportBecameComplete'), kind: 'count', value: (g) => g.becameComplete, of: (g) => g.imported - g.completeAtImport },
    ],
  },
  {
    id: 'validity',
    title: 'reportTableValidity',
    measures: [
      count('invalidPhone', 'reportInvalidPhone', (g) => g.invalidPhone),
      count('phoneOtherCountry', 'reportPhoneOtherCountry', (g) => g.phoneOtherCountry),
      count('invalidEmail', 'reportInvalidEmail', (g) => g.invalidEmail),
      count('invalidWebsite', 'reportInvalidWebsite', (g) => g.invalidWebsite),
      count('invalid', 'reportInvalidAny', (g) => g.invalid),
    ],
  },
  {
    id: 'fake',
    title: 'reportTableFake',
    measures: [
      ...FAKE_SIGNALS.map((s) => count(`fake.${s}`, `reportFake_${keyPart(s)}` as MessageKey, (g) => g.fake[s])),
      count('looksInvented', 'reportLooksInvented', (g) => g.looksInvented),
      count('freeMail', 'reportFreeMail', (g) => g.freeMail),
    ],
  },
  {
    id: 'reach',
    title: 'reportTableReach',
    measures: [
      ...REACH.map((r) => count(`reach.${r}`, `reportReach_${r}` as MessageKey, (g) => g.reach[r])),
      count('duplicatesWithin', 'reportDuplicatesWithin', (g) => g.duplicatesWithin),
      count('duplicatesStored', 'reportDuplicatesStored', (g) => g.duplicatesStored),
    ],
  },
  {
    id: 'funnel',
    title: 'reportTableFunnel',
    measures: [
      ...STAGES.map((s): Measure => ({ name: `funnel.${s}`, label: () => stageText(s), kind: 'count', value: (g) => g.funnel.reached[s], of: (g) => g.leads })),
      ...STAGES.slice(1).map((to, i): Measure => ({
        name: `conversion.${to}`, label: () => t('reportConversionTo', [stageText(STAGES[i] as Stage), stageText(to)]), kind: 'rate', value: (g) => g.funnel.conversion[i]?.rate ?? null,
      })),
      ...STAGES.map((s): Measure => ({ name: `days.${s}`, label: () => t('reportDaysIn', stageText(s)), kind: 'days', value: (g) => g.funnel.meanDays[s] })),
    ],
  },
  {
    id: 'cost',
    title: 'reportTableCost',
    measures: [
      { name: 'cost', label: () => t('reportCost'), kind: 'money', value: (g) => g.cost },
      { name: 'costPerLead', label: () => t('reportCostPerLead'), kind: 'money', value: (g) => g.costPerLead },
      { name: 'costPerComplete', label: () => t('reportCostPerComplete'), kind: 'money', value: (g) => g.costPerComplete },
      { name: 'costPerQualified', label: () => t('reportCostPerQualified'), kind: 'money', value: (g) => g.costPerQualified },
    ],
  },
];

/** The fields most often missing, over all groups: one row per requirement any lead misses. */
export function missingTable(groups: readonly GroupFigures[]): MeasureTable {
  const ids = [...new Set(groups.flatMap((g) => g.missing.map((m) => m.requirement)))];
  const missingOf = (g: GroupFigures, id: string) => g.missing.find((m) => m.requirement === id)?.leads ?? 0;
  const total = (id: string) => groups.reduce((n, g) => n + missingOf(g, id), 0);
  ids.sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  return {
    id: 'missing',
    title: 'reportTableMissing',
    measures: ids.map((id) => ({ name: `missing.${id}`, label: () => requirementText(id, messages), kind: 'count', value: (g) => missingOf(g, id), of: (g) => g.leads })),
  };
}
