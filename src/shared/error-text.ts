/**
 * An error code in the rep's language: the catalog message `err_<code>` with its parameters filled in.
 * Pure (the translator comes in), so the badge in the background and the pages share it.
 */
import { LEAD_FIELDS, type LeadField } from '../core/lead/types';
import type { AppError, ErrorCode } from '../core/errors';
import type { Translate } from './message-keys';

type ErrorWith<C extends ErrorCode> = Extract<AppError, { code: C }>;
type Substitutions = { [C in ErrorCode]?: (error: ErrorWith<C>, words: Words) => string[] };

interface Words {
  t: Translate;
  locale: string;
}

/** The catalog key of a code: "crm-rate-limited" → "err_crm_rate_limited". */
export function errorKey(code: ErrorCode): string {
  return `err_${code.replace(/-/g, '_')}`;
}

const isField = (id: string): id is LeadField => (LEAD_FIELDS as readonly string[]).includes(id);

/** A catalog text, or null when the catalog has no such key (profile requirement ids the rep named). */
function known(t: Translate, key: string): string | null {
  const text = t(key);
  return text && text !== key ? text : null;
}

const fieldName = (field: LeadField, { t }: Words) => t(`field_${field}`);
const requirementName = (id: string, words: Words) => known(words.t, `requirement_${id}`) ?? (isField(id) ? fieldName(id, words) : id);
const list = (items: readonly string[], { locale }: Words) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

function day(isoDay: string, { locale }: Words): string {
  const d = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(d.getTime()) ? isoDay : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
}

// Only codes with parameters are listed; the others' messages take none.
const SUBSTITUTIONS: Substitutions = {
  'request-invalid': (e) => [e.params.path || '—'],
  unexpected: (e) => [e.params.name],
  'value-not-on-page': (e, w) => [fieldName(e.params.field, w)],
  'social-not-on-page': (e) => [e.params.url],
  'person-not-on-page': (e) => [e.params.name],
  'merge-unresolved': (e, w) => [list(e.params.fields.map((f) => fieldName(f, w)), w)],
  incomplete: (e, w) => [list(e.params.missing.map((id) => requirementName(id, w)), w)],
  'invalid-date': (e) => [e.params.date],
  'past-date': (e, w) => [day(e.params.date, w)],
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
  'crm-unavailable': (e) => [String(e.params.status)],
  'crm-forbidden': (e) => [e.params.scope ? ` (${e.params.scope})` : ''],
  'crm-rejected': (e, w) => [String(e.params.status), e.params.fields.length ? `: ${list(e.params.fields, w)}` : ''],
};

/** The rep-readable text of an error, in the language `t` speaks. */
export function errorText(error: AppError, t: Translate, locale = 'en'): string {
  const substitute = SUBSTITUTIONS[error.code] as ((e: AppError, w: Words) => string[]) | undefined;
  return t(errorKey(error.code), substitute ? substitute(error, { t, locale }) : undefined);
}
