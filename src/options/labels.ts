/** UI labels the options page adds: import targets, vendors, file issues and row errors, through the locale catalogs. */
import type { IgnoredBecause, VendorMatch } from '../core/import/column-plan';
import { isBlocking, type FileIssue, type FileNoticeCode } from '../core/import/file-issues';
import type { RowError } from '../core/import/map-row';
import type { ImportTarget } from '../core/import/targets';
import type { LeadField } from '../core/lead/types';
import { errorText } from '../shared/error-text';
import { messages, t } from '../shared/i18n';
import { fieldLabel } from '../shared/labels';
import { keyPart, type MessageKey } from '../shared/message-keys';

const HELPER_LABELS: Partial<Record<ImportTarget, MessageKey>> = {
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
  if (isBlocking(issue)) return errorText(issue, messages);
  return t(`optImportIssue_${keyPart(issue.code)}`, NOTICE_PARAMS[issue.code].map((p) => String(issue.params[p] ?? '')));
}

/** Typed: an import error code without a message fails the typecheck. */
export const importErrorText = (error: RowError): string => t(`optImportErr_${keyPart(error.code)}`, error.column ?? '');
