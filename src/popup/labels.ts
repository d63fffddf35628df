/** UI words for the lead view's data: fields, stages, channels, match reasons, rule lines. */
import { DEFAULT_RULE_SET, type ScoreLine } from '../core/lead/scoring';
import type { Channel, LeadField, Stage } from '../core/lead/types';
import { t, uiLocale } from '../shared/i18n';

/** A catalog string, or `fallback` when the catalog has no such key (data-driven ids: rule ids, reasons). */
export function tOr(key: string, fallback: string, substitutions?: string | string[]): string {
  const text = t(key, substitutions);
  return text && text !== key ? text : fallback;
}

const keyPart = (id: string) => id.replace(/[^a-z0-9]/gi, '_');

export const fieldLabel = (field: LeadField): string => t(`field_${field}`);
export const stageLabel = (stage: Stage): string => t(`stage_${keyPart(stage)}`);
export const stageNeeds = (stage: Stage): string => t(`stageNeeds_${keyPart(stage)}`);
export const channelLabel = (channel: Channel): string => t(`channel_${channel}`);
export const methodLabel = (method: string): string => tOr(`method_${keyPart(method)}`, method);
export const matchReasonLabel = (reason: string): string => tOr(`match_${keyPart(reason)}`, reason);

/** A missing requirement: its own label ("contact person") when the catalog has one, else its field's. */
export function requirementLabel(id: string, field: LeadField | undefined): string {
  return tOr(`requirement_${keyPart(id)}`, field ? fieldLabel(field) : id);
}

const DEFAULT_LABELS = new Map(DEFAULT_RULE_SET.rules.map((r) => [r.id, r.label]));

/** The default rules speak the rep's language; a label the rep wrote is shown as written. */
export function ruleLabel(line: Pick<ScoreLine, 'ruleId' | 'label'>): string {
  return DEFAULT_LABELS.get(line.ruleId) === line.label ? tOr(`rule_${keyPart(line.ruleId)}`, line.label) : line.label;
}

export function formatDay(isoDay: string): string {
  const d = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(d.getTime()) ? isoDay : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(d);
}

export const formatNumber = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);
