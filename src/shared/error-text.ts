/**
 * An error code in the rep's language: the catalog message `err_<code>` with its parameters filled in.
 * Pure (the translator comes in), so the badge in the background and the pages share it.
 */
import type { AppError, ErrorCode } from '../core/errors';
import { fieldText as fieldName, requirementText as requirementName } from './label-text';
import { keyPart, type MessageKey, type Messages } from './message-keys';

type ErrorWith<C extends ErrorCode> = Extract<AppError, { code: C }>;
type Substitutions = { [C in ErrorCode]?: (error: ErrorWith<C>, m: Messages) => string[] };

/**
 * The catalog key of a code: "crm-rate-limited" → "err_crm_rate_limited". Typed: a code without an
 * English message fails the typecheck.
 */
export function errorKey(code: ErrorCode): MessageKey {
  return `err_${keyPart(code)}`;
}

const list = (items: readonly string[], { locale }: Messages) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

function day(isoDay: string, { locale }: Messages): string {
  const d = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(d.getTime()) ? isoDay : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
}

// Only codes with parameters are listed; the others' messages take none.
const SUBSTITUTIONS: Substitutions = {
  'request-invalid': (e) => [e.params.path || '—'],
  unexpected: (e) => [e.params.name],
  'value-not-on-page': (e, m) => [fieldName(e.params.field, m)],
  'social-not-on-page': (e) => [e.params.url],
  'person-not-on-page': (e) => [e.params.name],
  'merge-unresolved': (e, m) => [list(e.params.fields.map((f) => fieldName(f, m)), m)],
  incomplete: (e, m) => [list(e.params.missing.map((id) => requirementName(id, m)), m)],
  'invalid-date': (e) => [e.params.date],
  'past-date': (e, m) => [day(e.params.date, m)],
  'invalid-channel': (e) => [e.params.channel],
  'unknown-stage': (e) => [e.params.stage],
  'site-invalid': (e) => [e.params.origin],
  'site-permission-missing': (e) => [e.params.site],
  'settings-invalid': (e) => [e.params.path],
  'setting-unreadable': (e) => [e.params.path],
  'settings-newer-version': (e) => [e.params.version],
  'settings-unknown-version': (e) => [e.params.version],
  'retention-not-adopted': (e) => [String(e.params.staleAfterMonths), String(e.params.graceDays)],
  'import-too-many-columns': (e, { locale }) => [e.params.count.toLocaleString(locale), e.params.max.toLocaleString(locale)],
  'job-finished': (e, w) => [w.t(`jobState_${e.params.state}`)],
  'job-unknown-kind': (e) => [e.params.kind],
  'crm-unavailable': (e) => [String(e.params.status)],
  'crm-forbidden': (e) => [e.params.scope ? ` (${e.params.scope})` : ''],
  'team-setup-newer': (e) => [e.params.version],
  'team-setup-invalid': (e) => [e.params.path],
  'crm-rejected': (e, m) => [String(e.params.status), e.params.fields.length ? `: ${list(e.params.fields, m)}` : ''],
  'research-no-access': (e) => [e.params.origin],
  'research-timeout': (e) => [e.params.url],
  'research-unreachable': (e) => [e.params.url],
  'research-http-status': (e) => [e.params.url, String(e.params.status)],
  'research-not-html': (e) => [e.params.url, e.params.type],
  'research-other-site': (e) => [e.params.url, e.params.to],
  'research-unreadable': (e) => [e.params.url, e.params.name],
  'crm-field-missing': (e, m) => [list(e.params.fields.map((f) => fieldName(f, m)), m)],
  'crm-field-too-long': (e, m) => [fieldName(e.params.field, m), e.params.max.toLocaleString(m.locale)],
  'crm-external-id-missing': (e) => [e.params.field],
};

/** The rep-readable text of an error, in the language of `m`. */
export function errorText(error: AppError, m: Messages): string {
  const substitute = SUBSTITUTIONS[error.code] as ((e: AppError, m: Messages) => string[]) | undefined;
  return m.t(errorKey(error.code), substitute ? substitute(error, m) : undefined);
}
