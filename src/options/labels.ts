/** UI labels for core values (stages, fields, import errors, rule labels), through the locale catalogs. */
import type { IgnoredBecause, VendorMatch } from '../core/import/column-plan';
import { isBlocking, type FileIssue, type FileNoticeCode } from '../core/import/file-issues';
import type { RowError } from '../core/import/map-row';
import type { ImportTarget } from '../core/import/targets';
import { DEFAULT_RULE_SET } from '../core/lead/scoring';
import type { LeadField, Stage } from '../core/lead/types';
import { errorText } from '../shared/error-text';
import { t, uiLocale } from '../shared/i18n';

export const fieldLabel = (field: LeadField): string => t(`field_${field}`);

const HELPER_LABELS: Partial<Record<ImportTarget, string>> = {
  houseNumber: 'optTargetHouseNumber', fullName: 'optTargetFullName', address: 'optTargetAddress', region: 'optTargetRegion',
  profileUrl: 'optTargetProfileUrl',
};

export function targetLabel(target: ImportTarget): string {
  const helper = HELPER_LABELS[target];
  return helper ? t(helper) : fieldLabel(target as LeadField);
}

/** "Outlook (German)", "Salesforce Account". */
export function vendorLabel(vendor: VendorMatch): string {
  return vendor.language ? `${vendor.name} (${t(`optImportLang_${vendor.language}`)})` : vendor.name;
}

export const ignoredLabel = (why: IgnoredBecause): string => t(`optImportIgnored_${why}`);

/** Each notice's parameters in the order its message uses them ($1, $2). */
const NOTICE_PARAMS: Record<FileNoticeCode, readonly string[]> = {
  'damaged-encoding': ['count'], 'preamble-skipped': ['lines', 'first'], 'broken-cards': ['count', 'first'],
};

/** A file issue in the rep's language: errors through the shared error texts, notices from the import's own. */
export function importIssueText(issue: FileIssue): string {
  if (isBlocking(issue)) return errorText(issue, t, uiLocale());
  return t(`optImportIssue_${issue.code.replace(/-/g, '_')}`, NOTICE_PARAMS[issue.code].map((p) => String(issue.params[p] ?? '')));
}

export const stageLabel = (stage: Stage): string => t(`optStage_${stage.replace(/-/g, '_')}`);

export function importErrorText(error: RowError): string {
  const key = `optImportErr_${error.code.replace(/-/g, '_')}`;
  const text = t(key, error.column ?? '');
  return text === key ? error.message : text;
}

/** A default rule's label in the rep's language while the rep has not renamed it. */
export function ruleLabel(ruleId: string, label: string): string {
  const original = DEFAULT_RULE_SET.rules.find((r) => r.id === ruleId);
  if (!original || original.label !== label) return label;
  const key = `optRule_${ruleId.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? label : text;
}
