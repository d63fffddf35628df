/** Names of core values in the rep's language, for the extension's pages (popup, side panel, options). */
import { DEFAULT_RULE_SET } from '../core/lead/scoring';
import type { LeadField, Stage } from '../core/lead/types';
import { messages, t, tOr } from './i18n';
import { fieldText, requirementText } from './label-text';
import { dataKeyPart, keyPart } from './message-keys';

export const fieldLabel = (field: LeadField): string => fieldText(field, messages);
export const stageLabel = (stage: Stage): string => t(`stage_${keyPart(stage)}`);
export const requirementLabel = (id: string, field?: LeadField): string => requirementText(id, messages, field);
/** How a value was found ("tel: link", "JSON-LD"); a method the catalog does not name is shown as is. */
export const methodLabel = (method: string): string => tOr(`method_${dataKeyPart(method)}`, method);

const DEFAULT_LABELS = new Map(DEFAULT_RULE_SET.rules.map((r) => [r.id, r.label]));

/** The default rules speak the rep's language while the rep has not renamed them; a label the rep wrote is shown as written. */
export function ruleLabel(ruleId: string, label: string): string {
  return DEFAULT_LABELS.get(ruleId) === label ? tOr(`rule_${dataKeyPart(ruleId)}`, label) : label;
}
